using Marsad.Store;

namespace Marsad.Web.Api;

// Answers of the API that wrap the store's result records (which are serialised as they are).

/// <summary>A page of entities out of <see cref="Total"/>.</summary>
public sealed record EntityList(IReadOnlyList<EntitySummary> Entities, int Total);

/// <summary>A page of the documents that mention <see cref="Entity"/>, newest first.</summary>
public sealed record EntityDocuments(EntityRef Entity, int Total, int Offset, int Limit, IReadOnlyList<StorySource> Documents);

/// <summary>
/// One page of search hits (<see cref="Offset"/>, <see cref="Limit"/> of <see cref="Total"/>, an estimate when
/// <see cref="TotalEstimated"/>) and, unless declined, the facet counts of all of them.
/// </summary>
public sealed record SearchAnswer(string Query, bool Exact, int Total, bool TotalEstimated, int Offset, int Limit, IReadOnlyList<SearchHit> Hits, SearchFacets? Facets);

public sealed record CorrectionList(IReadOnlyList<Correction> Corrections);

/// <summary>
/// A correction asked for, with who asks and why: "flag_event" with <see cref="EventId"/>; "merge_entities" with
/// <see cref="EntityId"/> and <see cref="IntoId"/>; "set_type" and "set_name_en" with <see cref="EntityId"/> and <see cref="Value"/>.
/// </summary>
public sealed record CorrectionRequest(string? Action, long? EventId, string? Author, string? Reason, long? EntityId = null, long? IntoId = null, string? Value = null);

public sealed record UndoRequest(string? Author);

public sealed record OutletList(IReadOnlyList<OutletCount> Outlets);

/// <summary>The network; <see cref="Focus"/> is the entity asked for, if any.</summary>
public sealed record GraphAnswer(EntityRef? Focus, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

public sealed record TimelineAnswer(EntityRef Entity, EntityRef? Entity2, IReadOnlyList<TimelineEvent> Events);

public sealed record IngestedDocument(string Id, string Status, long StoryId, string? DuplicateOf, int Entities, int Events, int Relations);

public sealed record IngestError(string Origin, string Error);

public sealed record IngestAnswer(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<IngestError> Errors);

/// <summary>An article taken by the broker ("queued": workers will store it) or already stored ("unchanged"); readable at <see cref="Url"/> once stored.</summary>
public sealed record QueuedDocument(string Id, string Status, string Url);

public sealed record QueuedAnswer(IReadOnlyList<QueuedDocument> Documents, IReadOnlyList<IngestError> Errors, string Queue);
