namespace Marsad.Store.Analysis.Camps;

/// <summary>One event's share in a tie.</summary>
public readonly record struct TieEvent(long EventId, double Weight);

/// <summary>An undirected signed tie between nodes A &lt; B: the net weight and the events behind it.</summary>
public sealed class Tie(int a, int b)
{
    public int A { get; } = a;
    public int B { get; } = b;
    public double Weight { get; private set; }
    public int Cooperative { get; private set; }
    public int Hostile { get; private set; }
    public List<TieEvent> Events { get; } = [];

    internal void Add(long eventId, double weight)
    {
        Weight += weight;
        if (weight > 0) Cooperative++; else Hostile++;
        Events.Add(new TieEvent(eventId, weight));
    }

    public int Other(int node) => node == A ? B : A;
}

/// <summary>
/// The signed, weighted actor network of a set of events: nodes are actors (sorted by corpus id, so
/// node order never depends on event order), ties sum the weights of the events between two actors.
/// Self-ties are dropped; actors with fewer than the minimum number of weighted events are left out.
/// </summary>
public sealed class SignedNetwork
{
    public IReadOnlyList<long> Actors { get; }
    public IReadOnlyList<Tie> Ties { get; }
    /// <summary>Ties of each node.</summary>
    public IReadOnlyList<IReadOnlyList<Tie>> Adjacent { get; }
    /// <summary>Weighted events each node took part in.</summary>
    public IReadOnlyList<int> EventCounts { get; }
    /// <summary>Events that counted (non-zero weight, at least two kept actors).</summary>
    public int Events { get; }

    public int Count => Actors.Count;

    private SignedNetwork(IReadOnlyList<long> actors, IReadOnlyList<Tie> ties, IReadOnlyList<int> eventCounts, int events)
    {
        Actors = actors;
        Ties = ties;
        EventCounts = eventCounts;
        Events = events;
        var adjacent = actors.Select(_ => new List<Tie>()).ToArray();
        foreach (var t in ties) { adjacent[t.A].Add(t); adjacent[t.B].Add(t); }
        Adjacent = adjacent;
    }

    public static SignedNetwork Build(IEnumerable<ActorEvent> events, TieWeights weights, int minEvents = 1)
    {
        var weighted = new List<(ActorEvent Event, double Weight, long[] Sources, long[] Targets)>();
        var perActor = new Dictionary<long, int>();
        foreach (var e in events)
        {
            double w = weights.Of(e.Type, e.Modality, e.Confidence);
            if (w == 0) continue;
            long[] sources = [.. e.Sources.Distinct()], targets = [.. e.Targets.Distinct()];
            var actors = sources.Concat(targets).Distinct().ToList();
            if (actors.Count < 2) continue;
            weighted.Add((e, w, sources, targets));
            foreach (var a in actors) perActor[a] = perActor.GetValueOrDefault(a) + 1;
        }
        bool Kept(long a) => perActor.GetValueOrDefault(a) >= minEvents;

        var pairs = new Dictionary<(long, long), (long A, long B, List<(long Event, double Weight)> Parts)>();
        void Add(long x, long y, long ev, double w)
        {
            if (x == y || !Kept(x) || !Kept(y)) return;
            var key = x < y ? (x, y) : (y, x);
            if (!pairs.TryGetValue(key, out var p)) pairs[key] = p = (key.Item1, key.Item2, []);
            p.Parts.Add((ev, w));
        }
        var counted = new HashSet<long>();
        foreach (var (e, w, sources, targets) in weighted)
        {
            foreach (var s in sources)
                foreach (var t in targets)
                    Add(s, t, e.Id, w);
            for (int i = 0; i < sources.Length; i++)
                for (int j = i + 1; j < sources.Length; j++)
                    Add(sources[i], sources[j], e.Id, weights.CoSource * Math.Abs(w));
        }
        var actorIds = pairs.Values.SelectMany(p => new[] { p.A, p.B }).Distinct().Order().ToList();
        var index = actorIds.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var ties = new List<Tie>();
        foreach (var p in pairs.Values.OrderBy(p => p.A).ThenBy(p => p.B))
        {
            var tie = new Tie(index[p.A], index[p.B]);
            foreach (var (ev, w) in p.Parts) { tie.Add(ev, w); counted.Add(ev); }
            ties.Add(tie);
        }
        var counts = new int[actorIds.Count];
        foreach (var (e, _, sources, targets) in weighted)
        {
            if (!counted.Contains(e.Id)) continue;
            foreach (var a in sources.Concat(targets).Distinct())
                if (index.TryGetValue(a, out var i)) counts[i]++;
        }
        return new SignedNetwork(actorIds, ties, counts, counted.Count);
    }
}
