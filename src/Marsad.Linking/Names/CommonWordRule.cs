using Marsad.Knowledge.Matching;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;

namespace Marsad.Linking.Names;

/// <summary>
/// Keeps ordinary words out of names, by how the corpus uses them (<see cref="CommonWords"/>), never by a
/// hand list: a one-word guess of the tagger that links to nothing is no name when it is a common noun,
/// adjective or verb (برلماني، سمو، جنيه، دمّر). A word that is a known name part (<see cref="KnownNameParts"/>)
/// stays. Thread-safe.
/// </summary>
public sealed class CommonWordRule(CommonWords common, KnownNameParts nameParts)
{
    /// <summary>Whether a one-word name that links to nothing is a common word.</summary>
    public bool IsCommonWord(string word) => !nameParts.Contains(word) && common.IsCommon(ArabicNormalizer.Normalize(word));
}
