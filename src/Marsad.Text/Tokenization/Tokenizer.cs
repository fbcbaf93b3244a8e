using Marsad.Core.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Segmentation;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Splits text into word, Latin, number, URL and punctuation tokens with offsets into the
/// original text. Arabic diacritics and tatweel stay inside their word.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || IsInvisible(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (StartsUrl(text, i))
            {
                while (i < n && !char.IsWhiteSpace(text[i])) i++;
                while (i > start + 1 && ".,;:!?)]»\"'،".Contains(text[i - 1])) i--;
                kind = TokenKind.Url;
            }
            else if (IsArabicLetter(c))
            {
                while (i < n && (IsArabicLetter(text[i]) || IsArabicMark(text[i]))) i++;
                kind = TokenKind.Word;
            }
            else if (IsDigit(c))
            {
                i++;
                while (i < n && (IsDigit(text[i]) || ((text[i] is '.' or ',' or '٫' or '٬') && i + 1 < n && IsDigit(text[i + 1])))) i++;
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < n && (char.IsLetterOrDigit(text[i]) || ((text[i] is '-' or '\'' or '.') && i + 1 < n && char.IsLetterOrDigit(text[i + 1])))) i++;
                kind = TokenKind.Latin;
            }
            else if (IsArabicMark(c))
            {
                i++;
                continue; // a stray mark with no letter carries no token
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(Make(text, new TextSpan(start, i), kind));
        }
        return tokens;
    }

    internal static Token Make(string text, TextSpan span, TokenKind kind)
    {
        var norm = ArabicNormalizer.Normalize(text.AsSpan(span.Start, span.Length));
        if (kind != TokenKind.Word) return new Token(span, kind, norm, span.Start, "", norm);
        var seg = CliticSegmenter.Segment(text, span);
        return new Token(span, kind, norm, seg.StemStart, seg.Proclitics, seg.StemNorm);
    }

    public static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5'
        || (c >= '\u06FA' && c <= '\u06FC') || (c >= '\u0750' && c <= '\u077F');

    public static bool IsArabicMark(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED');

    public static bool IsDigit(char c) => c is >= '0' and <= '9' || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD';

    private static bool StartsUrl(string t, int i) =>
        t.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || t.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || t.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
