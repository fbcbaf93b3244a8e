using Marsad.Core.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;

namespace Marsad.Text.Words;

/// <summary>
/// Where a person's name ends. A family name in the nisba form with the article (القرضاوي، السيسي،
/// الغنوشي) closes an Arabic name: what follows it without the article and is a common word by the
/// corpus (<see cref="CommonWords"/>) belongs to the sentence, not to the name (القرضاوي فتاوى → القرضاوي).
/// Compound given names (عبد الله صالح، نور الدين بن عاشور) have no -ي word with the article before
/// their last word, and a word inside the span is never cut, only the last.
/// A span that ends in a sound plural of a nisba adjective (دبلوماسيون أوروبيون،
/// فكين نوويين) describes a group: no name of a person agrees in the plural. It keeps nothing. Immutable and thread-safe.
/// </summary>
public sealed class NameEnd(CommonWords common, WordAnalyzer analyzer)
{
    private readonly string _article = analyzer.Affixes.Article;
    // The masculine singular ending a nisba reduces to (data/text/affixes.tsv).
    private readonly string[] _nisbaEndings = [.. analyzer.Affixes.NisbaNormalized.Select(p => p.Base).Distinct()];
    // The sound masculine plurals of a nisba (يون، يين): the base ending with a sound plural suffix.
    private readonly (string Plural, string Base)[] _nisbaPlurals = [.. analyzer.Affixes.NisbaNormalized.Select(p => p.Base).Distinct()
        .SelectMany(b => analyzer.Affixes.SoundMasculinePlural.Select(s => (b + ArabicNormalizer.Normalize(s), b)))];

    /// <summary>Whether the word (proclitics removed) is a sound plural of a nisba adjective: the corpus writes it, or its
    /// singular, both with and without the article (<see cref="CommonWords.TakesBothForms"/>: الأوروبيون، نووي/النووي);
    /// a name keeps one form (نابليون; النابلي).</summary>
    public bool IsPluralNisba(Token t)
    {
        if (t.Kind != TokenKind.Word) return false;
        foreach (var (plural, b) in _nisbaPlurals)
            if (t.StemNorm.Length > plural.Length + 1 && t.StemNorm.EndsWith(plural, StringComparison.Ordinal)
                && (common.TakesBothForms(t.StemNorm) || common.TakesBothForms(t.StemNorm[..^plural.Length] + b))) return true;
        return false;
    }

    /// <summary>How many of the <paramref name="count"/> tokens from <paramref name="first"/> the person's name keeps.</summary>
    public int Of(IReadOnlyList<Token> tokens, int first, int count)
    {
        if (count > 0 && IsPluralNisba(tokens[first + count - 1])) return 0;
        if (count < 2) return count;
        var last = tokens[first + count - 1];
        var before = tokens[first + count - 2];
        bool nisbaFamilyName = before.Kind == TokenKind.Word && before.Proclitics.EndsWith(_article, StringComparison.Ordinal)
            && before.StemNorm.Length > 2 && _nisbaEndings.Any(e => before.StemNorm.EndsWith(e, StringComparison.Ordinal));
        // The word as written first: the tagger's segmentation may read a first letter as a proclitic (فتاوى as ف + تاوى).
        bool commonAfter = last.Kind == TokenKind.Word && !last.Proclitics.Contains(_article, StringComparison.Ordinal)
            && (common.IsCommon(last.Norm) || common.IsCommon(last.StemNorm));
        return nisbaFamilyName && commonAfter ? count - 1 : count;
    }
}
