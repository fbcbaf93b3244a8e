using Marsad.Store;
using Marsad.Store.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Marsad.Web.Api;

/// <summary>GET /api/export: the same exports and filters as <c>marsad export</c>, streamed as a download.</summary>
public static class Exports
{
    public static IResult Write(HttpContext http, ICorpusStore store, ActorCoder coder, CameoScale scale,
        string? format, string? entity, string? from, string? to, string? type, string? outlet, string? q, bool? exact, bool? bom, bool? header)
    {
        var fmt = CorpusExporter.Canonical(ApiParams.Text(format, "format")?.ToLowerInvariant()
            ?? throw ApiException.BadRequest($"'format' is required: one of {string.Join(", ", CorpusExporter.Formats)}."));
        var filter = new ExportFilter(entity is null ? null : ApiParams.Entity(store, entity, "entity").Id,
            ApiParams.Date(from, "from"), ApiParams.Date(to, "to"), ApiParams.Type(type, "type"), ApiParams.Text(outlet, "outlet"),
            ApiParams.Text(q, "q"), exact ?? false);
        var options = new ExportOptions(bom ?? false, header ?? false);
        var exporter = new CorpusExporter(store, coder, scale);
        // refuse a format, filter or option the export cannot honour before any byte is sent
        try { CorpusExporter.Check(fmt, filter, options); }
        catch (ExportRefusedException e) { throw ApiException.BadRequest(e.Message); }
        // the exporters write synchronously, page by page, on a pool thread: allowed for this response only
        if (http.Features.Get<IHttpBodyControlFeature>() is { } body) body.AllowSynchronousIO = true;
        return Results.Stream(stream => Task.Run(() => exporter.Write(stream, fmt, filter, options)), CorpusExporter.MediaType(fmt),
            $"marsad-export.{CorpusExporter.Extension(fmt)}");
    }
}
