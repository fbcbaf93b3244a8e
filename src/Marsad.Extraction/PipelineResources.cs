using Marsad.Core;
using Marsad.Events.Learning;
using Marsad.Events.Lexicons;
using Marsad.Knowledge;
using Marsad.Knowledge.Generic;
using Marsad.Knowledge.Matching;
using Marsad.Linking;
using Marsad.Linking.Candidates;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Typing;
using Marsad.Text;
using Marsad.Text.Names;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Extraction;

/// <summary>
/// Everything the stages read, loaded once from one data folder: the Arabic word tables (data/text:
/// <see cref="LanguageResources"/>), the knowledge base, the NER model, the generic-actor lexicon, the
/// transliteration table and the known name parts, the linking and event lexicons, the event model and the
/// name-span rules built on the corpus word statistics.
/// Immutable and thread-safe: one instance serves every document and every pipeline built from it.
/// </summary>
public sealed class PipelineResources
{
    private PipelineResources(DataFolder data, LanguageResources language)
    {
        Data = data;
        Language = language;
        Words = language.Words;
        WordStatistics = language.WordStatistics;
        CommonWords = new CommonWords(WordStatistics, Words);
        KnowledgeBase = KnowledgeBase.Load(data);
        GenericLexicon = GenericLexicon.Load(data);
        PlaceAsOrganisation = PlaceAsOrganisationRule.Load(data, KnowledgeBase, Words.Affixes);
        NameStart = new NameStart(KnowledgeBase, WordStatistics, Words);
        NamedEvents = NamedEventRule.Load(data, NameStart, Words.Affixes);
        QuotedNames = QuotedNameRule.Load(data, Words.Affixes, GenericLexicon);
        NameEnd = new NameEnd(CommonWords, Words);
        Tagger = NerTagger.Load(data);
        Transliterator = Transliterator.Load(data, language);
        NameParts = new KnownNameParts(KnowledgeBase, Transliterator);
        KbVariants = new KbVariantIndex(KnowledgeBase);
        Linking = LinkingLexicons.Load(data, language, CommonWords, Transliterator);
        EventLexicons = new EventLexicons(data, language);
        EventModel = EventModel.LoadIfPresent(data);
    }

    public DataFolder Data { get; }
    /// <summary>The Arabic word tables every stage reads.</summary>
    public LanguageResources Language { get; }
    public WordAnalyzer Words { get; }
    public WordStatistics WordStatistics { get; }
    public CommonWords CommonWords { get; }
    public KnowledgeBase KnowledgeBase { get; }
    public GenericLexicon GenericLexicon { get; }
    public PlaceAsOrganisationRule PlaceAsOrganisation { get; }
    public NamedEventRule NamedEvents { get; }
    public QuotedNameRule QuotedNames { get; }
    public NameStart NameStart { get; }
    public NameEnd NameEnd { get; }
    public NerTagger Tagger { get; }
    public Transliterator Transliterator { get; }
    public KnownNameParts NameParts { get; }
    /// <summary>The knowledge base's aliases by loose key (linking's spelling variants).</summary>
    public KbVariantIndex KbVariants { get; }
    public LinkingLexicons Linking { get; }
    public EventLexicons EventLexicons { get; }
    /// <summary>The trained event extractor, or null when the data folder has none (the event rules run alone).</summary>
    public EventModel? EventModel { get; }

    /// <summary>Loads every resource from <paramref name="data"/>; a missing or malformed file fails here, naming it.</summary>
    public static PipelineResources Load(DataFolder data) => new(data, LanguageResources.Load(data));

    /// <summary>Every resource of <paramref name="data"/> over word tables already loaded from it.</summary>
    public static PipelineResources Load(DataFolder data, LanguageResources language) => new(data, language);
}
