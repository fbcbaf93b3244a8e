using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Training;

/// <summary>
/// Linear-chain CRF (Lafferty et al. 2001) over the same features and model as the perceptron: each
/// sentence's gradient is the expected feature counts under the model (forward-backward) minus the gold
/// counts, applied by stochastic gradient with AdaGrad step sizes and an L2 penalty on the rows a sentence
/// touches. Unlike the perceptron it keeps learning from sentences it already labels right, spreading
/// weight over all the evidence (context, affixes, gazetteers) instead of the word alone, which is what
/// unseen names need. Single-threaded and deterministic for a seed.
/// </summary>
public sealed class CrfTrainer(NerLexicon lexicon, TrainOptions options)
{
    private const int L = BioLabels.Count;
    private const int Start = L; // the transition row of the sentence start

    public Action<string>? Log { get; init; }

    public TaggerModel Train(IReadOnlyList<LabeledSentence> data, IReadOnlyList<LabeledSentence>? dev, string info) =>
        Train(CompiledCorpus.Build(data, lexicon, null, options.MinCount), dev, info);

    /// <summary>Trains on a compiled corpus; one compiled with a guide trains a guided model.</summary>
    public TaggerModel Train(CompiledCorpus corpus, IReadOnlyList<LabeledSentence>? dev, string info)
    {
        var data = corpus.Sentences;
        Log?.Invoke($"{data.Count} sentences, {corpus.Tokens} tokens, {corpus.Keys.Count} features (CRF)");
        int n = corpus.Keys.Count;
        var w = new float[n * L];
        var g2 = new float[n * L];
        var tw = new float[(L + 1) * L];
        var tg2 = new float[(L + 1) * L];
        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(options.Seed);
        var lattice = new Lattice();
        float eta = (float)options.LearningRate, l2 = (float)options.L2;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            double loss = 0;
            foreach (int s in order)
            {
                var gold = data[s].Labels;
                int len = gold.Length;
                var rows = corpus.Rows[s];
                var starts = corpus.Starts[s];
                lattice.Reset(len);
                for (int i = 0; i < len; i++)
                    lattice.From[i] = starts[i] + (options.WordDropout > 0 && rng.NextDouble() < options.WordDropout ? corpus.Lexical[s][i] : 0);
                for (int i = 0; i < len; i++)
                    for (int k = lattice.From[i]; k < starts[i + 1]; k++)
                    {
                        int row = rows[k];
                        if (row < 0) continue;
                        for (int y = 0; y < L; y++) lattice.E[i * L + y] += w[row * L + y];
                    }
                loss += lattice.ForwardBackward(tw, gold);

                // Emission gradient: marginal minus gold, per feature row of each token.
                for (int i = 0; i < len; i++)
                    for (int k = lattice.From[i]; k < starts[i + 1]; k++)
                    {
                        int row = rows[k];
                        if (row < 0) continue;
                        for (int y = 0; y < L; y++)
                        {
                            int at = row * L + y;
                            float g = (float)lattice.Marginal(i, y) - (gold[i] == y ? 1f : 0f) + l2 * w[at];
                            Step(w, g2, at, g, eta);
                        }
                    }
                // Transition gradient: expected minus gold pair counts.
                var tgrad = lattice.PairExpectations;
                tgrad[Start * L + gold[0]] -= 1;
                for (int i = 1; i < len; i++) tgrad[gold[i - 1] * L + gold[i]] -= 1;
                for (int at = 0; at < tgrad.Length; at++) Step(tw, tg2, at, (float)tgrad[at], eta);
            }
            var msg = $"epoch {epoch}: loss {loss:F0}";
            if (dev is { Count: > 0 })
                msg += $", dev F1 {PerceptronTrainer.Score(new NerTagger(corpus.ToModel(w, (float[])tw.Clone(), options.PruneBelow, info)), dev).Micro.F1 * 100:F2}";
            Log?.Invoke(msg);
        }
        return corpus.ToModel(w, tw, options.PruneBelow, info);
    }

    private static void Step(float[] w, float[] g2, int at, float g, float eta)
    {
        if (g == 0) return;
        g2[at] += g * g;
        w[at] -= eta * g / (MathF.Sqrt(g2[at]) + 1e-6f);
    }

    /// <summary>Forward-backward over one sentence's label lattice, in log space.</summary>
    private sealed class Lattice
    {
        public float[] E = new float[64 * L];
        public int[] From = new int[64];
        public readonly double[] PairExpectations = new double[(L + 1) * L];
        private double[] _alpha = new double[64 * L], _beta = new double[64 * L];
        private double _logZ;
        private int _n;

        public void Reset(int n)
        {
            _n = n;
            if (E.Length < n * L)
            {
                E = new float[n * L * 2];
                From = new int[n * 2];
                _alpha = new double[n * L * 2];
                _beta = new double[n * L * 2];
            }
            Array.Clear(E, 0, n * L);
        }

        public double Marginal(int i, int y) => Math.Exp(_alpha[i * L + y] + _beta[i * L + y] - _logZ);

        /// <summary>Fills marginals and expected transition counts; returns the sentence's negative log-likelihood.</summary>
        public double ForwardBackward(float[] t, int[] gold)
        {
            int n = _n;
            Span<double> tmp = stackalloc double[L];
            for (int y = 0; y < L; y++) _alpha[y] = t[Start * L + y] + E[y];
            for (int i = 1; i < n; i++)
                for (int y = 0; y < L; y++)
                {
                    for (int p = 0; p < L; p++) tmp[p] = _alpha[(i - 1) * L + p] + t[p * L + y];
                    _alpha[i * L + y] = LogSumExp(tmp) + E[i * L + y];
                }
            for (int y = 0; y < L; y++) _beta[(n - 1) * L + y] = 0;
            for (int i = n - 2; i >= 0; i--)
                for (int p = 0; p < L; p++)
                {
                    for (int y = 0; y < L; y++) tmp[y] = t[p * L + y] + E[(i + 1) * L + y] + _beta[(i + 1) * L + y];
                    _beta[i * L + p] = LogSumExp(tmp);
                }
            _logZ = LogSumExp(_alpha.AsSpan((n - 1) * L, L));

            Array.Clear(PairExpectations);
            for (int y = 0; y < L; y++) PairExpectations[Start * L + y] = Marginal(0, y);
            for (int i = 1; i < n; i++)
                for (int p = 0; p < L; p++)
                    for (int y = 0; y < L; y++)
                        PairExpectations[p * L + y] += Math.Exp(_alpha[(i - 1) * L + p] + t[p * L + y] + E[i * L + y] + _beta[i * L + y] - _logZ);

            double goldScore = t[Start * L + gold[0]] + E[gold[0]];
            for (int i = 1; i < n; i++) goldScore += t[gold[i - 1] * L + gold[i]] + E[i * L + gold[i]];
            return _logZ - goldScore;
        }

        private static double LogSumExp(ReadOnlySpan<double> v)
        {
            double max = double.NegativeInfinity;
            foreach (double x in v) if (x > max) max = x;
            double sum = 0;
            foreach (double x in v) sum += Math.Exp(x - max);
            return max + Math.Log(sum);
        }
    }
}
