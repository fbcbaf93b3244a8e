using System.Collections.Frozen;
namespace Marsad.Read.Formats;

/// <summary>
/// A linear scan for how deeply the parser will nest a page's elements, before it is parsed: the
/// HTML parser's work grows with the square of the nesting depth, so a hostile page of a few megabytes
/// nested a hundred thousand levels deep would take minutes. Real news pages nest a few dozen levels.
/// The scan keeps the stack of open elements as the parser does in the main: an end tag closes the
/// nearest open element of its name and is ignored when none is open (so "&lt;div&gt;&lt;/q&gt;" repeated
/// still deepens), a new p, li, td … first closes an open one of the same name, formatting elements
/// (b, i, a …) closed with another element stay open as the parser reopens them, void elements never open.
/// The generated tag-soup tests check that the parser never builds more than twice the depth found here.
/// </summary>
public static class HtmlNesting
{
    public const int MaxDepth = 2_000;

    private static readonly FrozenSet<string> s_void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
        "html", "head", "body", // one each, placed by the parser itself
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // A start tag of these closes an open element of the same name (the parser's implied end tags).
    private static readonly FrozenSet<string> s_closesItsOwn = new[]
    {
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The deepest nesting of elements, estimated from the tags alone in one pass.</summary>
    public static int EstimateDepth(string html)
    {
        var open = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int max = 0, foreign = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1;
            int end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) { i++; continue; }
            var name = html[start..end].ToLowerInvariant();
            i = end;
            if (s_void.Contains(name)) continue;
            if (closing)
            {
                if (counts.GetValueOrDefault(name) > 0) CloseThrough(name, open, counts, ref foreign);
                continue;
            }
            int close = html.IndexOf('>', end);
            // "/>" closes an element only inside SVG or MathML; in HTML "<div/>" opens a div.
            if (foreign > 0 && close > 0 && html[close - 1] == '/') continue;
            if (s_closesItsOwn.Contains(name) && counts.GetValueOrDefault(name) > 0) CloseThrough(name, open, counts, ref foreign);
            open.Add(name);
            counts[name] = counts.GetValueOrDefault(name) + 1;
            if (name is "svg" or "math") foreign++;
            max = Math.Max(max, open.Count);
        }
        return max;
    }

    // Formatting elements closed by another element's end are reopened by the parser at the next content
    // ("reconstruct the active formatting elements"): "<b><p>" repeated nests deeper and deeper.
    private static readonly FrozenSet<string> s_formatting = new[]
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static void CloseThrough(string name, List<string> open, Dictionary<string, int> counts, ref int foreign)
    {
        var reopened = new List<string>();
        while (open.Count > 0)
        {
            var top = open[^1];
            open.RemoveAt(open.Count - 1);
            counts[top]--;
            if (top is "svg" or "math") foreign--;
            if (top == name) break;
            if (s_formatting.Contains(top)) reopened.Add(top);
        }
        for (int k = reopened.Count - 1; k >= 0; k--)
        {
            open.Add(reopened[k]);
            counts[reopened[k]]++;
        }
    }
}
