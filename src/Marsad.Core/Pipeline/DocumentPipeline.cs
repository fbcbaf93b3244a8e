using Marsad.Core.Model;

namespace Marsad.Core.Pipeline;

/// <summary>An ordered, immutable list of stages applied to each document.</summary>
public sealed class DocumentPipeline(IReadOnlyList<IDocumentStage> stages)
{
    public IReadOnlyList<IDocumentStage> Stages { get; } = stages;

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
        return document;
    }
}
