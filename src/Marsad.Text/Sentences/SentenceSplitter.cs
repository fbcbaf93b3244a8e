using System.Collections.Frozen;
using Marsad.Core.Model;

namespace Marsad.Text.Sentences;

/// <summary>
/// Splits a token list into sentences.
/// <list type="bullet">
/// <item>A sentence ends at . ! ? ؟ ؛ ; … and at a line break. The Arabic comma ، is a comma, not an end.</item>
/// <item>Runs of enders (؟! or ...) and the closing quotes and brackets after them belong to the
/// sentence they close: «انتهى الاجتماع.» ends after ».</item>
/// <item>Inside an open bracket or quote an ender does not split, unless the bracket has run for more
/// than <see cref="MaxInsideTokens"/> tokens (an unclosed one must not swallow the article); a line
/// break always splits and closes everything.</item>
/// <item>A full stop inside a number (5.2) is part of the number token; a full stop right after a
/// single letter (د. محمد، J. Smith), after a dotted Latin abbreviation (U.S.) or after a known Latin
/// abbreviation (Mr. Dr. Gen.) is not an end.</item>
/// </list>
/// </summary>
public static class SentenceSplitter
{
    /// <summary>How long a bracket or quote may hold enders before they split again.</summary>
    public const int MaxInsideTokens = 80;

    private static readonly FrozenSet<string> s_latinAbbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "st", "jr", "sr", "no", "vs", "etc",
        "inc", "ltd", "co", "corp", "dept", "est", "fig", "vol", "rev", "gov", "sen", "rep", "pres", "approx",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0, depth = 0, openedAt = 0;
        bool inQuote = false; int quoteAt = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            char c = t.Kind == TokenKind.Punctuation ? text[t.Start] : '\0';
            if (c is '(' or '[' or '{' or '«' or '“' or '‹') { if (depth++ == 0) openedAt = i; }
            else if (c is ')' or ']' or '}' or '»' or '”' or '›') depth = Math.Max(0, depth - 1);
            else if (c == '"') { inQuote = !inQuote; quoteAt = i; }
            if (depth > 0 && i - openedAt > MaxInsideTokens) depth = 0;
            if (inQuote && i - quoteAt > MaxInsideTokens) inQuote = false;

            bool last = i == tokens.Count - 1;
            bool lineBreak = !last && HasLineBreak(text, t.End, tokens[i + 1].Start);
            bool end = IsEnder(c) && depth == 0 && !inQuote && !IsAbbreviationDot(text, tokens, i);
            // «انتهى الاجتماع.» — the quote or bracket that closes right after an ender ends the sentence
            if (!end && c != '\0' && IsCloser(c) && depth == 0 && !inQuote && i > first
                && tokens[i - 1].Kind == TokenKind.Punctuation && IsEnder(text[tokens[i - 1].Start]) && !IsAbbreviationDot(text, tokens, i - 1))
                end = true;
            if (end)
            {
                // absorb further enders and closing quotes/brackets: ؟! … ». )
                while (i + 1 < tokens.Count && !HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)
                       && tokens[i + 1].Kind == TokenKind.Punctuation && IsEnderOrCloser(text[tokens[i + 1].Start]))
                {
                    i++;
                    if (text[tokens[i].Start] == '"') inQuote = false;
                }
                last = i == tokens.Count - 1;
            }
            if (lineBreak) { depth = 0; inQuote = false; }
            if (end || lineBreak || last)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, tokens[i].End), first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static bool IsEnder(char c) => c is '.' or '!' or '?' or '؟' or '؛' or ';' or '…' or '۔';

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '»' or '”' or '›' or '"';

    private static bool IsEnderOrCloser(char c) => IsEnder(c) || IsCloser(c) || c is '\'' or '’';

    /// <summary>A full stop that marks an abbreviation rather than the end of a sentence.</summary>
    private static bool IsAbbreviationDot(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (text[tokens[i].Start] != '.' || i == 0 || i + 1 >= tokens.Count) return false;
        var prev = tokens[i - 1];
        if (prev.End != tokens[i].Start) return false; // "word ." with a space is an end
        if (prev.Kind is not (TokenKind.Word or TokenKind.Latin)) return false;
        var word = text.AsSpan(prev.Start, prev.Span.Length);
        // د. محمد، J. Smith — a lone letter, not an era letter written on a number (2015م.)
        if (word.Length == 1) return !(i >= 2 && tokens[i - 2].End == prev.Start && tokens[i - 2].Kind == TokenKind.Number);
        if (prev.Kind == TokenKind.Latin && (word.Contains('.') || s_latinAbbreviations.Contains(word.ToString()))) return true; // U.S. / Dr.
        return false;
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085') return true;
        return false;
    }
}
