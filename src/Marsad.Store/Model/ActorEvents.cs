using Marsad.Core.Model;

namespace Marsad.Store;

/// <summary>Every event with at least one linked actor whose date (the event's own, else its document's) falls within [From, To].</summary>
public sealed record ActorEventQuery(PartialDate? From = null, PartialDate? To = null);

/// <summary>
/// An event reduced to what network analysis needs: type, modality (lower case, as stored), confidence,
/// its effective date (ISO day: the event's own date, else the document's publication), where it was
/// reported, and its actors (corpus entity ids). Text and evidence stay in the store (see <see cref="ICorpusStore.Timeline"/>).
/// </summary>
public sealed record ActorEvent(
    long Id, string Type, string Modality, double Confidence, string? Date, string DocumentId, string? Outlet,
    IReadOnlyList<long> Sources, IReadOnlyList<long> Targets)
{
    /// <summary>Who the text says claims the event (its attribution phrase, else the linked entity's name), or null.</summary>
    public string? Attribution { get; init; }
    /// <summary>The corpus entity the attribution was linked to (merged ones as their group), or null.</summary>
    public long? AttributionEntity { get; init; }
    /// <summary>The event's own date as the text gives it (partial: "2019-04"), and its precision; null when the text gives none.</summary>
    public string? OwnDate { get; init; }
    public string? DatePrecision { get; init; }
    /// <summary>Its document's publication date, as stored.</summary>
    public string? Published { get; init; }
    /// <summary>The story its document belongs to.</summary>
    public long StoryId { get; init; }
    /// <summary>Where it took place (a corpus entity), when known.</summary>
    public long? Location { get; init; }
    public IReadOnlyList<QuantityView> Quantities { get; init; } = [];
    /// <summary>Where its evidence sentence starts in its document (the events of one sentence share it); -1 when unknown.</summary>
    public int Sentence { get; init; } = -1;
}

/// <summary>The events of a query (in id order) with every actor and place they name.</summary>
public sealed record ActorEventSet(IReadOnlyList<ActorEvent> Events, IReadOnlyDictionary<long, EntityRef> Actors)
{
    /// <summary>
    /// Sets of one lineage (not 0) are one read of every event extended by the documents added since: a later one holds
    /// the events of an earlier one first, in the same order, and then those of the documents stored after its
    /// <see cref="LastDocument"/> (see <see cref="ICorpusStore.ActorEvents"/>). 0: no such promise (a filtered set).
    /// </summary>
    public long Lineage { get; init; }
    /// <summary>The row id of the last document read; the documents after it are not in the set.</summary>
    public long LastDocument { get; init; }
}

/// <summary>The documents stored after row id <paramref name="After"/> up to row id <paramref name="UpTo"/> (see <see cref="ActorEventSet.LastDocument"/>).</summary>
public sealed record DocumentRange(long After, long UpTo);

/// <summary>A stored relation between two entities (merged ones as their group), with how many documents give it.</summary>
public sealed record RelationCount(EntityRef Subject, EntityRef Object, string Type, string? LabelEn, int Documents);

/// <summary>
/// Sentences of one publication date that name two actors (corpus ids, A &lt; B, merged entities as their group) without an
/// event or relation connecting them: co-mentions, weaker evidence than events (see Ingestion/SentenceCoMentions).
/// </summary>
public sealed record CoMention(long A, long B, string? Date, int Sentences);

/// <summary>Every stored co-mention with the actors it names.</summary>
public sealed record CoMentionSet(IReadOnlyList<CoMention> Pairs, IReadOnlyDictionary<long, EntityRef> Actors);

/// <summary>The co-mention sentences of two entities, published within [From, To], newest first, at most Limit.</summary>
public sealed record CoMentionQuery(long A, long B, PartialDate? From = null, PartialDate? To = null, int Limit = 20);

/// <summary>One sentence naming both actors of a co-mention, with its document.</summary>
public sealed record CoMentionSentence(string DocumentId, string? Title, string? Outlet, string? Published, int Start, int End, string Sentence);

/// <summary>The co-mention sentences asked for and how many there are in all.</summary>
public sealed record CoMentionSentences(EntityRef A, EntityRef B, int Total, IReadOnlyList<CoMentionSentence> Sentences);
