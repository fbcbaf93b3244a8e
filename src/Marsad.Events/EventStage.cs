using Marsad.Core.Model;
using Marsad.Core.Pipeline;

namespace Marsad.Events;

/// <summary>Pipeline stage "events" (first version: to be built by its issue).</summary>
public sealed class EventStage : IDocumentStage
{
    public string Name => "events";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
    }
}
