using Marsad.Store;

namespace Marsad.Web.Api;

// Answers of the API that wrap the store's result records (which are serialised as they are).

public sealed record EntityList(IReadOnlyList<EntitySummary> Entities);

/// <summary>The network; <see cref="Focus"/> is the entity asked for, if any.</summary>
public sealed record GraphAnswer(EntityRef? Focus, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public sealed record TimelineAnswer(EntityRef Entity, EntityRef? Entity2, IReadOnlyList<TimelineEvent> Events);

public sealed record IngestedDocument(string Id, string Status, long StoryId, string? DuplicateOf, int Entities, int Events, int Relations);

public sealed record IngestError(string Origin, string Error);

public sealed record IngestAnswer(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<IngestError> Errors);
