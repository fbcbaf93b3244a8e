using System.Text.Json.Serialization;
using Marsad.Core.Model;

namespace Marsad.Store;

// Plain result records shared by the CLI and the web API (serialised as they are).
// Dates are ISO partial dates ("2018", "2018-04", "2018-04-25") with their precision.

/// <summary>
/// What ingest did: a new document, a new text under a stored id, nothing, the same text with changed
/// metadata (title, date, URL, outlet), or Conflict: another text is stored under the id and replacing
/// was not asked for, so nothing changed.
/// </summary>
public enum IngestStatus { Stored, Replaced, Unchanged, Conflict, Updated }

/// <summary>Outcome of storing one document. <see cref="DuplicateOf"/>: the stored document it near-duplicates.</summary>
public sealed record IngestResult(string DocumentId, IngestStatus Status, long StoryId, string? DuplicateOf = null);

/// <summary>A worker (host:process) that started extracting a document at a UTC time (ISO 8601), see <see cref="ICorpusStore.WorkerStarts"/>.</summary>
public sealed record WorkerStart(string Worker, string StartedAt);

/// <summary>A page of hits. When <see cref="TotalEstimated"/>, more documents matched than were counted and <see cref="Total"/> is an estimate ("about N").</summary>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchHit> Hits)
{
    public bool TotalEstimated { get; init; }
}

/// <summary>A search hit. Highlights are [Start, End) ranges into <see cref="Snippet"/>.</summary>
public sealed record SearchHit(
    string DocumentId,
    string? Title,
    string? Published,
    string? Outlet,
    double Score,
    string Snippet,
    IReadOnlyList<Highlight> Highlights,
    long StoryId,
    int StorySize);

public sealed record Highlight(int Start, int End);

/// <summary>How many of the documents a search matches fall in each value of a facet.</summary>
public sealed record FacetCount(string Value, string? Label, int Count);

/// <summary>
/// Counts over all the documents a search matches (not only the page shown): by outlet, publication
/// year, mentioned entity, event type and entity type; the largest values first (years in order).
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Outlets,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> Entities,
    IReadOnlyList<FacetCount> EventTypes,
    IReadOnlyList<FacetCount> EntityTypes)
{
    /// <summary>More documents matched than are counted (see <see cref="SearchResults.TotalEstimated"/>): the counts are those of the newest matches, scaled to the estimated total.</summary>
    public bool Estimated { get; init; }
}

public sealed record OutletCount(string Outlet, int Documents);

public sealed record SpanText(int Start, int End, string Text);

/// <summary>A reference to a corpus entity.</summary>
public sealed record EntityRef(long Id, string Name, string? NameEn, string Type, string? Kb)
{
    /// <summary>"named", or "generic" for an actor named by its role (DESIGN.md, "Generic actors").</summary>
    public string Kind { get; init; } = EntityKinds.Named;
    /// <summary>For a generic actor: its CAMEO sector code (MIL, COP, OPP, CVL …), when known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sector { get; init; }
    /// <summary>For a generic actor: the entity (state, organisation) it belongs to, when the text says so.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EntityRef? Affiliation { get; init; }
}

/// <summary>The values of an entity's kind as stored and serialised.</summary>
public static class EntityKinds
{
    public const string Named = "named";
    public const string Generic = "generic";

    public static string Of(EntityKind kind) => kind == EntityKind.Generic ? Generic : Named;
}

public sealed record StorySource(string DocumentId, string? Title, string? Outlet, string? Url, string? Published);

public sealed record DocumentView(
    string Id,
    string? Title,
    string? Published,
    string? Url,
    string? Outlet,
    string? Origin,
    string Text,
    string ContentHash,
    long StoryId,
    IReadOnlyList<StorySource> Story,
    IReadOnlyList<DocumentEntity> Entities,
    IReadOnlyList<DocumentEvent> Events,
    IReadOnlyList<DocumentRelation> Relations);

/// <summary>A document entity (local id as in the extraction contract) with the corpus entity it resolved to.</summary>
public sealed record DocumentEntity(string LocalId, long EntityId, string Name, string? NameEn, string Type, string? Kb, IReadOnlyList<DocumentMention> Mentions)
{
    /// <summary>"named" or "generic" (DESIGN.md, "Generic actors").</summary>
    public string Kind { get; init; } = EntityKinds.Named;
    /// <summary>For a generic actor: its CAMEO sector code, when known.</summary>
    public string? Sector { get; init; }
    /// <summary>For a generic actor: the local id of the document entity it belongs to, or null.</summary>
    public string? Affiliation { get; init; }
}

public sealed record DocumentMention(int Start, int End, string Text, bool Nisba);

public sealed record QuantityView(double Value, string Unit, string? Item, SpanText Span);

public sealed record AttributionView(string? Entity, string? Text, SpanText? Span);

/// <summary>An event as extracted; <see cref="Sources"/>, <see cref="Targets"/>, <see cref="Location"/> and the attribution entity are local entity ids.</summary>
public sealed record DocumentEvent(
    long Id,
    string Type,
    string? Mode,
    string? Cameo,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Targets,
    string? Date,
    string? DatePrecision,
    string? Location,
    string Modality,
    AttributionView? Attribution,
    IReadOnlyList<QuantityView> Quantities,
    SpanText Trigger,
    SpanText Evidence,
    double Confidence)
{
    /// <summary>Flagged as wrong by an analyst (a correction not undone): shown on its document, left out of every other view and export.</summary>
    public bool Flagged { get; init; }
}

public sealed record DocumentRelation(string Type, string Subject, string Object, string Label, string? LabelEn, SpanText Evidence);

/// <summary>
/// A corpus entity. A generic one (<see cref="Kind"/> "generic") is the group of the generic actors of
/// one type, sector and affiliation across documents, never merged with a named entity.
/// </summary>
public sealed record EntitySummary(long Id, string Name, string? NameEn, string Type, string? Kb, int Documents, int Mentions)
{
    public string Kind { get; init; } = EntityKinds.Named;
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sector { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EntityRef? Affiliation { get; init; }

    public EntityRef Ref => new(Id, Name, NameEn, Type, Kb) { Kind = Kind, Sector = Sector, Affiliation = Affiliation };
}

public sealed record AliasCount(string Alias, int Count);

/// <summary>
/// One of the analyst's decisions (<see cref="CorrectionActions"/>). <see cref="Target"/> names what it applies to in
/// terms that survive re-ingest: for an event, its document id, type, trigger and sentence; for an entity, its
/// knowledge-base id ("kb:Q…") or its resolver key ("key:…"). <see cref="Value"/> is the new type or English name, or
/// the key of the entity merged into. Undoing keeps the record (who and when), so the audit list is complete.
/// </summary>
public sealed record Correction(long Id, string Action, string Target, string? Label, string? Reason, string Author, string CreatedAt, string? UndoneAt, string? UndoneBy)
{
    public string? Value { get; init; }
}

/// <summary>What a correction does.</summary>
public static class CorrectionActions
{
    /// <summary>An event is wrong: it leaves every view and export but its document's page.</summary>
    public const string FlagEvent = "flag_event";
    /// <summary>Two entities are one actor: the target is shown, with the other's names, documents and events.</summary>
    public const string MergeEntities = "merge_entities";
    /// <summary>An entity's type (PER, ORG, GPE, LOC, MISC) is wrong.</summary>
    public const string SetType = "set_type";
    /// <summary>An entity's English name is wrong or missing.</summary>
    public const string SetNameEn = "set_name_en";
}

/// <summary>A page of documents (newest first) out of <see cref="Total"/>.</summary>
public sealed record DocumentPage(int Total, IReadOnlyList<StorySource> Documents);

/// <summary>A ROLE/FAMILY/MEMBER_OF/LEADS/LOCATED_IN relation of the entity, with how often it was seen.</summary>
public sealed record RelationFact(string Type, string Label, string? LabelEn, EntityRef Other, string Direction, int Count, string? First, string? Last);

/// <summary>A partner for one relation or event type; Direction: "out" (entity is the source), "in", or "both".</summary>
public sealed record Partner(string Kind, string Type, EntityRef Entity, string Direction, int Count, string? First, string? Last);

public sealed record PeriodCount(string Period, int Events);

public sealed record EntityProfile(
    EntitySummary Entity,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<RelationFact> Relations,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<PeriodCount> EventsOverTime,
    IReadOnlyList<StorySource> Documents)
{
    /// <summary>The analyst's corrections in force on this entity: merges into or of it, a fixed type or English name.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];
    /// <summary>Actors named in the same sentence as this one without an event or relation connecting them (weaker evidence), most sentences first.</summary>
    public IReadOnlyList<CoMentionPartner> CoMentioned { get; init; } = [];
}

/// <summary>An actor co-mentioned with another: in how many sentences and documents, first and last publication dates.</summary>
public sealed record CoMentionPartner(EntityRef Entity, int Sentences, int Documents, string? First, string? Last);

/// <summary>One piece of evidence for an edge: the sentence, the document and who claims it.</summary>
public sealed record Evidence(string DocumentId, string? Title, string? Outlet, string? Date, string Sentence, string? Attribution, string? Modality);

public sealed record GraphNode(long Id, string Name, string? NameEn, string Type, string? Kb, int Weight)
{
    public string Kind { get; init; } = EntityKinds.Named;
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sector { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EntityRef? Affiliation { get; init; }
}

/// <summary>
/// An aggregated edge: all events of one type from Source to Target (Kind "event"), or one stable
/// relation type (Kind "relation"). Polarity: +1 cooperative, −1 conflictual, 0 neutral.
/// </summary>
public sealed record GraphEdge(long Id, long Source, long Target, string Kind, string Type, int Count, string? First, string? Last, int Polarity, IReadOnlyList<Evidence> Evidence);

public sealed record EntityGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);

/// <summary>An event on a timeline; <see cref="Date"/> is the event's own date when the text gives one, <see cref="Published"/> its document's.</summary>
public sealed record TimelineEvent(
    long Id,
    string? Date,
    string? DatePrecision,
    string? Published,
    string Type,
    string? Mode,
    string? Cameo,
    IReadOnlyList<EntityRef> Sources,
    IReadOnlyList<EntityRef> Targets,
    EntityRef? Location,
    string Modality,
    string? Attribution,
    IReadOnlyList<QuantityView> Quantities,
    string DocumentId,
    string? Title,
    string? Outlet,
    string Trigger,
    string Evidence)
{
    /// <summary>The document's URL, when known.</summary>
    public string? Url { get; init; }
    /// <summary>The story (the original and its syndicated copies) the event's document belongs to.</summary>
    public long StoryId { get; init; }
    /// <summary>How many stored documents tell this event's story (syndicated copies included), and from how many outlets.</summary>
    public int StoryArticles { get; init; } = 1;
    public int StoryOutlets { get; init; } = 1;
}

public sealed record CorpusStats(
    long Documents,
    long Stories,
    long NearDuplicates,
    long Entities,
    long Mentions,
    long Events,
    long Relations,
    long Edges,
    string Backend,
    long? SizeBytes);
