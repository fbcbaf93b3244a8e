using Marsad.Mentions.Corpora;
using Marsad.Mentions.Evaluation;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Training;

/// <summary>Settings of one training run; the same settings and data give the same model.</summary>
public sealed record TrainOptions
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;
    /// <summary>Features seen fewer times than this in training are left out of the model.</summary>
    public int MinCount { get; init; } = 1;
    /// <summary>Averaged weights smaller than this (in absolute value) are dropped from the saved model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
    /// <summary>
    /// Probability of hiding a token's own word features (form, stem, bigrams) for one update, so that
    /// context, affix, gazetteer and cluster features learn to carry names never seen in training.
    /// </summary>
    public double WordDropout { get; init; } = 0.3;
    /// <summary>The learning objective: the averaged perceptron, or a linear-chain CRF (log-likelihood).</summary>
    public TrainingObjective Objective { get; init; } = TrainingObjective.Perceptron;
    /// <summary>CRF: L2 penalty per feature occurrence.</summary>
    public double L2 { get; init; } = 1e-4;
    /// <summary>CRF: AdaGrad base step size.</summary>
    public double LearningRate { get; init; } = 0.1;
}

public enum TrainingObjective { Perceptron, Crf }

/// <summary>
/// Averaged structured perceptron (Collins 2002) with first-order Viterbi: for each sentence the
/// current weights decode a label sequence, and where it differs from the gold one the gold
/// features and transitions gain 1 and the predicted ones lose 1. The saved weights are the
/// average over all updates, computed lazily (Daumé's trick), which generalises far better than
/// the last weights. Single-threaded and deterministic for a seed (the sentence order per epoch).
/// A corpus compiled with a guide model (<see cref="CompiledCorpus.Build"/>) trains a guided model.
/// </summary>
public sealed class PerceptronTrainer(NerLexicon lexicon, TrainOptions options)
{
    private const int L = BioLabels.Count;

    public Action<string>? Log { get; init; }

    public TaggerModel Train(IReadOnlyList<LabeledSentence> data, IReadOnlyList<LabeledSentence>? dev, string info) =>
        Train(CompiledCorpus.Build(data, lexicon, null, options.MinCount), dev, info);

    public TaggerModel Train(CompiledCorpus corpus, IReadOnlyList<LabeledSentence>? dev, string info)
    {
        var data = corpus.Sentences;
        Log?.Invoke($"{data.Count} sentences, {corpus.Tokens} tokens, {corpus.Keys.Count} features");
        var (keys, rows, starts, lexical) = (corpus.Keys, corpus.Rows, corpus.Starts, corpus.Lexical);

        int n = keys.Count;
        var w = new float[n * L];
        var u = new double[n * L];
        var tw = new float[(L + 1) * L];
        var tu = new double[(L + 1) * L];
        long c = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        var emissions = new float[64 * L];
        var pred = new int[64];
        var from = new int[64];

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int s in order)
            {
                var gold = data[s].Labels;
                int len = gold.Length;
                if (emissions.Length < len * L) { emissions = new float[len * L * 2]; pred = new int[len * 2]; from = new int[len * 2]; }
                for (int i = 0; i < len; i++)
                    from[i] = starts[s][i] + (options.WordDropout > 0 && rng.NextDouble() < options.WordDropout ? lexical[s][i] : 0);
                Score(rows[s], from, starts[s], len, w, emissions);
                Viterbi.Decode(emissions.AsSpan(0, len * L), tw, L, pred.AsSpan(0, len));
                for (int i = 0; i < len; i++)
                {
                    tokens++;
                    if (pred[i] != gold[i])
                    {
                        errors++;
                        for (int k = from[i]; k < starts[s][i + 1]; k++)
                        {
                            int row = rows[s][k];
                            if (row < 0) continue;
                            Update(w, u, row * L + gold[i], 1, c);
                            Update(w, u, row * L + pred[i], -1, c);
                        }
                    }
                    int pg = i == 0 ? L : gold[i - 1], pp = i == 0 ? L : pred[i - 1];
                    if (pg != pp || gold[i] != pred[i])
                    {
                        Update(tw, tu, pg * L + gold[i], 1, c);
                        Update(tw, tu, pp * L + pred[i], -1, c);
                    }
                }
                c++;
            }
            var msg = $"epoch {epoch}: {errors} token errors of {tokens} ({100.0 * errors / tokens:F2}%)";
            if (dev is { Count: > 0 })
            {
                var m = Build(corpus, w, u, tw, tu, c, info);
                msg += $", dev F1 {Score(new NerTagger(m), dev).Micro.F1 * 100:F2}";
            }
            Log?.Invoke(msg);
        }
        return Build(corpus, w, u, tw, tu, c, info);
    }

    /// <summary>Tags <paramref name="data"/> and scores it by entity.</summary>
    public static EntityScorer Score(NerTagger tagger, IReadOnlyList<LabeledSentence> data)
    {
        var scorer = new EntityScorer();
        var memory = new DocumentMemory();
        foreach (var s in data)
        {
            if (s.StartsDocument) memory.Clear();
            scorer.Add(s.Labels, tagger.Tag(ConllCorpus.Views(s), memory));
        }
        return scorer;
    }

    private static void Score(int[] rows, int[] from, int[] starts, int len, float[] w, float[] emissions)
    {
        Array.Clear(emissions, 0, len * L);
        for (int i = 0; i < len; i++)
        {
            int e = i * L;
            for (int k = from[i]; k < starts[i + 1]; k++)
            {
                int row = rows[k];
                if (row < 0) continue;
                int o = row * L;
                for (int y = 0; y < L; y++) emissions[e + y] += w[o + y];
            }
        }
    }

    private static void Update(float[] w, double[] u, int at, int delta, long c)
    {
        w[at] += delta;
        u[at] += (double)c * delta;
    }

    /// <summary>The averaged weights (w − u/c) as a model.</summary>
    private TaggerModel Build(CompiledCorpus corpus, float[] w, double[] u, float[] tw, double[] tu, long c, string info)
    {
        var mean = new float[w.Length];
        for (int i = 0; i < w.Length; i++) mean[i] = (float)(w[i] - u[i] / c);
        var trans = new float[tw.Length];
        for (int i = 0; i < tw.Length; i++) trans[i] = (float)(tw[i] - tu[i] / c);
        return corpus.ToModel(mean, trans, options.PruneBelow, info);
    }
}
