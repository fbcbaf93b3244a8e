using System.Numerics.Tensors;

namespace Marsad.Mentions.Training;

/// <summary>Settings of <see cref="WordVectors.Learn"/>; the same settings and text give the same vectors.</summary>
public sealed record VectorOptions
{
    /// <summary>At most this many words get a vector: the most frequent ones (the machine is shared).</summary>
    public int Vocabulary { get; init; } = 100_000;
    public int MinCount { get; init; } = 3;
    /// <summary>The most frequent words (punctuation included) that serve as contexts.</summary>
    public int Contexts { get; init; } = 3000;
    /// <summary>Context positions on each side; each position is its own set of dimensions.</summary>
    public int Window { get; init; } = 2;
    public int Dimensions { get; init; } = 128;
    /// <summary>Extra random directions of the randomized SVD (Halko et al. 2011), and its power iterations.</summary>
    public int Oversample { get; init; } = 16;
    public int PowerIterations { get; init; } = 1;
    /// <summary>Context counts are raised to this power before PMI (Levy et al. 2015): rare contexts count less.</summary>
    public double ContextSmoothing { get; init; } = 0.75;
    /// <summary>Singular values are raised to this power in the vectors (0.5: symmetric weighting).</summary>
    public double SingularWeight { get; init; } = 0.5;
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Dense word vectors from raw text: each frequent word is described by the words seen at each
/// position around it (positive PMI with smoothed context counts), and a randomized truncated SVD of
/// that sparse matrix keeps its main directions. Words used alike (names after قال or الرئيس, places
/// after في or مدينة) get close unit vectors, also rare ones whose contexts are few. Deterministic for a
/// seed: the parallel loops write disjoint rows, and every sum runs in a fixed order.
/// </summary>
public static class WordVectors
{
    /// <summary>
    /// Vectors (row-major, unit length, <see cref="VectorOptions.Dimensions"/> each) of the returned
    /// words, most frequent first. <paramref name="sequences"/> are word ids below <paramref name="words"/>.Length.
    /// </summary>
    public static (int[] Words, float[] Vectors, int Dimensions) Learn(IReadOnlyList<int[]> sequences, int words, VectorOptions o)
    {
        var freq = new long[words];
        foreach (var s in sequences) foreach (int w in s) freq[w]++;
        var byFreq = Enumerable.Range(0, words).Where(w => freq[w] > 0).OrderByDescending(w => freq[w]).ThenBy(w => w).ToArray();
        var vocab = byFreq.Where(w => freq[w] >= o.MinCount).Take(o.Vocabulary).ToArray();
        int C = Math.Min(o.Contexts, byFreq.Length);
        var row = Filled(words, -1);
        for (int i = 0; i < vocab.Length; i++) row[vocab[i]] = i;
        var ctx = Filled(words, -1);
        for (int i = 0; i < C; i++) ctx[byFreq[i]] = i;

        var matrix = Ppmi(sequences, row, vocab.Length, ctx, C, o);
        int k = Math.Min(o.Dimensions + o.Oversample, Math.Min(matrix.Rows, matrix.Cols));
        int d = Math.Min(o.Dimensions, k);
        var rng = new Random(o.Seed);

        // Range finder: Q spans A·Ω, refined by power iterations Q ← orth(A·orth(Aᵀ·Q)).
        var omega = Gaussian(matrix.Cols * k, rng);
        var q = Orthonormal(matrix.Times(omega, k), matrix.Rows, k);
        for (int p = 0; p < o.PowerIterations; p++)
            q = Orthonormal(matrix.Times(Orthonormal(matrix.TransposeTimes(q, k), matrix.Cols, k), k), matrix.Rows, k);

        // B = Qᵀ·A is small (k × cols): the eigenvectors of B·Bᵀ rotate Q onto A's left singular vectors.
        var bt = matrix.TransposeTimes(q, k);
        var (values, vectors) = Eigen(Gram(bt, matrix.Cols, k), k);
        var project = new float[k * d];
        for (int a = 0; a < k; a++)
            for (int j = 0; j < d; j++)
                project[a * d + j] = (float)(vectors[a * k + j] * Math.Pow(Math.Max(values[j], 0), o.SingularWeight / 2));
        var result = Multiply(q, matrix.Rows, k, project, d);
        for (int i = 0; i < matrix.Rows; i++)
        {
            var v = result.AsSpan(i * d, d);
            float norm = TensorPrimitives.Norm(v);
            if (norm > 0) TensorPrimitives.Divide(v, norm, v);
        }
        return (vocab, result, d);
    }

    private static int[] Filled(int n, int value) { var a = new int[n]; Array.Fill(a, value); return a; }

    private static SparseMatrix Ppmi(IReadOnlyList<int[]> sequences, int[] row, int rows, int[] ctx, int C, VectorOptions o)
    {
        int W = o.Window, cols = 2 * W * C;
        var counts = new Dictionary<int, int>[rows];
        for (int i = 0; i < rows; i++) counts[i] = [];
        var colTotals = new double[cols];
        foreach (var s in sequences)
            for (int i = 0; i < s.Length; i++)
            {
                int r = row[s[i]];
                if (r < 0) continue;
                for (int off = -W; off <= W; off++)
                {
                    int j = i + off;
                    if (off == 0 || j < 0 || j >= s.Length || ctx[s[j]] < 0) continue;
                    int col = (off < 0 ? off + W : off + W - 1) * C + ctx[s[j]];
                    ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts[r], col, out _);
                    n++;
                    colTotals[col]++;
                }
            }
        double smoothedTotal = colTotals.Sum(c => Math.Pow(c, o.ContextSmoothing));
        var starts = new int[rows + 1];
        var cells = new List<int>();
        var values = new List<float>();
        for (int r = 0; r < rows; r++)
        {
            double rowTotal = counts[r].Values.Sum();
            foreach (var (col, n) in counts[r].OrderBy(p => p.Key))
            {
                double pmi = Math.Log(n * smoothedTotal / (rowTotal * Math.Pow(colTotals[col], o.ContextSmoothing)));
                if (pmi > 0) { cells.Add(col); values.Add((float)pmi); }
            }
            starts[r + 1] = cells.Count;
            counts[r] = null!; // free as we go
        }
        return new SparseMatrix(rows, cols, starts, [.. cells], [.. values]);
    }

    private static float[] Gaussian(int n, Random rng)
    {
        var a = new float[n];
        for (int i = 0; i < n; i += 2)
        {
            double u = 1 - rng.NextDouble(), v = rng.NextDouble(), m = Math.Sqrt(-2 * Math.Log(u));
            a[i] = (float)(m * Math.Cos(2 * Math.PI * v));
            if (i + 1 < n) a[i + 1] = (float)(m * Math.Sin(2 * Math.PI * v));
        }
        return a;
    }

    /// <summary>An orthonormal basis of the columns of Y (rows × k): Y·V·Λ^-½ from the eigenpairs of YᵀY.</summary>
    private static float[] Orthonormal(float[] y, int rows, int k)
    {
        var (values, vectors) = Eigen(Gram(y, rows, k), k);
        var scale = new float[k * k];
        double floor = values[0] * 1e-10;
        for (int a = 0; a < k; a++)
            for (int j = 0; j < k; j++)
                scale[a * k + j] = values[j] > floor ? (float)(vectors[a * k + j] / Math.Sqrt(values[j])) : 0f;
        return Multiply(y, rows, k, scale, k);
    }

    /// <summary>XᵀX of a row-major rows × k matrix, summed in blocks of floats into doubles.</summary>
    private static double[] Gram(float[] x, int rows, int k)
    {
        const int Block = 256;
        int blocks = (rows + Block - 1) / Block;
        var partial = new float[blocks][];
        Parallel.For(0, blocks, b =>
        {
            var g = new float[k * k];
            for (int i = b * Block; i < Math.Min(rows, (b + 1) * Block); i++)
            {
                var xi = x.AsSpan(i * k, k);
                for (int a = 0; a < k; a++)
                    if (xi[a] != 0) TensorPrimitives.MultiplyAdd(xi, xi[a], g.AsSpan(a * k, k), g.AsSpan(a * k, k));
            }
            partial[b] = g;
        });
        var sum = new double[k * k];
        foreach (var g in partial) for (int i = 0; i < sum.Length; i++) sum[i] += g[i];
        return sum;
    }

    /// <summary>X (rows × k) times M (k × m), row-major.</summary>
    private static float[] Multiply(float[] x, int rows, int k, float[] m, int cols)
    {
        var result = new float[(long)rows * cols];
        Parallel.For(0, rows, i =>
        {
            var dst = result.AsSpan(i * cols, cols);
            for (int a = 0; a < k; a++)
            {
                float v = x[i * k + a];
                if (v != 0) TensorPrimitives.MultiplyAdd(m.AsSpan(a * cols, cols), v, dst, dst);
            }
        });
        return result;
    }

    /// <summary>
    /// Eigenvalues (descending) and eigenvectors (column j of the row-major result) of a symmetric
    /// k × k matrix, by cyclic Jacobi rotations: exact enough and fast for k of a few hundred.
    /// </summary>
    public static (double[] Values, double[] Vectors) Eigen(double[] matrix, int k)
    {
        var a = (double[])matrix.Clone();
        var v = new double[k * k];
        for (int i = 0; i < k; i++) v[i * k + i] = 1;
        for (int sweep = 0; sweep < 50; sweep++)
        {
            double off = 0, diag = 0;
            for (int p = 0; p < k; p++)
            {
                diag += a[p * k + p] * a[p * k + p];
                for (int r = p + 1; r < k; r++) off += a[p * k + r] * a[p * k + r];
            }
            if (off <= 1e-22 * diag) break;
            for (int p = 0; p < k - 1; p++)
                for (int r = p + 1; r < k; r++)
                {
                    double apr = a[p * k + r];
                    if (Math.Abs(apr) < 1e-300) continue;
                    double theta = (a[r * k + r] - a[p * k + p]) / (2 * apr);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt(t * t + 1), s = t * c;
                    for (int i = 0; i < k; i++)
                    {
                        double aip = a[i * k + p], air = a[i * k + r];
                        a[i * k + p] = c * aip - s * air;
                        a[i * k + r] = s * aip + c * air;
                    }
                    for (int i = 0; i < k; i++)
                    {
                        double api = a[p * k + i], ari = a[r * k + i];
                        a[p * k + i] = c * api - s * ari;
                        a[r * k + i] = s * api + c * ari;
                    }
                    for (int i = 0; i < k; i++)
                    {
                        double vip = v[i * k + p], vir = v[i * k + r];
                        v[i * k + p] = c * vip - s * vir;
                        v[i * k + r] = s * vip + c * vir;
                    }
                }
        }
        var order = Enumerable.Range(0, k).OrderByDescending(i => a[i * k + i]).ThenBy(i => i).ToArray();
        var values = order.Select(i => a[i * k + i]).ToArray();
        var vectors = new double[k * k];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) vectors[i * k + j] = v[i * k + order[j]];
        return (values, vectors);
    }

    /// <summary>A sparse matrix in compressed rows.</summary>
    private sealed record SparseMatrix(int Rows, int Cols, int[] Starts, int[] Cells, float[] Values)
    {
        /// <summary>A·X for a row-major X of Cols × k.</summary>
        public float[] Times(float[] x, int k)
        {
            var result = new float[(long)Rows * k];
            Parallel.For(0, Rows, r =>
            {
                var dst = result.AsSpan(r * k, k);
                for (int e = Starts[r]; e < Starts[r + 1]; e++)
                    TensorPrimitives.MultiplyAdd(x.AsSpan(Cells[e] * k, k), Values[e], dst, dst);
            });
            return result;
        }

        /// <summary>Aᵀ·Y for a row-major Y of Rows × k (rows scattered in order: deterministic).</summary>
        public float[] TransposeTimes(float[] y, int k)
        {
            var result = new float[(long)Cols * k];
            for (int r = 0; r < Rows; r++)
            {
                var src = y.AsSpan(r * k, k);
                for (int e = Starts[r]; e < Starts[r + 1]; e++)
                {
                    var dst = result.AsSpan(Cells[e] * k, k);
                    TensorPrimitives.MultiplyAdd(src, Values[e], dst, dst);
                }
            }
            return result;
        }
    }
}
