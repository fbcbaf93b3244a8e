namespace Marsad.Events.Learning;

/// <summary>One training example: its feature keys, its gold class, and the classes it may be confused with.</summary>
/// <param name="Allowed">Bit mask of the classes judged for this example (a sentence coded only for attacks says
/// nothing about protests); 0 means all.</param>
public sealed record Example(ulong[] Features, int Label, ulong Allowed = 0, float Weight = 1);

/// <summary>
/// Averaged multiclass perceptron (Collins 2002; the average computed lazily as in Daumé's thesis):
/// the highest-scoring allowed class is predicted and, when wrong, the gold class's weights gain
/// 1 and the predicted class's lose 1 on the example's features. Single-threaded; the example order
/// per epoch comes from the seed. Updates on a missed positive (gold class not 0) weigh
/// <c>positiveWeight</c>.
/// per epoch comes from the seed, so the same data and seed give the same model.
/// </summary>
public sealed class MulticlassPerceptron(int classes, int epochs, int seed, float positiveWeight = 1)
{
    public LinearModel Train(IReadOnlyList<Example> data)
    {
        var index = new Dictionary<ulong, int>();
        var rows = new int[data.Count][];
        for (int e = 0; e < data.Count; e++)
        {
            var f = data[e].Features;
            rows[e] = new int[f.Length];
            for (int k = 0; k < f.Length; k++)
            {
                if (!index.TryGetValue(f[k], out int row)) index[f[k]] = row = index.Count;
                rows[e][k] = row;
            }
        }
        int n = index.Count;
        var w = new float[n * classes];
        var u = new double[n * classes];
        var scores = new float[classes];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int e in order)
            {
                var ex = data[e];
                Array.Clear(scores);
                foreach (int row in rows[e])
                    for (int y = 0; y < classes; y++) scores[y] += w[row * classes + y];
                int pred = Best(scores, ex.Allowed | (1UL << ex.Label));
                if (pred != ex.Label)
                {
                    // a missed event costs more than a false one: events are rare among candidates
                    float step = (ex.Label != 0 ? positiveWeight : 1) * ex.Weight;
                    foreach (int row in rows[e])
                    {
                        w[row * classes + ex.Label] += step; u[row * classes + ex.Label] += c * step;
                        w[row * classes + pred] -= step; u[row * classes + pred] -= c * step;
                    }
                }
                c++;
            }
        }
        var keys = new ulong[n];
        foreach (var (key, row) in index) keys[row] = key;
        var mean = new float[w.Length];
        for (int i = 0; i < w.Length; i++) mean[i] = (float)(w[i] - u[i] / c);
        // drop features whose averaged weights are all near zero: a smaller model, the same decisions
        var keep = Enumerable.Range(0, n).Where(r => Enumerable.Range(0, classes).Any(y => Math.Abs(mean[r * classes + y]) >= 0.01f)).ToArray();
        return new LinearModel(classes, keep.Select(r => keys[r]).ToArray(), keep.SelectMany(r => mean.AsSpan(r * classes, classes).ToArray()).ToArray());
    }

    /// <summary>The best class among <paramref name="allowed"/> (a bit mask; only the gold bit set means all).</summary>
    public static int Best(ReadOnlySpan<float> scores, ulong allowed)
    {
        bool all = System.Numerics.BitOperations.PopCount(allowed) <= 1;
        int best = -1;
        for (int y = 0; y < scores.Length; y++)
        {
            if (!all && (allowed & (1UL << y)) == 0) continue;
            if (best < 0 || scores[y] > scores[best]) best = y;
        }
        return best;
    }
}
