using Marsad.Core;
using Marsad.Linking.Resolution;
using Marsad.Text.Names;
using Marsad.Text.Statistics;

namespace Marsad.Linking;

/// <summary>What linking reads besides the knowledge base: the transliteration table, the capital-or-place
/// cues (data/linking) and the corpus's common words. Loaded once; immutable and thread-safe.</summary>
public sealed record LinkingLexicons(Transliterator Transliterator, PlaceOrActorRule PlaceOrActor, CommonWords CommonWords)
{
    public static LinkingLexicons Load(DataFolder data, CommonWords common, Transliterator transliterator) =>
        new(transliterator, PlaceOrActorRule.Load(data), common);
}
