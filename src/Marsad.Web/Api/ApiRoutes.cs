using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>The JSON API under /api, described at /openapi/v1.json.</summary>
public static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/search", (ICorpusStore store, string? q, string? entity, string? type, string? from, string? to, string? outlet, int? limit, int? offset, bool? exact, bool? facets) =>
        {
            var query = new SearchQuery(ApiParams.Text(q, "q") ?? "", ApiParams.Text(entity, "entity"), ApiParams.Type(type, "type", entityTypes: true),
                ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), ApiParams.Text(outlet, "outlet"), ApiParams.Limit(limit, 20, 100), ApiParams.Offset(offset),
                exact ?? false);
            if (query.Text.Length == 0 && query is { Entity: null, Type: null, From: null, To: null, Outlet: null })
                throw ApiException.BadRequest("Give 'q' (words to find) or at least one filter: entity, type, from, to, outlet.");
            var results = store.Search(query);
            return new SearchAnswer(results.Query, query.Exact, results.Total, results.TotalEstimated, query.Offset, query.Limit, results.Hits,
                facets == false ? null : store.Facets(query));
        }).WithSummary("Full-text search (Arabic spelling variants, clitics and, unless exact=true, word endings ignored; English names find their entity's documents) with filters (outlet: part of its name, any case); a page of hits (limit, offset) with snippets and highlight offsets, and facet counts over all hits (outlet, year, entity, event type, entity type) unless facets=false.");

        api.MapGet("/corrections", (ICorpusStore store) => new CorrectionList(store.Corrections()))
           .WithSummary("The audit list of the analyst's corrections, newest first, undone ones included (who, when, why).");

        api.MapPost("/corrections", (ICorpusStore store, CorrectionRequest request) =>
        {
            var author = Author(request.Author);
            var reason = ApiParams.Text(request.Reason, "reason");
            long Required(long? id, string name) => id ?? throw ApiException.BadRequest($"'{name}' is required for {request.Action}.");
            string Value() => ApiParams.Text(request.Value, "value") ?? throw ApiException.BadRequest($"'value' is required for {request.Action}.");
            Correction? Apply()
            {
                // The store refuses what makes no sense (an unknown type, an entity merged with itself) with a readable message.
                try { return Record(); }
                catch (ArgumentException ex) { throw ApiException.BadRequest(ex.Message); }
            }
            Correction? Record() => request.Action switch
            {
                CorrectionActions.FlagEvent => store.FlagEvent(Required(request.EventId, "event_id"), author, reason)
                    ?? throw ApiException.NotFound($"No event {request.EventId}."),
                CorrectionActions.MergeEntities => store.MergeEntities(Required(request.EntityId, "entity_id"), Required(request.IntoId, "into_id"), author, reason),
                CorrectionActions.SetType => store.SetEntityType(Required(request.EntityId, "entity_id"), Value(), author, reason),
                CorrectionActions.SetNameEn => store.SetEntityNameEn(Required(request.EntityId, "entity_id"), Value(), author, reason),
                _ => throw ApiException.BadRequest($"'action' must be one of {CorrectionActions.FlagEvent}, {CorrectionActions.MergeEntities}, {CorrectionActions.SetType}, {CorrectionActions.SetNameEn}; got '{request.Action}'."),
            };
            var correction = Apply() ?? throw ApiException.NotFound($"No entity {request.EntityId}{(request.IntoId is { } into ? " or " + into : "")}.");
            return Results.Created($"/api/corrections/{correction.Id}", correction);
        }).WithSummary("Records a correction: {action, author, reason} and flag_event {event_id} (the event leaves every view and export, also after re-ingest); merge_entities {entity_id, into_id} (one entity shown everywhere); set_type {entity_id, value: PER|ORG|GPE|LOC|MISC}; set_name_en {entity_id, value}.")
          .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/events/{id:long}/unflag", (ICorpusStore store, long id, UndoRequest request) =>
            store.UnflagEvent(id, Author(request.Author)) ?? throw ApiException.NotFound($"Event {id} is not flagged."))
           .WithSummary("Takes the flag off an event ({author}): undoes the flag_event correction in force on it, which stays in the audit list.")
           .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/entities/{id:long}/split", (ICorpusStore store, long id, UndoRequest request) =>
            new CorrectionList(store.SplitEntity(id, Author(request.Author))))
           .WithSummary("Splits a merged entity again ({author}): undoes the merges of the entity and of the entity it is shown as; answers the undone corrections (none when it was not merged).");

        api.MapPost("/corrections/{id:long}/undo", (ICorpusStore store, long id, UndoRequest request) =>
            store.Undo(id, Author(request.Author)) ?? throw ApiException.NotFound($"No correction {id}."))
           .WithSummary("Undoes a correction ({author}); it stays in the audit list with who undid it and when.")
           .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/outlets", (ICorpusStore store, string? q, int? limit) =>
            new OutletList(store.Outlets(ApiParams.Text(q, "q"), ApiParams.Limit(limit, 100, 1000))))
           .WithSummary("Outlets whose name contains q (any case), with their document counts, largest first.");

        api.MapGet("/documents", (ICorpusStore store, int? limit, int? offset) =>
            store.Search(new SearchQuery("", Limit: ApiParams.Limit(limit, 20, 100), Offset: ApiParams.Offset(offset))))
           .WithSummary("Documents, most recently published first.");

        api.MapGet("/documents/{id}", (ICorpusStore store, string id) =>
            store.GetDocument(ApiParams.DocumentId(id)) ?? throw ApiException.NotFound($"No document '{ApiParams.DocumentId(id)}'."))
           .WithSummary("A document: its text with mentions, events and relations as character offsets [start, end) into the text.")
           .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/documents", DocumentIngest.PostAsync)
           .WithSummary("Add articles: application/json (one article: id, text, title, published, url, outlet) or application/x-ndjson (JSON Lines of such objects). Each is extracted and stored. Another text under a stored id is not stored (409): replacing is PUT /api/documents/{id}. A server started with a broker publishes them to it instead and answers 202 Accepted with each document's address; workers store them.")
           .Produces<QueuedAnswer>(StatusCodes.Status202Accepted)
           .ProducesProblem(StatusCodes.Status409Conflict)
           .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
           .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPut("/documents/{id}", DocumentIngest.PutAsync)
           .WithSummary("Replace (or add) the document with this id: application/json, one article (text, title, published, url, outlet). With a broker: published, 202 Accepted.")
           .Produces<QueuedAnswer>(StatusCodes.Status202Accepted)
           .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
           .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/entities", (ICorpusStore store, string? q, string? type, string? kind, int? min_documents, string? sort, int? limit, int? offset) =>
        {
            var query = new EntityListQuery(EntityType(type), ApiParams.Text(q, "q"), ApiParams.Limit(limit, 50, 500), ApiParams.Offset(offset),
                ApiParams.Limit(min_documents, 1, 1_000_000, "min_documents"), Sort(sort), EntityKind(kind));
            return new EntityList(store.Entities(query), store.CountEntities(query));
        }).WithSummary("Entities whose name or alias contains q (any spelling), of a type and kind (named, generic), in at least min_documents documents; sort: mentions (default), documents or name; with the total.");

        api.MapGet("/entities/{id}/documents", (ICorpusStore store, string id, int? limit, int? offset) =>
        {
            var entity = ApiParams.Entity(store, id, "id");
            int take = ApiParams.Limit(limit, 20, 100), skip = ApiParams.Offset(offset);
            var page = store.EntityDocuments(entity.Id, take, skip);
            return new EntityDocuments(entity.Ref, page.Total, skip, take, page.Documents);
        }).WithSummary("The documents that mention an entity (by corpus id, Wikidata id or name), newest first, a page at a time.")
          .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/entities/{id}", (ICorpusStore store, string id) =>
            store.Profile(ApiParams.Entity(store, id, "id").Id) ?? throw ApiException.NotFound($"No entity '{id}'."))
           .WithSummary("Profile of an entity (by corpus id, Wikidata id or name): aliases, roles, partners by relation type, events over time.")
           .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/graph", (ICorpusStore store, string? entity, string? from, string? to, string? types, int? limit) =>
            Network.Graph(store, entity, from, to, types, limit))
           .WithSummary("The actor network: nodes, and edges per actor pair and event or relation type with count, polarity (+1 cooperation, −1 hostility, 0 relation), first and last date and evidence.");

        api.MapGet("/timeline", (ICorpusStore store, string? entity, string? entity2, string? from, string? to, string? type, string? outlet, string? with, string? with2) =>
            Network.Timeline(store, entity, entity2, from, to, type, outlet, with, with2))
           .WithSummary("Events of one entity, or between two, in date order; from, to, type and outlet (part of its name) narrow them; with and with2 (comma-separated entity ids) count others' events as the first's and the second's (the camps' joins).")
           .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/export", (HttpContext http, ICorpusStore store, Lazy<(Store.Export.ActorCoder Coder, Store.Export.CameoScale Scale)> codes,
                string? format, string? entity, string? from, string? to, string? type, string? outlet, string? q, bool? exact, bool? bom, bool? header) =>
            Exports.Write(http, store, codes.Value.Coder, codes.Value.Scale, format, entity, from, to, type, outlet, q, exact, bom, header))
           .WithSummary("The corpus as a file: format jsonl, acled, gdelt, graphml or gexf, with the filters entity, from, to, type, outlet and q (search words, exact=true for exact words: what the documents a search finds hold) as `marsad export`; streamed.");

        api.MapGet("/map", (ICorpusStore store, Lazy<(Store.Export.ActorCoder Coder, Store.Export.CameoScale Scale)> codes, string? from, string? to, string? type) =>
            PlaceMap.Places(store, codes.Value.Coder, from, to, type))
           .WithSummary("Places for the map: cities and regions as points, countries by ISO numeric code, with their events (of type, dated within from–to) and the documents (published within from–to) that mention them; coordinates from the knowledge base.");

        api.MapGet("/map/events", (ICorpusStore store, Lazy<(Store.Export.ActorCoder Coder, Store.Export.CameoScale Scale)> codes,
                string? place, string? country, string? from, string? to, string? type, int? limit) =>
            PlaceMap.Events(store, codes.Value.Coder, place, country, from, to, type, limit))
           .WithSummary("The events behind a map point (place: an entity id) or country shape (country: ISO numeric code), newest first, with the same filters.");

        CampsApi.Map(api);
        CoMentionsApi.Map(api);
        ClaimsApi.Map(api);
        OutletLensApi.Map(api);

        api.MapGet("/stats", (ICorpusStore store) => store.Stats())
           .WithSummary("Counts of documents, stories, near-duplicates, entities, events and relations.");
    }

    private static string Author(string? author) =>
        ApiParams.Text(author, "author") is { Length: <= 100 } a ? a : throw ApiException.BadRequest("'author' is required (who makes the correction, at most 100 characters).");

    private static EntitySort Sort(string? sort) =>
        string.IsNullOrWhiteSpace(sort) ? EntitySort.Mentions
        : Enum.TryParse<EntitySort>(sort.Trim(), ignoreCase: true, out var s) && !int.TryParse(sort, out _) ? s
        : throw ApiException.BadRequest($"'sort' must be mentions, documents or name; got '{sort}'.");

    private static string? EntityType(string? type)
    {
        if (string.IsNullOrWhiteSpace(type)) return null;
        return Core.Model.EntityTypes.TryParse(type, out var t) ? t.ToString()
            : throw ApiException.BadRequest($"'type' must be one of PER, ORG, GPE, LOC, MISC; got '{type}'.");
    }

    private static string? EntityKind(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind)) return null;
        var k = kind.Trim().ToLowerInvariant();
        return k is EntityKinds.Named or EntityKinds.Generic ? k : throw ApiException.BadRequest($"'kind' must be named or generic; got '{kind}'.");
    }
}
