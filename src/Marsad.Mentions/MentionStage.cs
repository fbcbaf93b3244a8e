using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Knowledge;
using Marsad.Knowledge.Generic;
using Marsad.Text.Words;
using Marsad.Mentions.Gazetteer;
using Marsad.Mentions.Generic;
using Marsad.Mentions.Merging;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions;

/// <summary>
/// Pipeline stage "mentions": people, organisations, states, places and nationality adjectives.
/// Reads tokens and sentences; adds <see cref="Document.Mentions"/> in text order, without overlaps.
/// The statistical tagger (<see cref="NerMentionFinder"/>) and the
/// knowledge base (<see cref="KbMentionFinder"/>) both propose mentions; <see cref="MentionMerger"/>
/// combines them. Then <see cref="GenericActorFinder"/> adds the actors named by their role
/// (مسلحون، قوات الأمن العراقية), which never overlap a name except for the nisba of their affiliation.
/// </summary>
public sealed class MentionStage(NerMentionFinder nerFinder, KbMentionFinder kbFinder, GenericActorFinder genericFinder) : IDocumentStage
{
    /// <summary>The stage over the committed resources: the tagger and its name-span rules, the knowledge base and the generic-actor lexicon.</summary>
    public MentionStage(NerTagger tagger, NameStart nameStart, NameEnd nameEnd, KnowledgeBase kb, GenericLexicon generic)
        : this(new NerMentionFinder(tagger, nameStart, nameEnd), new KbMentionFinder(kb), new GenericActorFinder(generic, kb)) { }

    public string Name => "mentions";
    public DocumentLayers Reads => DocumentLayers.Tokens | DocumentLayers.Sentences;
    public DocumentLayers Writes => DocumentLayers.Mentions;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Mentions.Clear();
        var mentions = MentionMerger.Merge(nerFinder.Find(document), kbFinder.Find(document));
        genericFinder.AddTo(document, mentions);
        document.Mentions.AddRange(mentions);
    }
}
