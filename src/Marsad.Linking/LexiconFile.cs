using Marsad.Core;

namespace Marsad.Linking;

/// <summary>Reads the linking data files (data/linking/*): UTF-8 lines, '#' comments, blank lines skipped.</summary>
internal static class LexiconFile
{
    public static IEnumerable<string> Lines(string name)
    {
        var path = DataPaths.DataFile("linking", name);
        if (!File.Exists(path)) throw new FileNotFoundException($"Linking data file missing: {path}", path);
        foreach (var raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0) yield return line;
        }
    }

    /// <summary>Tab-separated rows with at least <paramref name="columns"/> columns; a short row is a data error.</summary>
    public static IEnumerable<string[]> Rows(string name, int columns)
    {
        foreach (var line in Lines(name))
        {
            var cells = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cells.Length < columns)
                throw new InvalidDataException($"data/linking/{name}: expected {columns} tab-separated columns in '{line}'");
            yield return cells;
        }
    }
}
