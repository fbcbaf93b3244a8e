using Marsad.Core.Model;

namespace Marsad.Core.Pipeline;

/// <summary>
/// An ordered, immutable list of stages applied to each document. The order is checked once, here:
/// a stage that reads a layer no earlier stage writes is refused with the layer and the stage named, and
/// so is a stage that writes a layer an earlier stage reads when present (<see cref="IDocumentStage.ReadsIfPresent"/>).
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
            for (int j = i + 1; j < stages.Count; j++)
                if ((stages[j].Writes & stages[i].ReadsIfPresent) is var late and not DocumentLayers.None)
                    throw new ArgumentException(
                        $"pipeline order: stage '{stages[i].Name}' reads {Describe(late)} when present, but stage '{stages[j].Name}', which writes it, runs after it.", nameof(stages));
        }
    }

    private static string Describe(DocumentLayers layers) =>
        layers == DocumentLayers.None ? "nothing" : layers.ToString().ToLowerInvariant();
}
