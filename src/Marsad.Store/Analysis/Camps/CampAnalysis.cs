namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Camps over time from a set of events: one signed network and partition per window, stable camp ids
/// across windows, and the actors that changed camp with the events that moved them.
/// </summary>
public sealed class CampAnalysis(TieWeights weights)
{
    public CampReport Run(ActorEventSet set, CampQuery q) => Run(CampIndex.Build(set, weights), q);

    public CampReport Run(CampIndex index, CampQuery q)
    {
        DateOnly? from = q.From?.Start ?? index.First;
        DateOnly? to = q.To is { } t ? CampPeriods.End(t) : index.Last;
        var periods = new List<CampPeriod>();
        var changes = new List<CampChange>();
        var labels = new CampLabels();
        var partitioner = new CampPartitioner(q.Seed);
        bool all = q.Window == CampWindow.All;
        // With no dates asked for, the single window also holds the undated events.
        bool undated = all && q.From is null && q.To is null;
        if (all && from is null)
            periods.Add(Period(new Span("all", null, null, undated), index, q, partitioner, labels, changes));
        else if (from is { } f && to is { } l)
            foreach (var p in CampPeriods.Cover(f, l, q.Window))
                periods.Add(Period(new Span(p.Name, p.Start, p.End, undated), index, q, partitioner, labels, changes));
        return new CampReport(q.Window.ToString().ToLowerInvariant(), from?.ToString("yyyy-MM-dd"), to?.ToString("yyyy-MM-dd"), q.Seed,
            undated ? 0 : index.Undated, periods, changes);
    }

    private sealed record Span(string Name, DateOnly? From, DateOnly? To, bool Undated);

    private static CampPeriod Period(Span span, CampIndex index, CampQuery q, CampPartitioner partitioner, CampLabels labels, List<CampChange> changes)
    {
        var sums = index.Sum(span.From, span.To, span.Undated);
        var net = SignedNetwork.From(sums, q.MinEvents);
        var camp = partitioner.Partition(net);
        int campCount = camp.Length == 0 ? 0 : camp.Max() + 1;
        var members = Enumerable.Range(0, campCount).Select(c => (IReadOnlyList<long>)Enumerable.Range(0, net.Count).Where(i => camp[i] == c).Select(i => net.Actors[i]).ToList()).ToList();
        var ids = labels.Assign(members);

        for (int v = 0; v < net.Count; v++)
            if (labels.Last(net.Actors[v]) is { } before && before != ids[camp[v]])
                changes.Add(new CampChange(index.Actors[net.Actors[v]], span.Name, before, ids[camp[v]],
                    MovingEvents(index, span, net, camp, ids, labels, v, before, q.EvidencePerChange), []));
        for (int v = 0; v < net.Count; v++) labels.Remember(net.Actors[v], ids[camp[v]]);

        var agreeing = Enumerable.Range(0, net.Count).Select(v => Frustration.Strength(net, camp, v) * net.Adjacent[v].Sum(t => Math.Abs(t.Weight))).ToArray();
        var camps = Enumerable.Range(0, campCount).Select(c =>
        {
            var ms = Enumerable.Range(0, net.Count).Where(i => camp[i] == c)
                .OrderByDescending(i => agreeing[i]).ThenBy(i => net.Actors[i])
                .Select(i => new CampMember(index.Actors[net.Actors[i]], Math.Round(Frustration.Strength(net, camp, i), 4), net.EventCounts[i])
                {
                    Joined = index.Joined.GetValueOrDefault(net.Actors[i]) ?? [],
                    ByOpposition = camp.Count(x => x == c) > 1 && !net.Adjacent[i].Any(t => t.Weight > 0 && camp[t.Other(i)] == c)
                        && net.Adjacent[i].Any(t => t.Weight < 0 && camp[t.Other(i)] != c),
                }).ToList();
            return new Camp(ids[c], ms[0].Actor, ms);
        }).OrderBy(c => c.Id).ToList();
        var ties = net.Ties.Select(t => new SignedTie(net.Actors[t.A], net.Actors[t.B], Math.Round(t.Weight, 4), t.Cooperative, t.Hostile,
            Frustration.IsFrustrated(t, camp))).ToList();
        double frustration = Frustration.Index(net, camp), total = Frustration.TotalWeight(net);
        return new CampPeriod(span.Name, span.From?.ToString("yyyy-MM-dd"), span.To?.ToString("yyyy-MM-dd"), net.Events, Math.Round(frustration, 4), Math.Round(total, 4),
            Math.Round(total == 0 ? 1 : 1 - frustration / total, 4), camps, ties)
        {
            CoMentions = CoMentions(sums, net, index, q.CoMentionLimit),
        };
    }

    /// <summary>Co-mentioned pairs with an end in the network and no tie of the period between them, most sentences first.</summary>
    private static List<CoMentionTie> CoMentions(TieSums sums, SignedNetwork net, CampIndex index, int limit) =>
        [.. sums.CoMentions
            .Where(kv => (net.IndexOf(kv.Key.A) >= 0 || net.IndexOf(kv.Key.B) >= 0) && !sums.Pairs.ContainsKey(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.A).ThenBy(kv => kv.Key.B).Take(Math.Max(0, limit))
            .Select(kv => new CoMentionTie(index.Actors[kv.Key.A], index.Actors[kv.Key.B], kv.Value))];

    /// <summary>
    /// The events of the period that pulled an actor into its new camp (cooperation with its members) or out of its old
    /// one (hostility towards it), strongest first: its ties' shares, read again from the period's events.
    /// </summary>
    private static IReadOnlyList<long> MovingEvents(CampIndex index, Span span, SignedNetwork net, int[] camp, int[] ids, CampLabels labels,
        int v, int before, int limit)
    {
        int now = ids[camp[v]];
        long actor = net.Actors[v];
        var scored = new Dictionary<long, double>();
        foreach (var (e, weight) in index.Events(span.From, span.To, span.Undated))
        {
            if (!e.Sources.Contains(actor) && !e.Targets.Contains(actor)) continue;
            TieSums.ForEachPair(e, weight, index.CoSource, (x, y, w) =>
            {
                if (x != actor && y != actor) return;
                int u = net.IndexOf(x == actor ? y : x);
                if (u < 0) return;
                bool inNew = ids[camp[u]] == now, inOld = ids[camp[u]] == before || labels.Last(net.Actors[u]) == before;
                if ((inNew && w > 0) || (inOld && w < 0)) scored[e.Id] = scored.GetValueOrDefault(e.Id) + Math.Abs(w);
            });
        }
        return scored.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(Math.Max(0, limit)).Select(kv => kv.Key).ToList();
    }
}
