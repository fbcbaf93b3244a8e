using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Training;

/// <summary>
/// The mean of several models trained on the same data and lexicon with different seeds (sentence
/// order, dropout masks): one model whose weights are the average, so tagging costs no more. The
/// perceptron's result depends on the order it sees sentences in; the mean removes much of that noise.
/// </summary>
public static class ModelAverage
{
    public static TaggerModel Of(IReadOnlyList<TaggerModel> models, string info)
    {
        if (models.Count == 0) throw new ArgumentException("no models", nameof(models));
        if (models.Count == 1) return models[0];
        const int L = TaggerModel.L;
        var index = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        foreach (var m in models)
            foreach (var k in m.Keys)
                if (index.TryAdd(k, keys.Count)) keys.Add(k);
        var weights = new float[keys.Count * L];
        var transitions = new float[(L + 1) * L];
        float share = 1f / models.Count;
        foreach (var m in models)
        {
            for (int row = 0; row < m.Keys.Length; row++)
            {
                int to = index[m.Keys[row]] * L;
                for (int y = 0; y < L; y++) weights[to + y] += share * m.Weights[row * L + y];
            }
            for (int i = 0; i < transitions.Length; i++) transitions[i] += share * m.Transitions[i];
        }
        return new TaggerModel(models[0].Lexicon, [.. keys], weights, transitions, info) { Guide = models[0].Guide };
    }
}
