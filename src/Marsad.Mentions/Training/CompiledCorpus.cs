using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Training;

/// <summary>
/// A training corpus turned into feature rows once (features never depend on labels): for sentence s,
/// token i's rows are <c>Rows[s][Starts[s][i] .. Starts[s][i+1])</c>, the first <c>Lexical[s][i]</c> of them
/// naming the word itself. Row -1 is a feature left out (seen fewer than the minimum count).
/// </summary>
public sealed class CompiledCorpus
{
    public required IReadOnlyList<LabeledSentence> Sentences { get; init; }
    public required NerLexicon Lexicon { get; init; }
    /// <summary>The guide whose labels are among the features (null: none); trained models carry it.</summary>
    public TaggerModel? Guide { get; init; }
    public required List<ulong> Keys { get; init; }
    public required int[][] Rows { get; init; }
    public required int[][] Starts { get; init; }
    public required int[][] Lexical { get; init; }

    /// <summary>
    /// Document memory comes from the gold labels of the preceding sentences (corpora list sentences in
    /// document order; a new corpus file restarts it). With a <paramref name="guide"/>, its labels of each
    /// sentence are appended as features (<see cref="FeatureExtractor.AddGuide"/>).
    /// </summary>
    public static CompiledCorpus Build(IReadOnlyList<LabeledSentence> data, NerLexicon lexicon, TaggerModel? guide, int minCount)
    {
        const int L = BioLabels.Count;
        var extractor = new FeatureExtractor(lexicon);
        var buf = new FeatureBuffer();
        var guided = new FeatureBuffer();
        var guideEmissions = Array.Empty<float>();
        var index = new Dictionary<ulong, int>();
        var counts = new List<int>();
        var keys = new List<ulong>();
        var memory = new DocumentMemory();
        var rows = new int[data.Count][];
        var starts = new int[data.Count][];
        var lexical = new int[data.Count][];
        for (int s = 0; s < data.Count; s++)
        {
            var views = ConllCorpus.Views(data[s]);
            if (data[s].StartsDocument) memory.Clear();
            extractor.Extract(views, buf, memory);
            memory.Add(views, data[s].Labels);
            var features = buf;
            if (guide is not null)
            {
                if (guideEmissions.Length < views.Length * L) guideEmissions = new float[views.Length * L * 2];
                var guess = new int[views.Length];
                guide.Decode(buf, guideEmissions, guess);
                FeatureExtractor.AddGuide(buf, guess, guided);
                features = guided;
            }
            var r = new int[features.Count];
            for (int k = 0; k < features.Count; k++)
            {
                if (!index.TryGetValue(features.Keys[k], out int row))
                {
                    row = keys.Count;
                    index.Add(features.Keys[k], row);
                    keys.Add(features.Keys[k]);
                    counts.Add(0);
                }
                counts[row]++;
                r[k] = row;
            }
            rows[s] = r;
            starts[s] = features.Starts.AsSpan(0, views.Length + 1).ToArray();
            lexical[s] = features.Lexical.AsSpan(0, views.Length).ToArray();
        }
        if (minCount > 1)
            foreach (var r in rows)
                for (int k = 0; k < r.Length; k++)
                    if (counts[r[k]] < minCount) r[k] = -1;
        return new CompiledCorpus { Sentences = data, Lexicon = lexicon, Guide = guide, Keys = keys, Rows = rows, Starts = starts, Lexical = lexical };
    }

    public int Tokens => Sentences.Sum(s => s.Words.Length);

    /// <summary>
    /// The model of trained weights (one row of <see cref="BioLabels.Count"/> per key, in key order):
    /// rows whose weights are all under <paramref name="pruneBelow"/> are left out, and so are smaller
    /// weights of the rows kept.
    /// </summary>
    public TaggerModel ToModel(ReadOnlySpan<float> weights, float[] transitions, float pruneBelow, string info)
    {
        const int L = BioLabels.Count;
        var keep = new List<int>();
        for (int row = 0; row < Keys.Count; row++)
            for (int y = 0; y < L; y++)
                if (MathF.Abs(weights[row * L + y]) >= pruneBelow) { keep.Add(row); break; }
        var keys = new ulong[keep.Count];
        var kept = new float[keep.Count * L];
        for (int j = 0; j < keep.Count; j++)
        {
            keys[j] = Keys[keep[j]];
            for (int y = 0; y < L; y++)
            {
                float v = weights[keep[j] * L + y];
                kept[j * L + y] = MathF.Abs(v) >= pruneBelow ? v : 0f;
            }
        }
        return new TaggerModel(Lexicon, keys, kept, transitions, info) { Guide = Guide };
    }
}
