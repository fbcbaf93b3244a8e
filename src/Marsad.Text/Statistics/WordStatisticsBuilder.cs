using System.IO.Compression;
using System.Text;
using Marsad.Core.IO;
using Marsad.Core.Model;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Statistics;

/// <summary>
/// Counts, over a corpus of raw news text, how each word form (<see cref="Token.Norm"/>, proclitics
/// included) is used: how often it occurs, how often right after a particle that only a verb follows
/// (لم، لن، قد، سوف) and how often right after a word that introduces a person's name (a title, a name
/// particle, a common given name). Names never follow a verbal particle; common nouns and verbs rarely follow
/// a name cue. Only these counts are kept, never a sentence. Not thread-safe: one builder per run.
/// </summary>
public sealed class WordStatisticsBuilder(IReadOnlySet<string> verbCues, IReadOnlySet<string> nameCues)
{
    private readonly Dictionary<string, int[]> _counts = new(1 << 20, StringComparer.Ordinal);

    public long Tokens { get; private set; }
    public int Documents { get; private set; }

    public void Add(string text)
    {
        Documents++;
        Token? previous = null;
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word) { previous = t.Kind == TokenKind.Punctuation ? null : previous; continue; }
            Tokens++;
            if (!_counts.TryGetValue(t.Norm, out var c)) _counts[t.Norm] = c = new int[3];
            c[0]++;
            if (previous is not null)
            {
                if (verbCues.Contains(previous.Norm)) c[1]++;
                if (nameCues.Contains(previous.Norm) || nameCues.Contains(previous.StemNorm)) c[2]++;
            }
            previous = t;
        }
    }

    /// <summary>Writes the forms seen at least <paramref name="minCount"/> times, most frequent first (gzip'd TSV).</summary>
    public int Write(string path, int minCount, string recipe)
    {
        var rows = _counts.Where(kv => kv.Value[0] >= minCount)
            .OrderByDescending(kv => kv.Value[0]).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        using var file = AtomicFile.Create(path);
        using (var gz = new GZipStream(file.Stream, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var line in recipe.Split('\n')) w.WriteLine("# " + line.TrimEnd());
            w.WriteLine($"# documents {Documents}, tokens {Tokens}, forms {_counts.Count}, kept (count >= {minCount}) {rows.Count}");
            w.WriteLine("#word\tcount\tafter_verbal_particle\tafter_name_cue");
            foreach (var (word, c) in rows) w.WriteLine($"{word}\t{c[0]}\t{c[1]}\t{c[2]}");
        }
        file.Commit();
        return rows.Count;
    }
}
