namespace Marsad.Mentions.Training;

/// <summary>
/// Distributional word clusters learned from unlabelled sentences (the training corpora's text):
/// each frequent stem is described by the stems seen just before and after it (among the most
/// frequent context stems, weighted by positive PMI), and spherical k-means groups similar
/// descriptions. Names of the same kind share contexts (قال X، الرئيس X، في X), so an unseen
/// name often lands in the cluster of seen ones. Two levels: fine clusters, and coarse clusters of
/// their centroids. Deterministic for a seed.
/// </summary>
public static class WordClusters
{
    /// <summary>Stem → fine cluster id in the low 16 bits, coarse cluster id above.</summary>
    public static Dictionary<string, int> Learn(IEnumerable<string[]> sentences, int fine = 256, int coarse = 32, int minCount = 3, int contexts = 2000, int iterations = 12, int seed = 1)
    {
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = sentences.ToList();
        foreach (var s in corpus) foreach (var w in s) freq[w] = freq.GetValueOrDefault(w) + 1;
        var vocab = freq.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++) index[vocab[i]] = i;
        int C = Math.Min(contexts, vocab.Length);
        int dims = 2 * C; // left contexts, then right contexts

        var counts = new Dictionary<int, float>[vocab.Length];
        for (int i = 0; i < vocab.Length; i++) counts[i] = [];
        var ctxTotals = new double[dims];
        double total = 0;
        foreach (var s in corpus)
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w)) continue;
                if (i > 0 && index.TryGetValue(s[i - 1], out int l) && l < C) Bump(w, l);
                if (i + 1 < s.Length && index.TryGetValue(s[i + 1], out int r) && r < C) Bump(w, C + r);
            }

        // Positive PMI, then unit length.
        var vectors = new (int[] Dims, float[] Values)[vocab.Length];
        for (int w = 0; w < vocab.Length; w++)
        {
            double rowTotal = counts[w].Values.Sum();
            var kept = counts[w]
                .Select(p => (p.Key, Value: Math.Log(p.Value * total / (rowTotal * ctxTotals[p.Key]))))
                .Where(p => p.Value > 0).OrderBy(p => p.Key).ToArray();
            double norm = Math.Sqrt(kept.Sum(p => p.Value * p.Value));
            vectors[w] = ([.. kept.Select(p => p.Key)], [.. kept.Select(p => (float)(norm > 0 ? p.Value / norm : 0))]);
        }

        int k = Math.Min(fine, vocab.Length);
        var assign = KMeans(vectors, dims, k, iterations, seed, out var centroids);
        // Coarse level: cluster the fine centroids.
        var centroidVectors = new (int[] Dims, float[] Values)[k];
        for (int c = 0; c < k; c++)
        {
            var d = new List<int>(); var v = new List<float>();
            for (int j = 0; j < dims; j++) if (centroids[c][j] != 0) { d.Add(j); v.Add(centroids[c][j]); }
            centroidVectors[c] = ([.. d], [.. v]);
        }
        var coarseOf = KMeans(centroidVectors, dims, Math.Min(coarse, k), iterations, seed, out _);

        var result = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int w = 0; w < vocab.Length; w++)
            if (vectors[w].Dims.Length > 0) result[vocab[w]] = assign[w] | (coarseOf[assign[w]] << 16);
        return result;

        void Bump(int w, int dim)
        {
            counts[w][dim] = counts[w].GetValueOrDefault(dim) + 1;
            ctxTotals[dim]++;
            total++;
        }
    }

    private static int[] KMeans((int[] Dims, float[] Values)[] vectors, int dims, int k, int iterations, int seed, out float[][] centroids)
    {
        var rng = new Random(seed);
        // Seeds: k distinct non-empty vectors, more frequent words first in the candidate pool.
        var candidates = Enumerable.Range(0, vectors.Length).Where(i => vectors[i].Dims.Length > 0).ToArray();
        rng.Shuffle(candidates);
        centroids = new float[k][];
        for (int c = 0; c < k; c++)
        {
            centroids[c] = new float[dims];
            if (c < candidates.Length) { var v = vectors[candidates[c]]; for (int j = 0; j < v.Dims.Length; j++) centroids[c][v.Dims[j]] = v.Values[j]; }
        }
        var assign = new int[vectors.Length];
        for (int it = 0; it < iterations; it++)
        {
            for (int i = 0; i < vectors.Length; i++)
            {
                var v = vectors[i];
                int best = 0; float bestDot = float.NegativeInfinity;
                for (int c = 0; c < k; c++)
                {
                    var cen = centroids[c];
                    float dot = 0;
                    for (int j = 0; j < v.Dims.Length; j++) dot += cen[v.Dims[j]] * v.Values[j];
                    if (dot > bestDot) { bestDot = dot; best = c; }
                }
                assign[i] = best;
            }
            foreach (var cen in centroids) Array.Clear(cen);
            for (int i = 0; i < vectors.Length; i++)
            {
                var v = vectors[i]; var cen = centroids[assign[i]];
                for (int j = 0; j < v.Dims.Length; j++) cen[v.Dims[j]] += v.Values[j];
            }
            foreach (var cen in centroids)
            {
                double norm = Math.Sqrt(cen.Sum(x => (double)x * x));
                if (norm > 0) for (int j = 0; j < dims; j++) cen[j] = (float)(cen[j] / norm);
            }
        }
        return assign;
    }
}
