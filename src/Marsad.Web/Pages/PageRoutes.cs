using Marsad.Web.Assets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Pages;

/// <summary>The pages: each is the HTML shell; its script draws it from the API.</summary>
public static class PageRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", (PageShell shell) => Html(shell.Render("home", "بحث")));
        pages.MapGet("/documents/{id}", (string id, PageShell shell) => Html(shell.Render("document", "وثيقة")));
        pages.MapGet("/entities", (PageShell shell) => Html(shell.Render("entities", "الكيانات")));
        pages.MapGet("/entities/{id}", (string id, PageShell shell) => Html(shell.Render("entity", "كيان")));
        pages.MapGet("/graph", (PageShell shell) => Html(shell.Render("graph", "الشبكة", "graph.js")));
        pages.MapGet("/camps", (PageShell shell) => Html(shell.Render("camps", "المعسكرات", "camps.js")));
        pages.MapGet("/map", (PageShell shell, EmbeddedAssets assets) =>
            Html(shell.Render("map", "الخريطة", "map.js", ("world", assets.Url(WorldAtlas)))));
        pages.MapGet("/corrections", (PageShell shell) => Html(shell.Render("corrections", "التصحيحات")));
        pages.MapGet("/timeline", (PageShell shell) => Html(shell.Render("timeline", "الخط الزمني")));
        pages.MapGet("/outlets", (PageShell shell) => Html(shell.Render("outlets", "المصادر الإعلامية")));
        // The fallback answers GET only, so that another method on a known route is 405, not a page.
        app.MapFallback((HttpContext ctx, PageShell shell) =>
            ctx.Request.Path.StartsWithSegments("/api")
                ? Results.Problem(statusCode: 404, title: "Not Found", detail: $"No API route {ctx.Request.Path}.")
                : Html(shell.Render("notfound", "غير موجود"), StatusCodes.Status404NotFound))
           .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
    }

    /// <summary>Country shapes of the map (world-atlas, Natural Earth 1:50m), copied into the bundle by client/build.mjs.</summary>
    public const string WorldAtlas = "geo/countries-50m.json";

    internal static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
