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
                guide.Score(buf, views.Length, guideEmissions);
                Viterbi.Decode(guideEmissions.AsSpan(0, views.Length * L), guide.Transitions, L, guess);
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
        return new CompiledCorpus { Keys = keys, Rows = rows, Starts = starts, Lexical = lexical };
    }
}
