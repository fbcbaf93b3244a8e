using Marsad.Store;
using Marsad.Store.Analysis.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>GET /api/claims: claims about the same happening side by side, and where they disagree (see <see cref="ClaimFinder"/>).</summary>
public static class ClaimsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/claims", (ICorpusStore store, StoreTables tables, string? entity, string? from, string? to, bool? contested, string? document,
                int? window_days, int? min_claims, int? limit, int? claims_per_group) =>
            new ClaimFinder(store, tables.ClaimFamilies).Find(new ClaimQuery(
                entity is null ? null : ApiParams.Entity(store, entity, "entity").Id,
                ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), contested ?? false,
                document is null ? null : ApiParams.Text(ApiParams.DocumentId(document), "document"),
                window_days is null ? 7 : window_days is >= 0 and <= 366 ? window_days.Value : throw ApiException.BadRequest("'window_days' must be between 0 and 366."),
                ApiParams.Limit(min_claims, 2, 1000, "min_claims"), ApiParams.Limit(limit, 50, 1000),
                ApiParams.Limit(claims_per_group, 20, 1000, "claims_per_group"))))
           .WithSummary("Claims about the same happening (type family, the actors of one within the other's, dates within window_days, one place) " +
               "across documents and stories, each with its source, modality, outlet, date, numbers and sentence, and how they disagree: " +
               "denial, count, date, direction. Contested groups first; contested=true: only those; entity, document, from, to narrow the groups; " +
               "each group shows at most claims_per_group claims (one per side of each disagreement), claim_count counts them all.")
           .ProducesProblem(StatusCodes.Status404NotFound);
}
