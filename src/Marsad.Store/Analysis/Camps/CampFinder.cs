namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Camps over time read from a corpus store, each change of camp with the events (and their evidence) that moved the
/// actor. The month sums of a store (<see cref="CampIndex"/>) are kept until its version changes: a request then sums
/// months and partitions a network of actors, and reads only the evidence of the changes it reports.
/// </summary>
public sealed class CampFinder(ICorpusStore store, TieWeights weights, AlignmentJoins joins, SeatsOfGovernment? seats = null)
{
    private readonly AlignmentJoins _joins = joins;
    private readonly SeatsOfGovernment _seats = seats ?? SeatsOfGovernment.None;

    private readonly TieWeights _weights = weights;

    public CampReport Find(CampQuery query)
    {
        var report = new CampAnalysis(_weights).Run(Index(), query);
        var wanted = report.Changes.SelectMany(c => c.EventIds).Distinct().ToList();
        if (wanted.Count == 0) return report;
        var events = store.Timeline(new TimelineQuery([], Limit: wanted.Count, Ids: wanted)).ToDictionary(e => e.Id);
        return report with
        {
            Changes = [.. report.Changes.Select(c => c with { Events = [.. c.EventIds.Where(events.ContainsKey).Select(id => events[id])] })],
        };
    }

    /// <summary>The store's month sums, built again when it has changed since they were built.</summary>
    public CampIndex Index() =>
        VersionedCache.Get(store, ("camps", _weights, _joins, _seats), () =>
        {
            var set = store.ActorEvents(new ActorEventQuery());
            return CampIndex.Build(set, _weights, _joins.Map(store.RelationCounts(_joins.Types)), store.CoMentions(), Seats(set));
        });

    /// <summary>A capital actor on a day → the stored entity of the government it stands for then, when the store has one.</summary>
    private Func<long, DateOnly?, EntityRef?> Seats(ActorEventSet set)
    {
        var governments = new Dictionary<string, EntityRef?>(StringComparer.Ordinal);
        EntityRef? Government(string kb) =>
            governments.TryGetValue(kb, out var g) ? g : governments[kb] = store.FindEntity(kb) is { } e && e.Kb == kb ? e.Ref : null;
        return (actor, day) => set.Actors.TryGetValue(actor, out var a) && a.Type is "LOC" or "GPE" && _seats.GovernmentOf(a.Kb, day) is { } kb
            && Government(kb) is { } g && g.Id != actor ? g : null;
    }
}
