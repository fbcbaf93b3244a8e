using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>GET /api/comentions: the sentences naming two actors without an event or relation connecting them (weaker evidence).</summary>
public static class CoMentionsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/comentions", (ICorpusStore store, string? entity, string? entity2, string? from, string? to, int? limit) =>
            {
                var a = ApiParams.Entity(store, entity, "entity");
                var b = ApiParams.Entity(store, entity2, "entity2");
                return store.CoMentionSentences(new CoMentionQuery(a.Id, b.Id, ApiParams.Date(from, "from"), ApiParams.Date(to, "to"),
                    ApiParams.Limit(limit, 20, 1000, "limit"))) ?? throw ApiException.NotFound("An entity was removed meanwhile.");
            })
           .WithSummary("Co-mentions: sentences that name both entities while no extracted event or relation of the sentence connects them, " +
               "newest first (published within from–to), with their total. Weaker evidence than events: being named together says nothing of the sign of a relation.")
           .ProducesProblem(StatusCodes.Status404NotFound);
}
