using System.Text;

namespace Marsad.Cli.Commands;

/// <summary>
/// For terminals without bidirectional text support (MARSAD_BIDI=visual): lays a right-to-left cell
/// out in visual order — runs in reverse order, Arabic words reversed letter by letter with brackets
/// mirrored, Latin and number runs kept left to right. Terminals that implement the Unicode bidi
/// algorithm (the default) get the logical text unchanged.
/// </summary>
internal static class BidiVisual
{
    public static bool Enabled { get; } = string.Equals(Environment.GetEnvironmentVariable("MARSAD_BIDI"), "visual", StringComparison.OrdinalIgnoreCase);

    public static string Apply(string s) => Enabled ? Reorder(s) : s;

    public static string Reorder(string s)
    {
        if (!s.Any(IsArabic)) return s;
        return string.Join("\n", s.Split('\n').Select(ReorderLine));
    }

    private static string ReorderLine(string line)
    {
        // Runs of words of one direction; neutral words (punctuation) join the right-to-left flow.
        var runs = new List<(bool Rtl, List<string> Words)>();
        foreach (var w in line.Split(' '))
        {
            bool rtl = w.Any(IsArabic) || !w.Any(char.IsLetterOrDigit);
            if (runs.Count > 0 && runs[^1].Rtl == rtl) runs[^1].Words.Add(w);
            else runs.Add((rtl, [w]));
        }
        var sb = new StringBuilder(line.Length);
        for (int r = runs.Count - 1; r >= 0; r--)
        {
            if (sb.Length > 0) sb.Append(' ');
            var (rtl, words) = runs[r];
            sb.Append(rtl ? string.Join(' ', Enumerable.Reverse(words).Select(Mirror)) : string.Join(' ', words));
        }
        return sb.ToString();
    }

    /// <summary>An Arabic word backwards, keeping digit sequences in reading order and mirroring brackets.</summary>
    private static string Mirror(string word)
    {
        var sb = new StringBuilder(word.Length);
        for (int i = word.Length - 1; i >= 0; i--)
        {
            if (char.IsDigit(word[i]))
            {
                int end = i;
                while (i > 0 && (char.IsDigit(word[i - 1]) || word[i - 1] is '.' or ',')) i--;
                sb.Append(word, i, end - i + 1);
                continue;
            }
            sb.Append(word[i] switch { '(' => ')', ')' => '(', '[' => ']', ']' => '[', '«' => '»', '»' => '«', '<' => '>', '>' => '<', _ => word[i] });
        }
        return sb.ToString();
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';
}
