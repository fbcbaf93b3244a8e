namespace Marsad.Read.Formats;

/// <summary>
/// A cheap scan for how deeply a page nests its elements, before it is parsed: the HTML parser's
/// work grows with the square of the nesting depth, so a hostile page of a few megabytes nested
/// a hundred thousand levels deep would take minutes. Real news pages nest a few dozen levels.
/// Elements that need no end tag (void elements, p, li, td …) are not counted.
/// </summary>
public static class HtmlNesting
{
    public const int MaxDepth = 2_000;

    private static readonly HashSet<string> s_notCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "html", "head", "body",
        "colgroup", "caption", "rb", "rt", "rp",
    };

    /// <summary>The deepest nesting of elements that need an end tag, estimated from the tags alone.</summary>
    public static int EstimateDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) { i++; continue; }
            int close = html.IndexOf('>', end);
            bool selfClosing = close > 0 && html[close - 1] == '/';
            if (!s_notCounted.Contains(html[start..end]) && !selfClosing)
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                max = Math.Max(max, depth);
            }
            i = end;
        }
        return max;
    }
}
