using System.Text;
using Marsad.Core.Model;
using Marsad.Text;
using Marsad.Text.Tokenization;

namespace Marsad.Store.Search;

/// <summary>
/// The terms the full-text index holds and queries look for: one key per word, made from the token's
/// normalised stem (spelling variants folded, proclitics و ف ب ل ك ال لل split off by Marsad.Text)
/// with nisba and plural endings stripped by <see cref="LightStem"/>. The same function builds the
/// index and the query, so فايز/فائز, لحفتر/حفتر and الإماراتي/والإماراتيين/الإمارات meet on one key.
/// Both backends store these keys themselves, so their search semantics are identical.
/// </summary>
public static class SearchKeys
{
    private const int MinStem = 3;

    // Endings tried longest first (data/text/affixes.tsv, light_stem; the compiled copy, so that a store's keys do
    // not depend on the data folder of the program that reads it); stripping repeats so that اماراتيين → امارات → امار
    // and اماراتي → امارات → امار agree.
    private static readonly string[] s_suffixes = LanguageResources.Compiled.Affixes.LightStemEndings;

    /// <summary>Strips nisba (ي، ية، يون، يين، يات), sound plural (ون، ين، ات), feminine (ة) and final alef (روسيا/روسي) endings.</summary>
    public static string LightStem(string stem)
    {
        if (stem.Length <= MinStem || !IsArabic(stem)) return stem;
        var s = stem;
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in s_suffixes)
            {
                if (s.Length - suffix.Length >= MinStem && s.EndsWith(suffix, StringComparison.Ordinal))
                {
                    s = s[..^suffix.Length];
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /// <summary>The key of one token, or null for punctuation and symbols.</summary>
    public static string? KeyOf(Token t) => t.Kind switch
    {
        TokenKind.Word => LightStem(t.StemNorm),
        // Only letters and digits, so a key is one term for both FTS5 and PostgreSQL's parser (al-Sisi → alsisi, 5.2 → 52).
        TokenKind.Latin or TokenKind.Number => new string([.. t.Norm.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]),
        _ => null,
    };

    /// <summary>
    /// The exact key of one token: the normalised word without its proclitics but with its endings,
    /// so that exact search finds المشير and والمشير but not مشيرا or المشيرة.
    /// </summary>
    public static string? ExactKeyOf(Token t) => t.Kind == TokenKind.Word ? t.StemNorm : KeyOf(t);

    /// <summary>The index text for a document: its keys separated by spaces, title first.</summary>
    public static string IndexText(Document doc) => IndexText(doc, KeyOf);

    /// <summary>The exact-word index text for a document (<see cref="ExactKeyOf"/>), title first.</summary>
    public static string ExactIndexText(Document doc) => IndexText(doc, ExactKeyOf);

    /// <summary>The exact-word index text of a stored title and text.</summary>
    public static string ExactIndexText(string? title, string text) => IndexText(title, text, ExactKeyOf);

    /// <summary>The index text of a stored title and text.</summary>
    public static string IndexText(string? title, string text) => IndexText(title, text, KeyOf);

    private static string IndexText(string? title, string text, Func<Token, string?> key)
    {
        var sb = new StringBuilder(text.Length);
        if (!string.IsNullOrEmpty(title) && !text.StartsWith(title, StringComparison.Ordinal))
            Append(sb, Tokenizer.Tokenize(title), key);
        Append(sb, Tokenizer.Tokenize(text), key);
        return sb.ToString();
    }

    private static string IndexText(Document doc, Func<Token, string?> key)
    {
        var sb = new StringBuilder(doc.Text.Length);
        if (!string.IsNullOrEmpty(doc.Title) && !doc.Text.StartsWith(doc.Title, StringComparison.Ordinal))
            Append(sb, Tokenizer.Tokenize(doc.Title), key);
        Append(sb, doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text), key);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<Token> tokens, Func<Token, string?> key)
    {
        foreach (var t in tokens)
        {
            var k = key(t);
            if (k is null || k.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(k);
        }
    }

    /// <summary>Keys of free text (a query or a name); exact keys keep the word endings.</summary>
    public static List<string> KeysOf(string text, bool exact = false)
    {
        var keys = new List<string>();
        foreach (var t in Tokenizer.Tokenize(text))
            if ((exact ? ExactKeyOf(t) : KeyOf(t)) is { Length: > 0 } k) keys.Add(k);
        return keys;
    }

    private static bool IsArabic(string s) => s.Length > 0 && s[0] >= '\u0600' && s[0] <= '\u06FF';
}

/// <summary>
/// A parsed search: groups of keys; each group is one word or one quoted phrase; all groups must match.
/// <see cref="Exact"/>: the keys are exact words (<see cref="SearchKeys.ExactKeyOf"/>), matched in the exact index.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<string>> Groups, bool Exact = false)
{
    public bool IsEmpty => Groups.Count == 0;

    public IEnumerable<string> AllKeys => Groups.SelectMany(g => g);

    public static ParsedQuery Parse(string text, bool exact = false)
    {
        var groups = new List<IReadOnlyList<string>>();
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var keys = SearchKeys.KeysOf(parts[i], exact);
            if (keys.Count == 0) continue;
            if (i % 2 == 1) groups.Add(keys);              // inside quotes: a phrase
            else foreach (var k in keys) groups.Add([k]);  // outside: each word on its own
        }
        return new ParsedQuery(groups, exact);
    }
}
