namespace Marsad.Store.Analysis.Outlets;

/// <summary>The divergence measures of <see cref="OutletLens"/>.</summary>
public static class Divergence
{
    /// <summary>
    /// Jensen–Shannon divergence (base 2, so within [0, 1]) of two count distributions over the same keys;
    /// null when either is empty. Symmetric and finite where Kullback–Leibler is not (a modality one side never uses).
    /// </summary>
    public static double? JensenShannon<TKey>(IReadOnlyDictionary<TKey, int> p, IReadOnlyDictionary<TKey, int> q) where TKey : notnull
    {
        double np = p.Values.Sum(), nq = q.Values.Sum();
        if (np == 0 || nq == 0) return null;
        double js = 0;
        foreach (var key in p.Keys.Union(q.Keys))
        {
            double a = p.GetValueOrDefault(key) / np, b = q.GetValueOrDefault(key) / nq, m = (a + b) / 2;
            if (a > 0) js += a / 2 * Math.Log2(a / m);
            if (b > 0) js += b / 2 * Math.Log2(b / m);
        }
        return Math.Clamp(js, 0, 1);
    }

    /// <summary>The mean of |share − rest share| weighted by events, over the actors that have a rest share; null when none has.</summary>
    public static double? Tone(IEnumerable<(int Events, double Share, double? RestShare)> actors)
    {
        double weighted = 0, total = 0;
        foreach (var (n, share, rest) in actors)
        {
            if (rest is not { } r) continue;
            weighted += n * Math.Abs(share - r);
            total += n;
        }
        return total == 0 ? null : weighted / total;
    }
}
