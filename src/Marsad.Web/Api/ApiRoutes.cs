using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>The JSON API under /api.</summary>
public static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
