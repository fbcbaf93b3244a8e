using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Mentions.Gazetteer;
using Marsad.Mentions.Generic;
using Marsad.Mentions.Merging;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions;

/// <summary>
/// Pipeline stage "mentions": people, organisations, states, places and nationality adjectives.
/// Reads tokens and sentences; adds <see cref="Document.Mentions"/> in text order, without overlaps.
/// The statistical tagger (<see cref="NerMentionFinder"/>, model loaded once per process) and the
/// knowledge base (<see cref="KbMentionFinder"/>) both propose mentions; <see cref="MentionMerger"/>
/// combines them. Then <see cref="GenericActorFinder"/> adds the actors named by their role
/// (مسلحون، قوات الأمن العراقية), which never overlap a name except for the nisba of their affiliation.
/// </summary>
public sealed class MentionStage(NerMentionFinder nerFinder, KbMentionFinder kbFinder, GenericActorFinder genericFinder) : IDocumentStage
{
    public MentionStage() : this(new NerMentionFinder(), new KbMentionFinder(), new GenericActorFinder()) { }

    public MentionStage(KbMentionFinder kbFinder) : this(new NerMentionFinder(), kbFinder, new GenericActorFinder()) { }

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
