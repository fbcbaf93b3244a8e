using System.Reflection;
using Marsad.Core;

namespace Marsad.Text.Data;

/// <summary>One data line of a lexicon: its tab-separated cells (trimmed), section and line number.</summary>
public readonly record struct LexiconLine(string File, int Number, string? Section, string[] Fields)
{
    /// <summary>An error that names the file and line.</summary>
    public InvalidDataException Error(string message) => new($"{File}:{Number}: {message}");

    /// <summary>A number cell (invariant culture), or an error naming the file and line.</summary>
    public double NumberAt(int field) =>
        double.TryParse(Fields[field], System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw Error($"'{Fields[field]}' is not a number");
}

/// <summary>
/// The one reader of Marsad's lexicons: UTF-8 text, one entry per line, tab-separated cells. A line whose
/// first non-blank character is '#' is a comment, blank lines are skipped, and a line "@name" starts a
/// section. Errors name the file and line (<c>data/text/months.tsv:12: …</c>).
/// Every folder (data/text, data/linking, data/events…) is read from the data folder a program was given
/// (<see cref="DataFolder"/>); data/text is also compiled into this assembly, for the code given no data
/// folder (<see cref="LanguageResources.Compiled"/>).
/// </summary>
public static class LexiconFile
{
    /// <summary>The lines of <c>data/text/<paramref name="name"/></c> as compiled into this assembly; any other
    /// folder is read from a data folder given by the program (<see cref="Read(DataFolder, string, string)"/>).</summary>
    public static IEnumerable<LexiconLine> Read(string folder, string name)
    {
        if (folder != "text") throw new ArgumentException($"data/{folder} is not compiled in: read it from the program's data folder", nameof(folder));
        string display = $"data/{folder}/{name}";
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.Text." + name)
            ?? throw new InvalidDataException($"{display}: not embedded in Marsad.Text");
        return Read(display, new StreamReader(stream));
    }

    /// <summary>The lines of <c><paramref name="folder"/>/<paramref name="name"/></c> in <paramref name="data"/>.</summary>
    public static IEnumerable<LexiconLine> Read(DataFolder data, string folder, string name)
    {
        string display = $"data/{folder}/{name}";
        var path = data.File(folder, name);
        if (!File.Exists(path)) throw new FileNotFoundException($"{display}: lexicon file missing ({path})", path);
        return Read(display, new StreamReader(path));
    }

    /// <summary>Rows with at least <paramref name="columns"/> non-empty cells; a shorter row is an error.</summary>
    public static IEnumerable<LexiconLine> Rows(DataFolder data, string folder, string name, int columns) => Rows(Read(data, folder, name), columns);

    public static IEnumerable<LexiconLine> Rows(IEnumerable<LexiconLine> lines, int columns)
    {
        foreach (var l in lines)
        {
            if (l.Fields.Length < columns || l.Fields.Take(columns).Any(c => c.Length == 0))
                throw l.Error($"expected {columns} tab-separated columns");
            yield return l;
        }
    }

    /// <summary>The first cell of every line (word lists).</summary>
    public static IEnumerable<string> Lines(IEnumerable<LexiconLine> lines) => Rows(lines, 1).Select(l => l.Fields[0]);

    public static IEnumerable<string> Lines(DataFolder data, string folder, string name) => Lines(Read(data, folder, name));

    /// <summary>Space-separated words of a cell (empty entries dropped).</summary>
    public static string[] Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The lines of any reader (disposed at the end); <paramref name="display"/> names it in errors.</summary>
    public static IEnumerable<LexiconLine> Read(string display, TextReader reader)
    {
        using (reader)
        {
            string? section = null;
            int n = 0;
            while (reader.ReadLine() is { } raw)
            {
                n++;
                var line = raw.Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                if (line[0] == '@') { section = line[1..].Trim(); continue; }
                yield return new LexiconLine(display, n, section, line.Split('\t', StringSplitOptions.TrimEntries));
            }
        }
    }
}
