using System.Text;

namespace Marsad.Knowledge.Build;

/// <summary>
/// A tab-separated table with a header row; '#' lines are comments (curated files explain
/// themselves at the top). Rows are read by column name; a missing column reads as "".
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string path, string[] header, List<(int Line, string[] Cells)> rows)
    {
        Path = path;
        _columns = header.Select((h, i) => (h.Trim(), i)).ToDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);
        Rows = rows.Select(r => new Row(this, r.Line, r.Cells)).ToList();
    }

    public string Path { get; }
    public IReadOnlyList<Row> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    public static TsvTable Read(string path, bool comments = true)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"knowledge-base source not found: {path}", path);
        string[]? header = null;
        var rows = new List<(int, string[])>();
        int n = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || (comments && line[0] == '#')) continue;
            var cells = line.Split('\t');
            if (header is null) { header = cells; continue; }
            rows.Add((n, cells));
        }
        return new TsvTable(path, header ?? [], rows);
    }

    public sealed class Row(TsvTable table, int line, string[] cells)
    {
        public int Line { get; } = line;
        public string Where => $"{table.Path}:{Line}";

        public string this[string column] =>
            table._columns.TryGetValue(column, out int i) && i < cells.Length ? cells[i].Trim() : "";

        /// <summary>A '|'-separated list cell, trimmed, empty items dropped.</summary>
        public string[] List(string column) =>
            this[column].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
