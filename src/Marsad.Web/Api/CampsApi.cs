using Marsad.Store;
using Marsad.Store.Analysis.Camps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>GET /api/camps: the camps of the actor network over time (see <see cref="CampFinder"/>).</summary>
public static class CampsApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/camps", (ICorpusStore store, StoreTables tables, string? from, string? to, string? window, int? min_events, int? seed) =>
            new CampFinder(store, tables.TieWeights, tables.AlignmentJoins, tables.Seats).Find(new CampQuery(ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), Window(window),
                ApiParams.Limit(min_events, 1, 10_000, "min_events"), seed ?? 1)))
           .WithSummary("Camps: a partition of the actors minimising frustration in the signed network of their events (cooperation +, hostility −; " +
               "denied and hypothetical events left out), per window (all, month, quarter, year) with its balance, each actor's membership " +
               "strength, the signed ties, and the actors that changed camp with the events that moved them.");

    private static CampWindow Window(string? value) =>
        string.IsNullOrWhiteSpace(value) ? CampWindow.All
        : Enum.TryParse<CampWindow>(value.Trim(), ignoreCase: true, out var w) && !int.TryParse(value, out _) ? w
        : throw ApiException.BadRequest($"'window' must be one of all, month, quarter, year; got '{value.Trim()[..Math.Min(40, value.Trim().Length)]}'.");
}
