using Marsad.Linking.Candidates;
using Marsad.Linking.Transliteration;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;

namespace Marsad.Linking.Names;

/// <summary>
/// Keeps ordinary words out of names, by how the corpus uses them (<see cref="CommonWords"/>), never by a
/// hand list: a one-word guess of the tagger that links to nothing is no name when it is a common noun,
/// adjective or verb (برلماني، سمو، جنيه، دمّر). A word that is a known name part (the transliteration table,
/// the first word of a knowledge-base alias) stays. Thread-safe.
/// </summary>
public sealed class CommonWordRule(CommonWords common, KbVariantIndex kbWords, Transliterator names)
{
    /// <summary>Whether a one-word name that links to nothing is a common word.</summary>
    public bool IsCommonWord(string word) => !IsNamePart(word) && common.IsCommon(ArabicNormalizer.Normalize(word));

    private bool IsNamePart(string word) => names.IsKnownNamePart(word) || kbWords.IsAliasFirstWord(NameKeys.Normal(word));
}
