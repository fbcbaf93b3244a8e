namespace Marsad.Store.Tests.Analysis;

/// <summary>Hand-built event sets for network analysis: actors by name, events by type, dates and modality.</summary>
internal sealed class EventSetBuilder
{
    private readonly List<ActorEvent> _events = [];
    private readonly Dictionary<string, EntityRef> _actors = [];

    public long Id(string name)
    {
        if (!_actors.TryGetValue(name, out var e)) _actors[name] = e = new EntityRef(_actors.Count + 1, name, name, "GPE", null);
        return e.Id;
    }

    public EventSetBuilder Event(string type, string source, string target, string date = "2019-01-15", string modality = "asserted", double confidence = 1.0)
        => Event(type, [source], [target], date, modality, confidence);

    public EventSetBuilder Event(string type, string[] sources, string[] targets, string date = "2019-01-15", string modality = "asserted", double confidence = 1.0)
    {
        _events.Add(new ActorEvent(_events.Count + 1, type, modality, confidence, date, $"doc{_events.Count + 1}", null,
            sources.Select(Id).ToList(), targets.Select(Id).ToList()));
        return this;
    }

    /// <summary>Every pair of the group gets the event (both ways for hostility between two groups).</summary>
    public EventSetBuilder Among(string type, string[] group, string date = "2019-01-15")
    {
        for (int i = 0; i < group.Length; i++)
            for (int j = i + 1; j < group.Length; j++) Event(type, group[i], group[j], date);
        return this;
    }

    public EventSetBuilder Between(string type, string[] a, string[] b, string date = "2019-01-15")
    {
        foreach (var x in a) foreach (var y in b) Event(type, x, y, date);
        return this;
    }

    public ActorEventSet Set => new([.. _events], _actors.Values.ToDictionary(e => e.Id));

    public IReadOnlyList<ActorEvent> Events => _events;
}
