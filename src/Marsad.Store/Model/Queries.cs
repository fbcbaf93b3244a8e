using Marsad.Core.Model;

namespace Marsad.Store;

/// <summary>
/// Full-text search. <see cref="Text"/> is matched ignoring spelling variants, diacritics, clitics and
/// nisba/plural endings (with <see cref="Exact"/>: ignoring only spelling variants, diacritics and
/// proclitics, so المشير does not find مشيرا); words in double quotes must appear as a phrase; a query
/// in Latin letters that names entities by their English name also finds the documents that mention them.
/// Filters: documents that mention <see cref="Entity"/> (any spelling), that hold an event or entity
/// of <see cref="Type"/> (a PLOVER event type or an entity type), published within [From, To], from
/// an outlet whose name contains <see cref="Outlet"/> (ignoring case).
/// </summary>
public sealed record SearchQuery(
    string Text,
    string? Entity = null,
    string? Type = null,
    PartialDate? From = null,
    PartialDate? To = null,
    string? Outlet = null,
    int Limit = 20,
    int Offset = 0,
    bool Exact = false);

/// <summary>
/// Entities of a type and kind ("named", or "generic": actors named by their role), whose name or alias contains
/// a text, seen in at least <see cref="MinDocuments"/> documents; sorted by <see cref="Sort"/>.
/// </summary>
public sealed record EntityListQuery(string? Type = null, string? NameContains = null, int Limit = 100, int Offset = 0,
    int MinDocuments = 1, EntitySort Sort = EntitySort.Mentions, string? Kind = null);

public enum EntitySort { Mentions, Documents, Name }

/// <summary>The actor network. With <see cref="Entity"/>, only edges touching it; dates bound the evidence counted.</summary>
public sealed record GraphQuery(
    long? Entity = null,
    PartialDate? From = null,
    PartialDate? To = null,
    string? Type = null,
    int MinCount = 1,
    int MaxEdges = 2000,
    int EvidencePerEdge = 3);

/// <summary>
/// Events involving every listed entity (one: its timeline; two: the events between them), by date;
/// <c>Outlet</c> matches part of the outlet name, case-insensitive; <c>Ids</c>: only these events;
/// <c>With</c>: per listed entity, other entities whose events count as its (those camps count as it: a commander
/// with the force he leads, a head of state with his state, a capital with its government).
/// </summary>
public sealed record TimelineQuery(
    IReadOnlyList<long> Entities,
    PartialDate? From = null,
    PartialDate? To = null,
    string? Type = null,
    int Limit = 500,
    string? Outlet = null,
    IReadOnlyList<long>? Ids = null,
    IReadOnlyList<IReadOnlyList<long>>? With = null);
