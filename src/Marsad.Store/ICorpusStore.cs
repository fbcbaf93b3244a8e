using Marsad.Core.Model;

namespace Marsad.Store;

/// <summary>
/// The corpus: processed documents with their mentions, entities merged across documents,
/// events and relations aggregated into edges with evidence, Arabic full-text search and
/// near-duplicate stories. Two implementations share this contract and its semantics:
/// SQLite (embedded default) and PostgreSQL (chosen by connection string, see <see cref="CorpusStore.Open"/>).
/// Implementations are thread-safe: every call takes a pooled connection of its own.
/// </summary>
public interface ICorpusStore : IDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Backend { get; }

    /// <summary>True when a document with this id, exactly this text and the same metadata (title, publication date, URL, outlet) is stored: ingest would change nothing.</summary>
    bool IsStored(Document document);

    /// <summary>
    /// Stores one processed document (after the extraction pipeline) in one transaction.
    /// Same id and text as a stored document: nothing changes. Same id, another text: the stored
    /// version is replaced only when <paramref name="replace"/> is true, else nothing changes and the
    /// status is <see cref="IngestStatus.Conflict"/> (replacing is always asked for explicitly).
    /// </summary>
    IngestResult Ingest(Document document, bool replace = false);

    /// <summary>
    /// Stores processed documents in order in one transaction, with the same rows and results as
    /// <see cref="Ingest"/> on each in turn; all or none: on an error nothing of the batch is stored and the
    /// error is thrown (<see cref="Ingestion.IngestBatches.Store"/> then stores them one by one to find the bad one).
    /// </summary>
    IReadOnlyList<IngestResult> IngestBatch(IReadOnlyList<Document> documents, bool replace = false);

    /// <summary>
    /// The starts recorded for this document (id and text) by workers that never finished it, oldest first: a worker
    /// records one, committed, before it extracts a document the broker handed out again (<see cref="RecordWorkerStart"/>),
    /// so that a document that kills its worker every time is counted across the crashes.
    /// </summary>
    IReadOnlyList<WorkerStart> WorkerStarts(Document document);

    /// <summary>Records that <paramref name="worker"/> (host:process) starts extracting this document; committed at once.</summary>
    void RecordWorkerStart(Document document, string worker);

    /// <summary>Forgets this document's starts (it was stored, or given up).</summary>
    void ForgetWorkerStarts(Document document);

    SearchResults Search(SearchQuery query);

    /// <summary>Facet counts over every document the query matches (its Limit and Offset are ignored); <paramref name="top"/> values per facet.</summary>
    SearchFacets Facets(SearchQuery query, int top = 20);

    /// <summary>Outlets whose name contains <paramref name="contains"/> (ignoring case), with their document counts, largest first.</summary>
    IReadOnlyList<OutletCount> Outlets(string? contains = null, int limit = 100);

    /// <summary>A document with its annotations resolved to corpus entities, or null.</summary>
    DocumentView? GetDocument(string documentId);

    /// <summary>Every stored document in ingest order (for exports); streams.</summary>
    IEnumerable<DocumentView> Documents();

    IReadOnlyList<EntitySummary> Entities(EntityListQuery query);

    /// <summary>How many entities the query lists without its Limit and Offset.</summary>
    int CountEntities(EntityListQuery query);

    /// <summary>The documents that mention an entity, newest first, a page at a time.</summary>
    DocumentPage EntityDocuments(long entityId, int limit = 20, int offset = 0);

    /// <summary>
    /// Finds an entity by corpus id, knowledge-base id, alias (any spelling; normalised),
    /// English name, or a part of a name, in that order. Null when nothing matches.
    /// </summary>
    EntitySummary? FindEntity(string nameOrId);

    /// <summary>The entity with this knowledge-base id and documents (or the entity it was merged into), or null: no name is searched.</summary>
    EntityRef? EntityOfKb(string kb);

    EntityProfile? Profile(long entityId);

    EntityGraph Graph(GraphQuery query);

    IReadOnlyList<TimelineEvent> Timeline(TimelineQuery query);

    /// <summary>Every event matching the query's filters (its limit is the page size), in id order; streams.</summary>
    IEnumerable<TimelineEvent> ExportEvents(TimelineQuery query, int pageSize = 1000);

    CorpusStats Stats();

    /// <summary>Place entities with their events (by location) and the documents that mention them, for the map; most events first.</summary>
    IReadOnlyList<PlaceCount> PlaceCounts(PlaceQuery query);

    /// <summary>The events at the query's places (or at any place), newest first, at most its Limit.</summary>
    IReadOnlyList<PlaceEvent> PlaceEvents(PlaceQuery query);

    /// <summary>
    /// A change counter: every write (ingest, correction) raises it, in this process or another, so two reads of the
    /// same value saw the same rows. What is computed from the rows can be kept until it changes.
    /// </summary>
    long Version { get; }

    /// <summary>
    /// The stored relations of these types (ROLE, LEADS …) between entities, each pair and label once with its documents;
    /// only those of the documents in <paramref name="documents"/> when given.
    /// </summary>
    IReadOnlyList<RelationCount> RelationCounts(IReadOnlyCollection<string> types, DocumentRange? documents = null);

    /// <summary>
    /// Events with their linked actors, for network analysis (<see cref="Analysis.Camps.CampFinder"/>). Every event when the
    /// query has no dates: then a set of the same <see cref="ActorEventSet.Lineage"/> as one returned before extends it.
    /// </summary>
    ActorEventSet ActorEvents(ActorEventQuery query);

    /// <summary>
    /// Every co-mention (two actors in a sentence without an event or relation connecting them) per pair and publication
    /// date, for the analysis views; only those of the documents in <paramref name="documents"/> when given.
    /// </summary>
    CoMentionSet CoMentions(DocumentRange? documents = null);

    /// <summary>The sentences in which two entities are co-mentioned; null when either entity does not exist.</summary>
    CoMentionSentences? CoMentionSentences(CoMentionQuery query);

    /// <summary>
    /// Marks an event as wrong: it leaves timelines, profiles and the graph, now and after the document is
    /// ingested or extracted again (while the same sentence yields the same event). Null when there is no such event.
    /// </summary>
    Correction? FlagEvent(long eventId, string author, string? reason = null);

    /// <summary>Undoes the flag on an event (the correction, kept in the audit list); null when the event is not flagged.</summary>
    Correction? UnflagEvent(long eventId, string author);

    /// <summary>
    /// Merges an entity into another (two names of one actor): every view and export shows the target with the
    /// other's names, documents, events and ties, also after re-ingest. Null when either entity does not exist;
    /// ArgumentException when they are already one or one is a generic actor and the other named.
    /// </summary>
    Correction? MergeEntities(long entityId, long intoId, string author, string? reason = null);

    /// <summary>Splits a merged entity again: undoes the merges of the entity and of the group it is shown in (the undone corrections).</summary>
    IReadOnlyList<Correction> SplitEntity(long entityId, string author);

    /// <summary>Sets an entity's type (PER, ORG, GPE, LOC, MISC) in every view and export; null when there is no such entity.</summary>
    Correction? SetEntityType(long entityId, string type, string author, string? reason = null);

    /// <summary>Sets an entity's English name in every view and export; null when there is no such entity.</summary>
    Correction? SetEntityNameEn(long entityId, string nameEn, string author, string? reason = null);

    /// <summary>Undoes a correction (kept in the audit list with who undid it and when); null when there is no such correction.</summary>
    Correction? Undo(long correctionId, string author);

    /// <summary>Every correction, newest first, undone ones included.</summary>
    IReadOnlyList<Correction> Corrections(int limit = 1000);
}
