using System.Numerics.Tensors;

namespace Marsad.Mentions.Training;

/// <summary>
/// k-means on unit vectors by cosine (spherical k-means): centroids start at points drawn by k-means++
/// (each next one with probability growing with its squared distance from those drawn),
/// every point goes to its nearest centroid (in parallel, each point independently), centroids become
/// the normalised means (summed in point order). Deterministic for a seed.
/// </summary>
public static class SphericalKMeans
{
    /// <summary>Cluster of each of the <paramref name="n"/> row-major unit vectors of <paramref name="vectors"/>.</summary>
    public static int[] Cluster(float[] vectors, int n, int dims, int k, int iterations, int seed)
    {
        k = Math.Min(k, n);
        var centroids = Seeds(vectors, n, dims, k, new Random(seed));
        var assign = new int[n];
        for (int it = 0; it < iterations; it++)
        {
            int changed = 0;
            Parallel.For(0, n, () => 0, (i, _, moved) =>
            {
                var v = vectors.AsSpan(i * dims, dims);
                int best = 0; float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    float dot = TensorPrimitives.Dot(v, centroids.AsSpan(c * dims, dims));
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                if (assign[i] != best || it == 0) { assign[i] = best; moved++; }
                return moved;
            }, moved => Interlocked.Add(ref changed, moved));
            if (it > 0 && changed == 0) break;
            var sums = new float[k * dims];
            for (int i = 0; i < n; i++)
            {
                var dst = sums.AsSpan(assign[i] * dims, dims);
                TensorPrimitives.Add(dst, vectors.AsSpan(i * dims, dims), dst);
            }
            for (int c = 0; c < k; c++)
            {
                var s = sums.AsSpan(c * dims, dims);
                float norm = TensorPrimitives.Norm(s);
                // An emptied cluster keeps its centroid.
                if (norm > 0) TensorPrimitives.Divide(s, norm, centroids.AsSpan(c * dims, dims));
            }
        }
        return assign;
    }

    private static float[] Seeds(float[] vectors, int n, int dims, int k, Random rng)
    {
        var centroids = new float[k * dims];
        var distance = new double[n];
        Array.Fill(distance, double.MaxValue);
        int next = rng.Next(n);
        for (int c = 0; c < k; c++)
        {
            var centroid = centroids.AsSpan(c * dims, dims);
            vectors.AsSpan(next * dims, dims).CopyTo(centroid);
            if (c == k - 1) break;
            var chosen = centroids.AsMemory(c * dims, dims);
            Parallel.For(0, n, i =>
            {
                double d = 1 - TensorPrimitives.Dot(vectors.AsSpan(i * dims, dims), chosen.Span);
                d = Math.Max(d, 0);
                if (d * d < distance[i]) distance[i] = d * d;
            });
            double total = 0;
            foreach (double d in distance) total += d;
            double r = rng.NextDouble() * total;
            next = n - 1;
            for (int i = 0; i < n; i++)
            {
                r -= distance[i];
                if (r < 0) { next = i; break; }
            }
        }
        return centroids;
    }
}
