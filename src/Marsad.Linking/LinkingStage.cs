using Marsad.Core.Model;
using Marsad.Core.Pipeline;

namespace Marsad.Linking;

/// <summary>Pipeline stage "linking" (first version: to be built by its issue).</summary>
public sealed class LinkingStage : IDocumentStage
{
    public string Name => "linking";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
    }
}
