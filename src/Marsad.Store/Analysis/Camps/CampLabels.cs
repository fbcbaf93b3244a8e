namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Gives the camps of successive periods stable ids: a camp takes the id most of its members last had
/// (each id to one camp, the largest overlap first); a camp of newcomers gets a new id. An actor whose
/// id changes has changed camp.
/// </summary>
public sealed class CampLabels
{
    private readonly Dictionary<long, int> _last = [];
    private int _next;

    /// <summary>Labels for the camps of one period (local camp index → stable id).</summary>
    public int[] Assign(IReadOnlyList<IReadOnlyList<long>> camps)
    {
        var votes = new List<(int Camp, int Label, int Count)>();
        for (int c = 0; c < camps.Count; c++)
            foreach (var g in camps[c].Where(_last.ContainsKey).GroupBy(a => _last[a]))
                votes.Add((c, g.Key, g.Count()));
        var labels = Enumerable.Repeat(-1, camps.Count).ToArray();
        var used = new HashSet<int>();
        foreach (var v in votes.OrderByDescending(v => v.Count).ThenBy(v => v.Label).ThenBy(v => v.Camp))
            if (labels[v.Camp] < 0 && used.Add(v.Label)) labels[v.Camp] = v.Label;
        for (int c = 0; c < labels.Length; c++) if (labels[c] < 0) labels[c] = _next++;
        _next = Math.Max(_next, labels.DefaultIfEmpty(-1).Max() + 1);
        return labels;
    }

    /// <summary>The stable id an actor last had, if any.</summary>
    public int? Last(long actor) => _last.TryGetValue(actor, out var l) ? l : null;

    public void Remember(long actor, int label) => _last[actor] = label;
}
