using Marsad.Core.Model;

namespace Marsad.Store;

/// <summary>
/// What the map shows: events of <see cref="Type"/> dated within [From, To] by where they happened (their
/// location linked to a corpus entity), and documents published within [From, To] by the places they mention.
/// <see cref="Places"/> narrows both to those place entities (a point or a country clicked on the map).
/// </summary>
public sealed record PlaceQuery(PartialDate? From = null, PartialDate? To = null, string? Type = null, IReadOnlyList<long>? Places = null, int Limit = 200);

/// <summary>A place entity (GPE or LOC; merged entities counted as the one they were merged into) with its events and the documents that mention it.</summary>
public sealed record PlaceCount(EntityRef Place, int Events, int Documents);

/// <summary>An event at a place, as the map lists it: what, when, where and the document that tells it.</summary>
public sealed record PlaceEvent(long Id, string Type, string? Date, long Place, string DocumentId, string? Title, string? Outlet, string Trigger);
