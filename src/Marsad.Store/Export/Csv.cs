namespace Marsad.Store.Export;

/// <summary>RFC 4180 fields and records (CRLF line ends) for every CSV export.</summary>
public static class Csv
{
    public static string Field(string? v)
    {
        if (string.IsNullOrEmpty(v)) return "";
        if (v.AsSpan().IndexOfAny(",\"\n\r") < 0) return v;
        return "\"" + v.Replace("\"", "\"\"") + "\"";
    }

    public static void WriteRecord(TextWriter w, IEnumerable<string?> fields)
    {
        bool first = true;
        foreach (var f in fields)
        {
            if (!first) w.Write(',');
            w.Write(Field(f));
            first = false;
        }
        w.Write("\r\n");
    }

    /// <summary>One line of text for a cell: line breaks and tabs become spaces.</summary>
    public static string OneLine(string s) => s.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
}
