using Marsad.Core;
using Marsad.Linking.Resolution;
using Marsad.Text;
using Marsad.Text.Names;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Linking;

/// <summary>What linking reads besides the knowledge base: the transliteration table, the capital-or-place
/// cues (data/linking), the corpus's common words, the titles before names, the word analyser (a name's
/// proclitics) and the words that stand for a state already named (المملكة). Loaded once; immutable and thread-safe.</summary>
public sealed record LinkingLexicons(Transliterator Transliterator, PlaceOrActorRule PlaceOrActor, CommonWords CommonWords, TitleLexicon Titles, WordAnalyzer Words,
    StateDescriptionLinker StateDescriptions)
{
    public static LinkingLexicons Load(DataFolder data, LanguageResources language, CommonWords common, Transliterator transliterator) =>
        new(transliterator, PlaceOrActorRule.Load(data, language.Affixes), common, language.NameTitles, language.Words, StateDescriptionLinker.Load(data, language.Affixes));
}
