using Marsad.Core.Model;

namespace Marsad.Core.Pipeline;

/// <summary>
/// One pipeline stage: reads what earlier stages put on the document and adds its own
/// annotations. Implementations are immutable after construction and thread-safe, so one
/// instance serves every document of a process.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }

    /// <summary>The layers this stage needs an earlier stage to have written.</summary>
    DocumentLayers Reads { get; }

    /// <summary>The layers this stage reads when an earlier stage wrote them and does without otherwise (the
    /// publication date a dateline gives: training documents have neither). A stage that writes one of them
    /// may run before this stage or not at all, never after it.</summary>
    DocumentLayers ReadsIfPresent => DocumentLayers.None;

    /// <summary>The layers this stage writes (or rewrites).</summary>
    DocumentLayers Writes { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}
