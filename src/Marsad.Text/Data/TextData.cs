using System.Reflection;

namespace Marsad.Text.Data;

/// <summary>
/// Reads the text core's tab-separated lexicons (data/text/*.tsv, embedded at build time).
/// Lines starting with # are comments; every other non-blank line must have the expected
/// number of columns, otherwise loading fails with the file name and line number.
/// </summary>
internal static class TextData
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(string file, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Marsad.Text." + file)
            ?? throw new InvalidDataException($"data/text/{file}: not embedded in Marsad.Text");
        using var reader = new StreamReader(stream);
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < columns || cells.Take(columns).Any(string.IsNullOrWhiteSpace))
                throw new InvalidDataException($"data/text/{file}:{lineNo}: expected {columns} tab-separated columns");
            yield return (lineNo, cells);
        }
    }

    public static double ParseNumber(string file, int line, string cell) =>
        double.TryParse(cell, System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"data/text/{file}:{line}: '{cell}' is not a number");
}
