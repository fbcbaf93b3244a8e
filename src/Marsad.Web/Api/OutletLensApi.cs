using Marsad.Store;
using Marsad.Store.Analysis.Outlets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>GET /api/outlets/lens: each outlet's lens beside the rest of the corpus (see <see cref="OutletLensFinder"/>).</summary>
public static class OutletLensApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/outlets/lens", (ICorpusStore store, string? from, string? to, string? outlet, int? top_actors, int? min_events, int? limit) =>
            new OutletLensFinder(store).Find(new OutletLensQuery(ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), ApiParams.Text(outlet, "outlet"),
                ApiParams.Limit(top_actors, 8, 100, "top_actors"), MinEvents: ApiParams.Limit(min_events, 2, 10_000, "min_events"),
                Limit: ApiParams.Limit(limit, 50, 500))))
           .WithSummary("Each outlet's lens: the actors it reports with cooperative and hostile events and its hostile share beside the rest of the corpus " +
               "(with the event ids behind each row), the sources it attributes events to, its modality mix; tone divergence (event-weighted mean " +
               "|hostile share − rest's|) and modality divergence (Jensen–Shannon, base 2), both 0 to 1.");
}
