using Marsad.Core.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;

namespace Marsad.Text.Words;

/// <summary>
/// Where a name starts inside its first word. The tagger's segmentation splits every letter that can be
/// a proclitic (و ف ب ك ل), but names begin with these letters too (كيري، بيدوا، كترمايا، فرانس), and a
/// wrong split cuts the name (يري، يدوا، ترمايا). Each letter is split off only on evidence, innermost
/// (preposition) first, then the conjunction:
/// <list type="number">
/// <item>the word with the letter is a known name (<see cref="IKnownNames"/>, the knowledge base): keep it; the rest is one: split;</item>
/// <item>the corpus (<see cref="WordStatistics"/>): the word with the letter is common on its own, far more
/// than the rest (<see cref="OwnWordRatio"/>): keep; ب and ك never attach to a verb, so a rest used as a verb
/// (كيري: يري "sees" follows لا، لم) keeps the letter; otherwise an attested rest: split;</item>
/// <item>no evidence (a rare name): only the conjunction و is split. Among the ANERcorp training names of
/// five letters or more, the rest of a و-initial name is itself a name 403 times against 182, of a ب-
/// initial one 168 against 430, ل 121/384, ف 5/238, ك 1/144: an unseen name keeps ب ف ك ل.</item>
/// </list>
/// The article stays in the name (والإمارات → الإمارات); after لل, whose alef is elided, the stem starts it.
/// Immutable and thread-safe.
/// </summary>
public sealed class NameStart(IKnownNames names, WordStatistics stats, WordAnalyzer analyzer)
{
    /// <summary>A word seen at least <see cref="MinOwnWord"/> times and this many times as often as its rest is a
    /// word of its own (وليد against ليد): a proclitic attaches to fewer of a word's occurrences (a place takes ب
    /// "in" often, so a lower ratio would keep the ب of بسوسة).</summary>
    public const double OwnWordRatio = 2;
    public const int MinOwnWord = 20;
    /// <summary>A rest seen after a verbal particle (لم، قد…) at least this share of the time (and
    /// <see cref="MinVerbal"/> times) is a verb; names never follow one.</summary>
    public const double VerbShare = 0.01;
    public const int MinVerbal = 2;

    /// <summary>The one proclitic (و) split from a word neither the knowledge base nor the corpus knows (see above).</summary>
    public const Clitic SplitWhenUnseen = Clitic.Wa;

    private readonly AffixTable _affixes = analyzer.Affixes;

    /// <summary>The offset in <paramref name="text"/> where a name whose first word is <paramref name="token"/> begins.</summary>
    public int Of(string text, Token token)
    {
        var clitics = token.Proclitics;
        if (token.Kind != TokenKind.Word || clitics.Length == 0) return token.Start;
        if (clitics.EndsWith(_affixes.PrepositionArticle, StringComparison.Ordinal)) return token.StemStart;
        bool article = clitics.EndsWith(_affixes.Article, StringComparison.Ordinal);
        int letters = article ? clitics.Length - _affixes.Article.Length : clitics.Length;
        // Innermost letter first: once one is a proclitic, those before it are too (و + ب + name).
        var norm = token.Norm;
        int split = 0;
        for (int i = letters - 1; i >= 0 && split == 0; i--)
            if (Splits(norm[i], norm[i..], norm[(i + 1)..])) split = i + 1;
        return split == letters && !article ? token.StemStart : LetterOffset(text, token, split);
    }

    /// <summary>
    /// Whether a name starting in <paramref name="token"/> follows a preposition joined to it (بخليفة "with
    /// Khalifa", لحفتر): the preposition is split on the evidence above. A person's name never holds one.
    /// </summary>
    public bool AfterPreposition(string text, Token token)
    {
        int start = Of(text, token);
        if (start == token.Start) return false;
        foreach (var letter in ArabicNormalizer.Normalize(text.AsSpan(token.Start, start - token.Start)))
            if (_affixes.PrepositionOf(letter) != Clitic.None) return true;
        return false;
    }

    /// <summary>Whether the name that starts in <paramref name="token"/> (<see cref="Of"/>) is, as written, a known name.</summary>
    public bool IsKnownName(string text, Token token)
    {
        int start = Of(text, token);
        return names.IsName(ArabicNormalizer.Normalize(text.AsSpan(start, token.End - start)));
    }

    /// <summary>
    /// Whether the letters of <paramref name="token"/> before <paramref name="nameStart"/> (a name the knowledge base
    /// found after them) belong to the word instead: the corpus uses the whole word on its own far more than the
    /// rest (<see cref="OwnWordRatio"/>: بديلا "an alternative", not بـ + ديلا, a town).
    /// </summary>
    public bool KeepsLetters(string text, Token token, int nameStart)
    {
        if (token.Kind != TokenKind.Word || nameStart <= token.Start || nameStart >= token.End) return false;
        var rest = ArabicNormalizer.Normalize(text.AsSpan(nameStart, token.End - nameStart));
        // after لل the name starts at its stem: its article was written as the second ل
        if (token.Proclitics.EndsWith(_affixes.PrepositionArticle, StringComparison.Ordinal) && !rest.StartsWith(_affixes.Article, StringComparison.Ordinal))
            rest = _affixes.Article + rest;
        return rest != token.Norm && IsOwnWord(token.Norm, rest);
    }

    /// <summary>Whether <paramref name="letter"/> is a proclitic on <paramref name="rest"/> rather than the first letter of <paramref name="whole"/>.</summary>
    public bool Splits(char letter, string whole, string rest)
    {
        if (names.IsName(whole)) return false;
        if (names.IsName(rest)) return true;
        if (IsOwnWord(whole, rest)) return false;
        var r = stats[rest];
        bool preposition = _affixes.PrepositionOf(letter) != Clitic.None && letter != _affixes.PrepositionOfArticle;
        if (preposition && r.AfterVerbalParticle >= MinVerbal && r.AfterVerbalParticle >= VerbShare * r.Count) return false;
        return r.Count > 0 || _affixes.ConjunctionOf(letter) == SplitWhenUnseen;
    }

    /// <summary>Whether the corpus uses <paramref name="whole"/> as a word of its own, far more than <paramref name="rest"/>.</summary>
    private bool IsOwnWord(string whole, string rest)
    {
        long w = stats[whole].Count;
        return w >= MinOwnWord && w >= OwnWordRatio * stats[rest].Count;
    }

    /// <summary>The text offset after the first <paramref name="letters"/> letters of the token (marks skipped).</summary>
    private static int LetterOffset(string text, Token token, int letters)
    {
        int pos = token.Start, seen = 0;
        while (pos < token.End)
        {
            if (ArabicNormalizer.FoldChar(text[pos]) != '\0')
            {
                if (seen == letters) return pos;
                seen++;
            }
            pos++;
        }
        return token.StemStart;
    }
}
