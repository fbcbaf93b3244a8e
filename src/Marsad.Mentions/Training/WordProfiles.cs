using System.Globalization;
using System.IO.Compression;
using System.Text;
using Marsad.Core.IO;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Text;
using Marsad.Text.Words;

namespace Marsad.Mentions.Training;

/// <summary>
/// What the unlabelled text says of one stem: how often it occurs, its clusters at each granularity
/// (coarse to fine), and name statistics: how many of its occurrences take the article, follow a title
/// (الرئيس X) and precede a speech or person-context word (X قال).
/// </summary>
public sealed record WordProfile(string Stem, int Count, int[] Clusters, int Article, int AfterTitle, int BeforePersonContext);

/// <summary>
/// Learns <see cref="WordProfile"/>s from a <see cref="TokenCorpus"/> (<see cref="Learn"/>) and keeps them in
/// a gzip'd TSV (<c>data/models/word-profiles.tsv.gz</c>): derived statistics only, no text.
/// </summary>
public static class WordProfiles
{
    public const string DefaultFile = "word-profiles.tsv.gz";

    /// <summary>
    /// Vectors of the stems (<see cref="WordVectors"/>), spherical k-means at each of <paramref name="granularities"/>,
    /// and the name statistics, using the lexicon's cue words (titles, person-context words).
    /// </summary>
    public static List<WordProfile> Learn(TokenCorpus corpus, NerLexicon cues, VectorOptions options, IReadOnlyList<int> granularities, int iterations = 15, Action<string>? log = null)
    {
        // One id per stem: the key by which the tagger looks words up.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var stemOf = new int[corpus.Types.Count];
        for (int t = 0; t < stemOf.Length; t++)
        {
            var stem = corpus.Types[t].Stem;
            if (!ids.TryGetValue(stem, out int id)) { id = ids.Count; ids.Add(stem, id); }
            stemOf[t] = id;
        }
        var stems = new string[ids.Count];
        foreach (var (s, id) in ids) stems[id] = s;
        var sequences = new int[corpus.SequenceCount][];
        for (int s = 0; s < sequences.Length; s++)
        {
            var seq = corpus.Sequence(s);
            var ints = new int[seq.Length];
            for (int i = 0; i < seq.Length; i++) ints[i] = stemOf[seq[i]];
            sequences[s] = ints;
        }

        var (words, vectors, dims) = WordVectors.Learn(sequences, stems.Length, options);
        log?.Invoke($"vectors: {words.Length} stems × {dims}");
        var clusters = granularities.Select((k, level) =>
        {
            var c = SphericalKMeans.Cluster(vectors, words.Length, dims, k, iterations, options.Seed + level);
            log?.Invoke($"clusters: {k}");
            return c;
        }).ToArray();

        var row = new int[stems.Length];
        Array.Fill(row, -1);
        for (int i = 0; i < words.Length; i++) row[words[i]] = i;
        var count = new int[words.Length];
        var article = new int[words.Length];
        var afterTitle = new int[words.Length];
        var beforeContext = new int[words.Length];
        var typeCues = corpus.Types.Select(t => t.Kind == Core.Model.TokenKind.Word ? cues.Cues(t) : CueClass.None).ToArray();
        var typeArticle = corpus.Types.Select(t => t.Proclitics.Contains(LanguageResources.Compiled.Affixes.Article, StringComparison.Ordinal)).ToArray();
        for (int s = 0; s < corpus.SequenceCount; s++)
        {
            var seq = corpus.Sequence(s);
            for (int i = 0; i < seq.Length; i++)
            {
                int r = row[stemOf[seq[i]]];
                if (r < 0) continue;
                count[r]++;
                if (typeArticle[seq[i]]) article[r]++;
                if (i > 0 && (typeCues[seq[i - 1]] & CueClass.Title) != 0) afterTitle[r]++;
                if (i + 1 < seq.Length && (typeCues[seq[i + 1]] & CueClass.PersonContext) != 0) beforeContext[r]++;
            }
        }
        return [.. Enumerable.Range(0, words.Length).Select(i =>
            new WordProfile(stems[words[i]], count[i], [.. clusters.Select(c => c[i])], article[i], afterTitle[i], beforeContext[i]))];
    }

    /// <summary>
    /// The tagger's view of the profiles: three granularities of clusters (coarse, middle, fine: the
    /// first, second and last in the file) and the statistics in 2-bit buckets. Without clusters or
    /// without statistics (to measure what each brings), those fields are the same for every word.
    /// </summary>
    public static Dictionary<string, CorpusWord> Classes(IEnumerable<WordProfile> profiles, bool clusters = true, bool statistics = true)
    {
        var result = new Dictionary<string, CorpusWord>(StringComparer.Ordinal);
        foreach (var p in profiles)
        {
            var c = p.Clusters;
            int stats = !statistics ? 0
                : Bucket(p.Count, 10, 100, 1000) | Rate(p.Article, p.Count, 0.05, 0.3, 0.7) << 2
                  | Rate(p.AfterTitle, p.Count, 0, 0.02, 0.1) << 4 | Rate(p.BeforePersonContext, p.Count, 0, 0.02, 0.1) << 6;
            result[p.Stem] = clusters && c.Length > 0
                ? new CorpusWord((ushort)c[0], (ushort)c[Math.Min(1, c.Length - 1)], (ushort)c[^1], (byte)stats)
                : new CorpusWord(0, 0, 0, (byte)stats);
        }
        return result;
    }

    private static int Bucket(double x, double a, double b, double c) => x < a ? 0 : x < b ? 1 : x < c ? 2 : 3;

    /// <summary>Bucket of n/count; a first threshold of 0 makes bucket 0 "never".</summary>
    private static int Rate(int n, int count, double a, double b, double c) =>
        a == 0 && n == 0 ? 0 : Bucket((double)n / Math.Max(1, count), a == 0 ? double.Epsilon : a, b, c);

    public static void Write(string path, IEnumerable<WordProfile> profiles, string provenance)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = AtomicFile.Create(path);
        using (var gz = new GZipStream(file.Stream, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new StreamWriter(gz, new UTF8Encoding(false)))
        {
            w.NewLine = "\n";
            w.WriteLine("# " + provenance);
            w.WriteLine("stem\tcount\tclusters\tarticle\tafter_title\tbefore_person_context");
            foreach (var p in profiles)
                w.WriteLine(string.Join('\t', p.Stem, p.Count, string.Join(',', p.Clusters), p.Article, p.AfterTitle, p.BeforePersonContext));
        }
        file.Commit();
    }

    public static List<WordProfile> Read(string path)
    {
        var result = new List<WordProfile>();
        using var file = File.OpenRead(path);
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        int lineNo = 0;
        bool header = false;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.StartsWith('#')) continue;
            if (!header) { header = true; continue; }
            var c = line.Split('\t');
            try
            {
                if (c.Length != 6) throw new FormatException("expected 6 columns");
                result.Add(new WordProfile(c[0], Int(c[1]), [.. c[2].Split(',').Select(Int)], Int(c[3]), Int(c[4]), Int(c[5])));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{path}:{lineNo}: {e.Message}");
            }
        }
        return result;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
