using Marsad.Core.Model;
using Marsad.Text.Statistics;

namespace Marsad.Text.Words;

/// <summary>
/// Where a person's name ends. A family name in the nisba form with the article (القرضاوي، السيسي،
/// الغنوشي) closes an Arabic name: what follows it without the article and is a common word by the
/// corpus (<see cref="CommonWords"/>) belongs to the sentence, not to the name (القرضاوي فتاوى → القرضاوي).
/// Compound given names (عبد الله صالح، نور الدين بن عاشور) have no -ي word with the article before
/// their last word, and a word inside the span is never cut, only the last. Immutable and thread-safe.
/// </summary>
public sealed class NameEnd(CommonWords common, WordAnalyzer analyzer)
{
    private readonly string _article = analyzer.Affixes.Article;
    // The masculine singular ending a nisba reduces to (data/text/affixes.tsv).
    private readonly string[] _nisbaEndings = [.. analyzer.Affixes.NisbaNormalized.Select(p => p.Base).Distinct()];

    /// <summary>How many of the <paramref name="count"/> tokens from <paramref name="first"/> the person's name keeps.</summary>
    public int Of(IReadOnlyList<Token> tokens, int first, int count)
    {
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
