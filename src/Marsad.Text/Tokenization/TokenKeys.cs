using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Words;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Lookup keys of a token for lexicon matching. The <em>bare</em> key drops conjunction and
/// preposition proclitics but keeps the article, because the article is part of fixed words
/// (الشهر، الاثنين، الماضي): والشهر → الشهر، لمصر → مصر، للعام → العام. The article's spellings are those of
/// the affix table that segmented the token (the pipeline's, through <see cref="Token.Analyzer"/>).
/// </summary>
public static class TokenKeys
{
    /// <summary>The affixes of the analyser that segmented the token; the compiled-in table for a token made without one.</summary>
    private static AffixTable AffixesOf(Token t) => (t.Analyzer as WordAnalyzer)?.Affixes ?? LanguageResources.Compiled.Affixes;

    /// <summary>The bare key, written into <paramref name="buffer"/> when it has to be rebuilt (لل → ال).</summary>
    public static ReadOnlySpan<char> Bare(Token t, Span<char> buffer)
    {
        string p = t.Proclitics;
        if (p.Length == 0) return t.Norm;
        var affixes = AffixesOf(t);
        if (p.EndsWith(affixes.PrepositionArticle, StringComparison.Ordinal))
        {
            // ل + ال written لل: the article's alef is elided, so the key is rebuilt as ال + stem.
            var article = affixes.Article;
            int need = article.Length + t.StemNorm.Length;
            if (need > buffer.Length) return t.StemNorm;
            article.AsSpan().CopyTo(buffer);
            t.StemNorm.AsSpan().CopyTo(buffer[article.Length..]);
            return buffer[..need];
        }
        int cut = p.EndsWith(affixes.Article, StringComparison.Ordinal) ? p.Length - affixes.Article.Length : p.Length;
        return cut <= t.Norm.Length ? t.Norm.AsSpan(cut) : t.StemNorm;
    }

    /// <summary>Where the bare key starts in the original text.</summary>
    public static int BareStart(string text, Token t)
    {
        string p = t.Proclitics;
        if (p.Length == 0) return t.Start;
        var affixes = AffixesOf(t);
        if (p.EndsWith(affixes.PrepositionArticle, StringComparison.Ordinal)) return SkipLetters(text, t, p.Length - affixes.PrepositionArticle.Length + 1);
        if (p.EndsWith(affixes.Article, StringComparison.Ordinal)) return SkipLetters(text, t, p.Length - affixes.Article.Length);
        return t.StemStart;
    }

    private static int SkipLetters(string text, Token t, int letters)
    {
        int i = t.Start;
        while (letters > 0 && i < t.End)
        {
            if (!Tokenizer.IsArabicMark(text[i])) letters--;
            i++;
        }
        while (i < t.End && Tokenizer.IsArabicMark(text[i])) i++;
        return i;
    }

    /// <summary>
    /// Whether the token's normalised form or bare key is one of <paramref name="words"/>: a cheap
    /// filter (one or two hash lookups) before trying a lexicon's phrases.
    /// </summary>
    public static bool IsAnyOf(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, Token t)
    {
        if (words.Contains(t.Norm)) return true;
        if (t.Proclitics.Length == 0) return false;
        Span<char> buf = stackalloc char[64];
        return words.Contains(Bare(t, buf));
    }
}
