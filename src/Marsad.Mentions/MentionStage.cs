using Marsad.Core.Model;
using Marsad.Core.Pipeline;

namespace Marsad.Mentions;

/// <summary>Pipeline stage "mentions" (first version: to be built by its issue).</summary>
public sealed class MentionStage : IDocumentStage
{
    public string Name => "mentions";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
    }
}
