using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Knowledge;
using Marsad.Knowledge.Generic;
using Marsad.Text.Words;
using Marsad.Mentions.Gazetteer;
using Marsad.Mentions.Generic;
using Marsad.Mentions.Merging;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Typing;

namespace Marsad.Mentions;

/// <summary>
/// Pipeline stage "mentions": people, organisations, states, places and nationality adjectives.
/// Reads tokens and sentences; adds <see cref="Document.Mentions"/> in text order, without overlaps.
/// The statistical tagger (<see cref="NerMentionFinder"/>) and the
/// knowledge base (<see cref="KbMentionFinder"/>) both propose mentions; <see cref="MentionMerger"/>
/// combines them; <see cref="PlaceAsOrganisationRule"/> retypes a town that names a club or a newspaper. Then <see cref="GenericActorFinder"/> adds the actors named by their role
/// (مسلحون، قوات الأمن العراقية), which never overlap a name except for the nisba of their affiliation.
/// </summary>
public sealed class MentionStage(NerMentionFinder nerFinder, KbMentionFinder kbFinder, PlaceAsOrganisationRule places, GenericActorFinder genericFinder) : IDocumentStage
{
    /// <summary>The stage over the committed resources: the tagger and its name-span rules, the knowledge base, the words that make a town a club and the generic-actor lexicon.</summary>
    public MentionStage(NerTagger tagger, NameStart nameStart, NameEnd nameEnd, KnowledgeBase kb, PlaceAsOrganisationRule places, GenericLexicon generic)
        : this(new NerMentionFinder(tagger, nameStart, nameEnd), new KbMentionFinder(kb), places, new GenericActorFinder(generic, kb)) { }

    public string Name => "mentions";
    public DocumentLayers Reads => DocumentLayers.Tokens | DocumentLayers.Sentences;
    public DocumentLayers Writes => DocumentLayers.Mentions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Mentions.Clear();
        var tagged = nerFinder.Find(document);
        var mentions = MentionMerger.Merge(tagged, kbFinder.Find(document));
        places.Apply(document, mentions, tagged);
        genericFinder.AddTo(document, mentions);
        document.Mentions.AddRange(mentions);
    }
}
