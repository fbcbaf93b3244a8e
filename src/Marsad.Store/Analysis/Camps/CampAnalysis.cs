namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Camps over time from a set of events: one signed network and partition per window, stable camp ids
/// across windows, and the actors that changed camp with the events that moved them.
/// </summary>
public sealed class CampAnalysis(TieWeights weights)
{
    public CampReport Run(ActorEventSet set, CampQuery q)
    {
        var dated = new List<(ActorEvent Event, DateOnly Date)>();
        var undated = new List<ActorEvent>();
        foreach (var e in set.Events)
        {
            if (e.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out var day)) dated.Add((e, day));
            else undated.Add(e);
        }
        DateOnly? from = q.From?.Start ?? (dated.Count > 0 ? dated.Min(x => x.Date) : null);
        DateOnly? to = q.To is { } t ? CampPeriods.End(t) : dated.Count > 0 ? dated.Max(x => x.Date) : null;
        var periods = new List<CampPeriod>();
        var changes = new List<CampChange>();
        var labels = new CampLabels();
        var partitioner = new CampPartitioner(q.Seed);
        bool all = q.Window == CampWindow.All;
        if (all && from is null)
            periods.Add(Period("all", null, null, set.Events, set, q, partitioner, labels, changes));
        else if (from is { } f && to is { } l)
            foreach (var p in CampPeriods.Cover(f, l, q.Window))
            {
                // With no dates asked for, the single window also holds the undated events.
                var events = dated.Where(x => p.Contains(x.Date)).Select(x => x.Event);
                if (all && q.From is null && q.To is null) events = events.Concat(undated);
                periods.Add(Period(p.Name, $"{p.Start:yyyy-MM-dd}", $"{p.End:yyyy-MM-dd}", events, set, q, partitioner, labels, changes));
            }
        int left = all && q.From is null && q.To is null ? 0 : undated.Count;
        return new CampReport(q.Window.ToString().ToLowerInvariant(), from?.ToString("yyyy-MM-dd"), to?.ToString("yyyy-MM-dd"), q.Seed, left, periods, changes);
    }

    private CampPeriod Period(string name, string? from, string? to, IEnumerable<ActorEvent> events, ActorEventSet set, CampQuery q,
        CampPartitioner partitioner, CampLabels labels, List<CampChange> changes)
    {
        var net = SignedNetwork.Build(events, weights, q.MinEvents);
        var camp = partitioner.Partition(net);
        int campCount = camp.Length == 0 ? 0 : camp.Max() + 1;
        var members = Enumerable.Range(0, campCount).Select(c => (IReadOnlyList<long>)Enumerable.Range(0, net.Count).Where(i => camp[i] == c).Select(i => net.Actors[i]).ToList()).ToList();
        var ids = labels.Assign(members);

        for (int v = 0; v < net.Count; v++)
            if (labels.Last(net.Actors[v]) is { } before && before != ids[camp[v]])
                changes.Add(new CampChange(set.Actors[net.Actors[v]], name, before, ids[camp[v]], MovingEvents(net, camp, ids, labels, v, before, q.EvidencePerChange), []));
        for (int v = 0; v < net.Count; v++) labels.Remember(net.Actors[v], ids[camp[v]]);

        var agreeing = Enumerable.Range(0, net.Count).Select(v => Frustration.Strength(net, camp, v) * net.Adjacent[v].Sum(t => Math.Abs(t.Weight))).ToArray();
        var camps = Enumerable.Range(0, campCount).Select(c =>
        {
            var ms = Enumerable.Range(0, net.Count).Where(i => camp[i] == c)
                .OrderByDescending(i => agreeing[i]).ThenBy(i => net.Actors[i])
                .Select(i => new CampMember(set.Actors[net.Actors[i]], Math.Round(Frustration.Strength(net, camp, i), 4), net.EventCounts[i])).ToList();
            return new Camp(ids[c], ms[0].Actor, ms);
        }).OrderBy(c => c.Id).ToList();
        var ties = net.Ties.Select(t => new SignedTie(net.Actors[t.A], net.Actors[t.B], Math.Round(t.Weight, 4), t.Cooperative, t.Hostile,
            Frustration.IsFrustrated(t, camp))).ToList();
        double frustration = Frustration.Index(net, camp), total = Frustration.TotalWeight(net);
        return new CampPeriod(name, from, to, net.Events, Math.Round(frustration, 4), Math.Round(total, 4),
            Math.Round(total == 0 ? 1 : 1 - frustration / total, 4), camps, ties);
    }

    /// <summary>The events that pulled an actor into its new camp (cooperation with its members) or out of its old one (hostility towards it), strongest first.</summary>
    private static IReadOnlyList<long> MovingEvents(SignedNetwork net, int[] camp, int[] ids, CampLabels labels, int v, int before, int limit)
    {
        int now = ids[camp[v]];
        var scored = new Dictionary<long, double>();
        foreach (var t in net.Adjacent[v])
        {
            int u = t.Other(v);
            bool inNew = ids[camp[u]] == now, inOld = ids[camp[u]] == before || labels.Last(net.Actors[u]) == before;
            foreach (var e in t.Events)
                if ((inNew && e.Weight > 0) || (inOld && e.Weight < 0))
                    scored[e.EventId] = scored.GetValueOrDefault(e.EventId) + Math.Abs(e.Weight);
        }
        return scored.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(Math.Max(0, limit)).Select(kv => kv.Key).ToList();
    }
}
