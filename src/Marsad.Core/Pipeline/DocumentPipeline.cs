using Marsad.Core.Model;

namespace Marsad.Core.Pipeline;

/// <summary>
/// An ordered, immutable list of stages applied to each document. The order is checked once, here:
/// a stage that reads a layer no earlier stage writes is refused with the layer and the stage named.
/// </summary>
public sealed class DocumentPipeline
{
    public DocumentPipeline(IReadOnlyList<IDocumentStage> stages)
    {
        CheckOrder(stages);
        Stages = stages;
    }

    public IReadOnlyList<IDocumentStage> Stages { get; }

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(document, cancellationToken);
        }
        return document;
    }

    private static void CheckOrder(IReadOnlyList<IDocumentStage> stages)
    {
        var written = DocumentLayers.None;
        for (int i = 0; i < stages.Count; i++)
        {
            var missing = stages[i].Reads & ~written;
            if (missing != DocumentLayers.None)
            {
                var before = i == 0 ? "no stage runs before it" : "the stages before it (" + string.Join(", ", stages.Take(i).Select(s => s.Name)) + ") write " + Describe(written);
                throw new ArgumentException(
                    $"pipeline order: stage '{stages[i].Name}' reads {Describe(missing)}, which no earlier stage writes; {before}.", nameof(stages));
            }
            written |= stages[i].Writes;
        }
    }

    private static string Describe(DocumentLayers layers) =>
        layers == DocumentLayers.None ? "nothing" : layers.ToString().ToLowerInvariant();
}
