namespace Marsad.Store.Analysis.Camps;

/// <summary>An undirected signed tie between nodes A &lt; B: its net weight and how many cooperative and hostile event shares made it.</summary>
public sealed class Tie(int a, int b, double weight, int cooperative, int hostile)
{
    public int A { get; } = a;
    public int B { get; } = b;
    public double Weight { get; } = weight;
    public int Cooperative { get; } = cooperative;
    public int Hostile { get; } = hostile;

    public int Other(int node) => node == A ? B : A;
}

/// <summary>
/// The signed, weighted actor network of a set of events: nodes are actors (sorted by corpus id, so
/// node order never depends on event order), ties sum the weights of the events between two actors
/// (<see cref="TieSums"/>). Actors with fewer than the minimum number of weighted events are left out.
/// </summary>
public sealed class SignedNetwork
{
    private readonly Dictionary<long, int> _index;

    public IReadOnlyList<long> Actors { get; }
    public IReadOnlyList<Tie> Ties { get; }
    /// <summary>Ties of each node.</summary>
    public IReadOnlyList<IReadOnlyList<Tie>> Adjacent { get; }
    /// <summary>Weighted events each node took part in.</summary>
    public IReadOnlyList<int> EventCounts { get; }
    /// <summary>Weighted events (non-zero weight, two actors or more).</summary>
    public int Events { get; }

    public int Count => Actors.Count;

    private SignedNetwork(IReadOnlyList<long> actors, IReadOnlyList<Tie> ties, IReadOnlyList<int> eventCounts, int events)
    {
        Actors = actors;
        Ties = ties;
        EventCounts = eventCounts;
        Events = events;
        _index = actors.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var adjacent = actors.Select(_ => new List<Tie>()).ToArray();
        foreach (var t in ties) { adjacent[t.A].Add(t); adjacent[t.B].Add(t); }
        Adjacent = adjacent;
    }

    /// <summary>The node of an actor, or -1 when it is not in the network.</summary>
    public int IndexOf(long actor) => _index.GetValueOrDefault(actor, -1);

    public static SignedNetwork Build(IEnumerable<ActorEvent> events, TieWeights weights, int minEvents = 1) => From(TieSums.Of(events, weights), minEvents);

    public static SignedNetwork From(TieSums sums, int minEvents = 1)
    {
        bool Kept(long a) => sums.ActorEvents.GetValueOrDefault(a) >= minEvents;
        var pairs = sums.Pairs.Where(p => Kept(p.Key.A) && Kept(p.Key.B)).OrderBy(p => p.Key.A).ThenBy(p => p.Key.B).ToList();
        var actorIds = pairs.SelectMany(p => new[] { p.Key.A, p.Key.B }).Distinct().Order().ToList();
        var index = actorIds.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var ties = pairs.Select(p => new Tie(index[p.Key.A], index[p.Key.B], p.Value.Weight, p.Value.Cooperative, p.Value.Hostile)).ToList();
        return new SignedNetwork(actorIds, ties, [.. actorIds.Select(a => sums.ActorEvents[a])], sums.Events);
    }
}

/// <summary>
/// The ties of a set of events as sums that can be added (a period is the sum of its months): per actor pair its net
/// weight and how many cooperative and hostile event shares; per actor its weighted events; the weighted events.
/// An event between sources and targets adds its weight to each source–target pair and a positive share
/// (<see cref="TieWeights.CoSource"/> × |weight|) to each pair of its sources; self-ties are dropped.
/// Events of no weight or with fewer than two actors add nothing.
/// </summary>
public sealed class TieSums
{
    public Dictionary<(long A, long B), (double Weight, int Cooperative, int Hostile)> Pairs { get; } = [];
    public Dictionary<long, int> ActorEvents { get; } = [];
    public int Events { get; private set; }
    /// <summary>Per actor pair, the sentences naming both without an event connecting them (co-mentions: unsigned, never in a tie's weight).</summary>
    public Dictionary<(long A, long B), int> CoMentions { get; } = [];

    public void AddCoMention(CoMention c) => CoMentions[(c.A, c.B)] = CoMentions.GetValueOrDefault((c.A, c.B)) + c.Sentences;

    public static TieSums Of(IEnumerable<ActorEvent> events, TieWeights weights)
    {
        var sums = new TieSums();
        foreach (var e in events) sums.Add(e, weights.Of(e.Type, e.Modality, e.Confidence), weights.CoSource);
        return sums;
    }

    /// <summary>True when the event made ties (non-zero weight, two actors or more).</summary>
    public static bool Counts(ActorEvent e, double weight) => weight != 0 && e.Sources.Concat(e.Targets).Distinct().Skip(1).Any();

    public void Add(ActorEvent e, double weight, double coSource)
    {
        if (!Counts(e, weight)) return;
        Events++;
        foreach (var a in e.Sources.Concat(e.Targets).Distinct()) ActorEvents[a] = ActorEvents.GetValueOrDefault(a) + 1;
        ForEachPair(e, weight, coSource, (x, y, w) =>
        {
            var key = x < y ? (x, y) : (y, x);
            var (sum, cooperative, hostile) = Pairs.GetValueOrDefault(key);
            Pairs[key] = (sum + w, cooperative + (w > 0 ? 1 : 0), hostile + (w > 0 ? 0 : 1));
        });
    }

    public void Add(TieSums other)
    {
        Events += other.Events;
        foreach (var (a, n) in other.ActorEvents) ActorEvents[a] = ActorEvents.GetValueOrDefault(a) + n;
        foreach (var (key, (w, c, h)) in other.Pairs)
        {
            var (sum, cooperative, hostile) = Pairs.GetValueOrDefault(key);
            Pairs[key] = (sum + w, cooperative + c, hostile + h);
        }
        foreach (var (key, n) in other.CoMentions) CoMentions[key] = CoMentions.GetValueOrDefault(key) + n;
    }

    /// <summary>Each pair of distinct actors an event ties, with its share of the weight.</summary>
    public static void ForEachPair(ActorEvent e, double weight, double coSource, Action<long, long, double> tie)
    {
        long[] sources = [.. e.Sources.Distinct()], targets = [.. e.Targets.Distinct()];
        foreach (var s in sources)
            foreach (var t in targets)
                if (s != t) tie(s, t, weight);
        for (int i = 0; i < sources.Length; i++)
            for (int j = i + 1; j < sources.Length; j++)
                tie(sources[i], sources[j], coSource * Math.Abs(weight));
    }
}
