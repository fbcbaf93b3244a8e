namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// How well a partition fits a signed network. A tie is frustrated when it is positive across camps or
/// negative inside one; the frustration index is the total weight of frustrated ties, and the balance
/// 1 − frustration / Σ|w| (1: every tie agrees with the camps; Harary's structural balance).
/// </summary>
public static class Frustration
{
    public static bool IsFrustrated(Tie t, IReadOnlyList<int> camp) =>
        t.Weight > 0 ? camp[t.A] != camp[t.B] : t.Weight < 0 && camp[t.A] == camp[t.B];

    public static double Index(SignedNetwork net, IReadOnlyList<int> camp) =>
        net.Ties.Where(t => IsFrustrated(t, camp)).Sum(t => Math.Abs(t.Weight));

    public static double TotalWeight(SignedNetwork net) => net.Ties.Sum(t => Math.Abs(t.Weight));

    public static double Balance(SignedNetwork net, IReadOnlyList<int> camp)
    {
        double total = TotalWeight(net);
        return total == 0 ? 1 : 1 - Index(net, camp) / total;
    }

    /// <summary>The share of a node's tie weight that agrees with its camp (1: all its allies with it, all its enemies elsewhere).</summary>
    public static double Strength(SignedNetwork net, IReadOnlyList<int> camp, int node)
    {
        double total = 0, agreeing = 0;
        foreach (var t in net.Adjacent[node])
        {
            total += Math.Abs(t.Weight);
            if (!IsFrustrated(t, camp)) agreeing += Math.Abs(t.Weight);
        }
        return total == 0 ? 0 : agreeing / total;
    }
}
