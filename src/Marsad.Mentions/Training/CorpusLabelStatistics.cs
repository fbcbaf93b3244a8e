using Marsad.Core.Model;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Training;

/// <summary>
/// How a tagger labels each stem across a large unlabelled corpus: the share of its occurrences tagged
/// as each entity type, in 2-bit buckets (<see cref="CorpusWord.Labels"/>). A name the labelled data never
/// showed is still labelled many times over ten million words, mostly in contexts that make it easy
/// (حركة حماس، شركة نيسان); the buckets carry that verdict to the contexts that do not. The tagger should
/// be one that never saw the labelled corpus the statistics serve (the guide), so that they are as
/// reliable on its training text as on new text.
/// </summary>
public static class CorpusLabelStatistics
{
    /// <summary>Stems seen at least this often get statistics.</summary>
    public const int MinCount = 3;

    public static Dictionary<string, byte> Learn(TokenCorpus corpus, TaggerModel tagger)
    {
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemOf = new int[corpus.Types.Count];
        for (int t = 0; t < stemOf.Length; t++)
        {
            var stem = corpus.Types[t].Stem;
            if (!stems.TryGetValue(stem, out int id)) { id = stems.Count; stems.Add(stem, id); }
            stemOf[t] = id;
        }
        const int T = 4;
        var total = new long[stems.Count * (T + 1)];
        var gate = new object();
        Parallel.For(0, corpus.SequenceCount, () => new Worker(tagger, stems.Count * (T + 1)), (s, _, w) =>
        {
            var seq = corpus.Sequence(s);
            int start = 0;
            for (int i = 0; i < seq.Length; i++)
                if (i == seq.Length - 1 || EndsSentence(corpus.Types[seq[i]]) || i - start >= 100)
                {
                    w.Tag(corpus, seq[start..(i + 1)], stemOf);
                    start = i + 1;
                }
            return w;
        }, w => { lock (gate) for (int i = 0; i < total.Length; i++) total[i] += w.Counts[i]; });

        var result = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (stem, id) in stems)
        {
            long n = total[id * (T + 1) + T];
            if (n < MinCount) continue;
            int packed = 0;
            for (int type = 0; type < T; type++)
            {
                double share = (double)total[id * (T + 1) + type] / n;
                int bucket = share < 0.02 ? 0 : share < 0.15 ? 1 : share < 0.5 ? 2 : 3;
                packed |= bucket << (2 * type);
            }
            result[stem] = (byte)packed;
        }
        return result;
    }

    private static bool EndsSentence(in TokenView t) => t.Kind == TokenKind.Punctuation && t.Norm is "." or "!" or "?" or "\u061F";

    private sealed class Worker(TaggerModel tagger, int size)
    {
        public readonly long[] Counts = new long[size];
        private readonly FeatureExtractor _features = new(tagger.Lexicon);
        private readonly FeatureBuffer _buffer = new();
        private float[] _emissions = new float[128 * BioLabels.Count];
        private int[] _labels = new int[128];
        private TokenView[] _views = new TokenView[128];

        public void Tag(TokenCorpus corpus, ReadOnlySpan<int> sentence, int[] stemOf)
        {
            int n = sentence.Length;
            if (_views.Length < n) { _views = new TokenView[n * 2]; _labels = new int[n * 2]; _emissions = new float[n * 2 * BioLabels.Count]; }
            for (int i = 0; i < n; i++) _views[i] = corpus.Types[sentence[i]];
            _features.Extract(_views.AsSpan(0, n), _buffer);
            tagger.Decode(_buffer, _emissions, _labels.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                int at = stemOf[sentence[i]] * 5;
                Counts[at + 4]++;
                int type = BioLabels.TypeOf(_labels[i]);
                if (type >= 0) Counts[at + type]++;
            }
        }
    }
}
