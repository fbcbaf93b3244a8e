using Marsad.Core.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Splits text into tokens with offsets into the original text, in order and without overlap:
/// <list type="bullet">
/// <item>Arabic words, with their diacritics, tatweel and zero-width joiners inside (presentation
/// forms such as ﻣﺼﺮ count as Arabic letters);</item>
/// <item>Latin (and other-script) words, joined across an inner hyphen, apostrophe or dot when a letter
/// or digit follows (MiG-29، S-400، F-16، O'Brien، e.g);</item>
/// <item>numbers in any digit script with inner separators (5.2، 1,000، ٢٠١٨، ٥٫٢);</item>
/// <item>URLs (http://, https://, www.) and e-mail addresses as single tokens;</item>
/// <item>every other character as a punctuation or symbol token of its own (a hashtag's # and a
/// mention's @ are tokens before an ordinary word, so #ليبيا still yields the word ليبيا); a surrogate
/// pair is never split.</item>
/// </list>
/// Whitespace and invisible format characters between tokens are skipped.
/// </summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> segmented by the compiled-in analyser (code given no
    /// language resources: search keys, corpus readers); the pipeline's text stage passes its own.</summary>
    public static List<Token> Tokenize(string text) => Tokenize(text, LanguageResources.Compiled.Words);

    public static List<Token> Tokenize(string text, WordAnalyzer words)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
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
                while (i > start + 1 && IsUrlTrailer(text[i - 1])) i--;
                kind = TokenKind.Url;
            }
            else if (IsArabicLetter(c))
            {
                i++;
                while (i < n && (IsArabicLetter(text[i]) || IsArabicMark(text[i])
                                 || (text[i] is '\u200C' or '\u200D' && i + 1 < n && IsArabicLetter(text[i + 1])))) i++;
                kind = TokenKind.Word;
            }
            else if (IsDigit(c))
            {
                i++;
                while (i < n && (IsDigit(text[i]) || (text[i] is '.' or ',' or '٫' or '٬' && i + 1 < n && IsDigit(text[i + 1])))) i++;
                kind = TokenKind.Number;
            }
            else if (IsLetter(text, i))
            {
                i += char.IsHighSurrogate(c) ? 2 : 1;
                while (i < n && (IsLetterOrDigit(text, i) || (text[i] is '-' or '\'' or '’' or '.' && i + 1 < n && IsLetterOrDigit(text, i + 1) && !IsArabicLetter(text[i + 1]))))
                    i += char.IsHighSurrogate(text[i]) ? 2 : 1;
                if (EmailEnd(text, start, i) is var end and > 0) { i = end; kind = TokenKind.Email; }
                else kind = TokenKind.Latin;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }
            tokens.Add(Make(text, new TextSpan(start, i), kind, words));
        }
        return tokens;
    }

    private static Token Make(string text, TextSpan span, TokenKind kind, WordAnalyzer words)
    {
        if (kind != TokenKind.Word)
        {
            var norm = span.Length == 1 && text[span.Start] < 0x80 ? OneChar(text[span.Start]) : ArabicNormalizer.Normalize(text.AsSpan(span.Start, span.Length));
            return new Token(span, kind, norm, span.Start, "", norm) { Analyzer = words };
        }
        var seg = words.Segment(text, span, out var wordNorm);
        return new Token(span, kind, wordNorm, seg.StemStart, seg.Proclitics, seg.StemNorm) { Analyzer = words };
    }

    // Interned one-character norms of ASCII punctuation and digits, so "." or "5" allocate nothing.
    private static readonly string[] s_ascii = Enumerable.Range(0, 128).Select(c => ArabicNormalizer.Normalize(((char)c).ToString())).ToArray();

    private static string OneChar(char c) => s_ascii[c];

    public static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u066E' && c <= '\u066F')
        || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC')
        || (c >= '\u0750' && c <= '\u077F') || (c >= '\u08A0' && c <= '\u08C9')
        || (c >= '\uFB50' && c <= '\uFDFB' && c is not ('\uFD3E' or '\uFD3F')) || (c >= '\uFE70' && c <= '\uFEFC');

    public static bool IsArabicMark(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED' && c is not ('\u06DD' or '\u06DE'))
        || (c >= '\u0610' && c <= '\u061A') || (c >= '\u08CA' && c <= '\u08FF');

    public static bool IsDigit(char c) => c is >= '0' and <= '9' || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u00AD' or '\u061C'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>A letter of any script at <paramref name="i"/>, surrogate pairs included.</summary>
    private static bool IsLetter(string t, int i) =>
        char.IsHighSurrogate(t[i]) ? i + 1 < t.Length && char.IsLowSurrogate(t[i + 1]) && char.IsLetter(t, i) : char.IsLetter(t[i]);

    private static bool IsLetterOrDigit(string t, int i) =>
        !IsArabicLetter(t[i]) && (IsLetter(t, i) || (!char.IsSurrogate(t[i]) && char.IsDigit(t[i])) || IsCombiningLatinMark(t[i]));

    // Combining marks on Latin letters (é written as e + ´) stay in the word.
    private static bool IsCombiningLatinMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static bool IsUrlTrailer(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '»' or '"' or '\'' or '،' or '؛' or '؟';

    private static bool StartsUrl(string t, int i) =>
        t.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || t.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || t.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>After a Latin local part ending at <paramref name="i"/>: the end of "@domain.tld", or 0.</summary>
    private static int EmailEnd(string t, int start, int i)
    {
        if (i + 1 >= t.Length || t[i] != '@' || !char.IsAsciiLetterOrDigit(t[i + 1])) return 0;
        int j = i + 1, lastDot = -1;
        while (j < t.Length && (char.IsAsciiLetterOrDigit(t[j]) || ((t[j] is '.' or '-') && j + 1 < t.Length && char.IsAsciiLetterOrDigit(t[j + 1]))))
        {
            if (t[j] == '.') lastDot = j;
            j++;
        }
        return lastDot > i + 1 && j - lastDot > 2 && start < i ? j : 0;
    }
}
