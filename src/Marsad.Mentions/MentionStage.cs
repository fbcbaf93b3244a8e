using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Knowledge;
using Marsad.Knowledge.Generic;
using Marsad.Knowledge.Matching;
using Marsad.Text.Words;
using Marsad.Text;
using Marsad.Text.Statistics;
using Marsad.Mentions.Gazetteer;
using Marsad.Mentions.Generic;
using Marsad.Mentions.Merging;
using Marsad.Mentions.Repair;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Typing;

namespace Marsad.Mentions;

/// <summary>
/// Pipeline stage "mentions": people, organisations, states, places and nationality adjectives.
/// Reads tokens and sentences; adds <see cref="Document.Mentions"/> in text order, without overlaps.
/// The statistical tagger (<see cref="NerMentionFinder"/>) and the
/// knowledge base (<see cref="KbMentionFinder"/>) both propose mentions; <see cref="MentionMerger"/>
/// combines them; <see cref="PlaceAsOrganisationRule"/> retypes a town that names a club or a newspaper and
/// <see cref="NamedEventRule"/> makes an event of a name after an event head (مهرجان أبها); <see cref="QuotedNameRule"/>
/// makes a quoted name after a head noun one name of the head's type (شبكة "راصدين"); <see cref="CommonReadingRule"/> drops a
/// name that the grammar reads as the ordinary word of the same letters (أبريل (نيسان)، دعم عسكري ومالي). Then <see cref="GenericActorFinder"/> adds the actors named by their role
/// (مسلحون، قوات الأمن العراقية), which never overlap a name except for the nisba of their affiliation.
/// Last, <see cref="MentionRepair"/> drops duplicate names, gives a name the letters a segmenter cut
/// off, splits a span over a coordination into its two names and shrinks a person's span that runs on after a
/// known surname (حفتر الانقلابي → حفتر).
/// </summary>
public sealed class MentionStage(NerMentionFinder nerFinder, KbMentionFinder kbFinder, PlaceAsOrganisationRule places, NamedEventRule events, QuotedNameRule quoted, CommonReadingRule readings, GenericActorFinder genericFinder, MentionRepair repair) : IDocumentStage
{
    /// <summary>The stage over the committed resources: the tagger and its name-span rules, the knowledge base, the words that make a town a club, a name an event
    /// and a quoted name a name, the generic-actor lexicon, the known name parts and the word tables (function words, number words, titles, the analyser).</summary>
    public MentionStage(NerTagger tagger, NameStart nameStart, NameEnd nameEnd, KnowledgeBase kb, PlaceAsOrganisationRule places, NamedEventRule events, QuotedNameRule quoted, GenericLexicon generic, KnownNameParts nameParts, LanguageResources language)
        : this(new NerMentionFinder(tagger, nameStart, nameEnd), new KbMentionFinder(kb, nameStart), places, events, quoted,
            new CommonReadingRule(language.Time, new CommonWords(language.WordStatistics, language.Words), language.Affixes),
            new GenericActorFinder(generic, kb, language.FunctionWords, language.Numbers.Words, language.Affixes),
            new MentionRepair(kb, nameParts, language.NameTitles, language.Words)) { }

    public string Name => "mentions";
    public DocumentLayers Reads => DocumentLayers.Tokens | DocumentLayers.Sentences;
    public DocumentLayers Writes => DocumentLayers.Mentions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Mentions.Clear();
        var tagged = nerFinder.Find(document);
        var mentions = MentionMerger.Merge(tagged, kbFinder.Find(document));
        places.Apply(document, mentions, tagged);
        events.Apply(document, mentions);
        quoted.Apply(document, mentions);
        readings.Apply(document, mentions);
        genericFinder.AddTo(document, mentions);
        document.Mentions.AddRange(repair.Apply(document, mentions));
    }
}
