using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using Marsad.Core;
using Marsad.Text.Data;

namespace Marsad.Text.Statistics;

/// <summary>How a word form is used in the unlabelled news corpus (<see cref="WordStatistics"/>).</summary>
public readonly record struct WordCounts(int Count, int AfterVerbalParticle, int AfterNameCue)
{
    public static WordCounts operator +(WordCounts a, WordCounts b) =>
        new(a.Count + b.Count, a.AfterVerbalParticle + b.AfterVerbalParticle, a.AfterNameCue + b.AfterNameCue);
}

/// <summary>
/// Counts of word forms in 9.9 M words of real news (data/text/word_stats.tsv.gz, written by
/// <c>marsad word-stats</c> from ../shared/data/unlabelled; see its header for the recipe). Forms are
/// normalised and written as in the text, proclitics included; forms seen fewer than five times are not
/// listed and count 0. Immutable and thread-safe.
/// </summary>
public sealed class WordStatistics
{
    public const string FileName = "word_stats.tsv.gz";

    private readonly FrozenDictionary<string, WordCounts> _counts;

    public WordStatistics(IEnumerable<KeyValuePair<string, WordCounts>> counts) =>
        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);

    public int Forms => _counts.Count;

    /// <summary>The counts of a normalised form as written (zero when unseen or rare).</summary>
    public WordCounts this[string norm] => _counts.GetValueOrDefault(norm);

    /// <summary>data/text/word_stats.tsv.gz of <paramref name="data"/>.</summary>
    public static WordStatistics Load(DataFolder data)
    {
        var path = data.File("text", FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"data/text/{FileName}: word statistics missing ({path})", path);
        return Read(File.OpenRead(path));
    }

    /// <summary>The copy compiled into this assembly.</summary>
    public static WordStatistics LoadCompiled() =>
        Read(Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.Text." + FileName)
            ?? throw new InvalidDataException($"data/text/{FileName}: not embedded in Marsad.Text"));

    private static WordStatistics Read(Stream stream)
    {
        const string display = "data/text/" + FileName;
        var rows = new List<KeyValuePair<string, WordCounts>>(200_000);
        foreach (var r in LexiconFile.Rows(LexiconFile.Read(display, new StreamReader(new GZipStream(stream, CompressionMode.Decompress))), 4))
            rows.Add(new(r.Fields[0], new WordCounts((int)r.NumberAt(1), (int)r.NumberAt(2), (int)r.NumberAt(3))));
        return new WordStatistics(rows);
    }
}
