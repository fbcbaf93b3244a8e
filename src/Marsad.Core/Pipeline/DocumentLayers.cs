namespace Marsad.Core.Pipeline;

/// <summary>
/// The annotation layers a stage reads from a document and writes to it. The text and the reader's
/// metadata are always there; everything else is written by a stage, and a pipeline whose stage reads
/// a layer that no earlier stage writes is refused when it is built (<see cref="DocumentPipeline"/>).
/// </summary>
[Flags]
public enum DocumentLayers
{
    None = 0,
    Tokens = 1 << 0,
    Sentences = 1 << 1,
    /// <summary>The publication date when the metadata had none (from a dateline). Later stages use a publication
    /// date when there is one (<see cref="IDocumentStage.ReadsIfPresent"/>): training data has none.</summary>
    Dateline = 1 << 2,
    Mentions = 1 << 3,
    /// <summary>Entities and each mention's link to one.</summary>
    Entities = 1 << 4,
    Events = 1 << 5,
    Relations = 1 << 6,
}
