using Marsad.Mentions.Tagging;

namespace Marsad.Events.Learning;

/// <summary>
/// A multiclass linear model over hashed features (<see cref="FeatureHash"/> keys): one row of
/// <see cref="Classes"/> weights per feature. Immutable and thread-safe once built.
/// </summary>
public sealed class LinearModel
{
    public LinearModel(int classes, ulong[] keys, float[] weights)
    {
        if (weights.Length != keys.Length * classes) throw new ArgumentException("weights must have one row per key", nameof(weights));
        Classes = classes;
        Keys = keys;
        Weights = weights;
        Table = new FeatureTable(keys);
    }

    public int Classes { get; }
    public ulong[] Keys { get; }
    public float[] Weights { get; }
    private FeatureTable Table { get; }

    /// <summary>Adds the rows of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (ulong key in features)
        {
            int row = Table.Find(key);
            if (row < 0) continue;
            System.Numerics.Tensors.TensorPrimitives.Add(scores[..Classes], Weights.AsSpan(row * Classes, Classes), scores[..Classes]);
        }
    }

    /// <summary>The mean of models over the same classes (an ensemble at the cost of one model): a feature
    /// missing from a model weighs 0 there.</summary>
    public static LinearModel Average(IReadOnlyList<LinearModel> models)
    {
        int classes = models[0].Classes;
        var sum = new SortedDictionary<ulong, float[]>();
        foreach (var m in models)
        {
            if (m.Classes != classes) throw new ArgumentException("models differ in classes", nameof(models));
            for (int row = 0; row < m.Keys.Length; row++)
            {
                if (!sum.TryGetValue(m.Keys[row], out var w)) sum[m.Keys[row]] = w = new float[classes];
                for (int y = 0; y < classes; y++) w[y] += m.Weights[row * classes + y] / models.Count;
            }
        }
        return new LinearModel(classes, [.. sum.Keys], [.. sum.Values.SelectMany(w => w)]);
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Classes);
        var order = Enumerable.Range(0, Keys.Length).OrderBy(i => Keys[i]).ToArray();
        w.Write(order.Length);
        ulong prev = 0;
        foreach (int row in order) { w.Write7BitEncodedInt64((long)(Keys[row] - prev)); prev = Keys[row]; }
        foreach (int row in order)
            for (int y = 0; y < Classes; y++) w.Write((Half)Weights[row * Classes + y]);
    }

    public static LinearModel Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int n = r.ReadInt32();
        if (classes is < 1 or > 64 || n < 0) throw new InvalidDataException("damaged linear model");
        var keys = new ulong[n];
        ulong prev = 0;
        for (int i = 0; i < n; i++) { prev += (ulong)r.Read7BitEncodedInt64(); keys[i] = prev; }
        var weights = new float[n * classes];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)r.ReadHalf();
        return new LinearModel(classes, keys, weights);
    }
}
