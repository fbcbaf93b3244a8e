using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Mentions.Gazetteer;

namespace Marsad.Mentions;

/// <summary>
/// Pipeline stage "mentions": people, organisations, states, places and nationality adjectives.
/// Reads tokens; adds <see cref="Document.Mentions"/> in text order. Knowledge-base names come from
/// <see cref="KbMentionFinder"/>.
/// </summary>
public sealed class MentionStage(KbMentionFinder kbFinder) : IDocumentStage
{
    public MentionStage() : this(new KbMentionFinder()) { }

    public string Name => "mentions";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Mentions.Clear();
        document.Mentions.AddRange(kbFinder.Find(document));
        document.Mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }
}
