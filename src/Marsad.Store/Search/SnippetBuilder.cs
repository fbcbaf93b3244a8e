using Marsad.Core.Model;
using Marsad.Text.Tokenization;

namespace Marsad.Store.Search;

/// <summary>
/// Cuts a readable passage of the original text around the words that matched, and marks them.
/// Matching uses the same keys as the index, so the highlighted words are exactly those that matched
/// (لحفتر is highlighted for a search for حفتر).
/// </summary>
public static class SnippetBuilder
{
    public const int WindowTokens = 36;

    /// <param name="exact">The keys are exact-word keys (<see cref="SearchKeys.ExactKeyOf"/>).</param>
    public static (string Snippet, List<Highlight> Highlights) Build(string text, IReadOnlySet<string> keys, bool exact = false)
    {
        Func<Token, string?> keyOf = exact ? SearchKeys.ExactKeyOf : SearchKeys.KeyOf;
        var tokens = Tokenizer.Tokenize(text);
        var hits = new List<int>();
        for (int i = 0; i < tokens.Count; i++)
            if (keyOf(tokens[i]) is { } k && keys.Contains(k)) hits.Add(i);
        if (tokens.Count == 0) return ("", []);

        // The window holding the most distinct matched keys; the earliest on ties.
        int bestStart = hits.Count > 0 ? hits[0] : 0, bestScore = -1;
        foreach (var h in hits)
        {
            var distinct = new HashSet<string>();
            foreach (var j in hits)
                if (j >= h && j < h + WindowTokens) distinct.Add(keyOf(tokens[j])!);
            if (distinct.Count > bestScore) { bestScore = distinct.Count; bestStart = h; }
        }
        int first = Math.Max(0, bestStart - WindowTokens / 4);
        int last = Math.Min(tokens.Count - 1, first + WindowTokens - 1);
        int start = tokens[first].Start, end = tokens[last].End;
        string prefix = first > 0 ? "… " : "", suffix = last < tokens.Count - 1 ? " …" : "";
        var snippet = prefix + text[start..end].Replace('\n', ' ').Replace('\r', ' ') + suffix;
        var marks = new List<Highlight>();
        foreach (var h in hits)
            if (h >= first && h <= last)
                marks.Add(new Highlight(prefix.Length + tokens[h].Start - start, prefix.Length + tokens[h].End - start));
        return (snippet, marks);
    }
}
