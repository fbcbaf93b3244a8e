using System.Security.Cryptography;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Read;
using Marsad.Read.Formats;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Api;

/// <summary>
/// POST /api/documents: reads the body with the project's readers (plain text, HTML, JSON Lines),
/// runs the extraction pipeline on each article and stores it. Kestrel caps the body size (413);
/// a bad JSON line is reported and the other lines are still stored.
/// </summary>
public static class DocumentIngest
{
    public static async Task<IResult> HandleAsync(HttpContext context, ICorpusStore store)
    {
        var request = context.Request;
        var kind = KindOf(request.ContentType);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length == 0) throw ApiException.BadRequest("The request body is empty: send the article text, HTML or JSON Lines.");
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        // Without an id, the content decides it: posting the same article twice stores it once.
        var fallbackId = "web-" + Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8);
        var id = ApiParams.Text(request.Query["id"], "id") ?? fallbackId;

        IEnumerable<ReadResult> read = kind switch
        {
            Kind.JsonLines => JsonLinesReader.Read(new MemoryStream(body.GetBuffer(), 0, (int)body.Length, writable: false), "request", fallbackId),
            Kind.Html => [WithQueryMetadata(HtmlReader.Read(bytes, "request", id), request)],
            _ => [WithQueryMetadata(PlainTextReader.Read(bytes, "request", id), request)],
        };

        var stored = new List<IngestedDocument>();
        var errors = new List<IngestError>();
        foreach (var item in read)
        {
            context.RequestAborted.ThrowIfCancellationRequested();
            if (item.IsError) { errors.Add(new IngestError(item.Origin, item.Error!)); continue; }
            var doc = MarsadPipeline.Default.Process(item.Document!);
            var result = store.Ingest(doc);
            stored.Add(new IngestedDocument(result.DocumentId, result.Status.ToString().ToLowerInvariant(), result.StoryId, result.DuplicateOf,
                doc.Entities.Count, doc.Events.Count, doc.Relations.Count));
        }
        var answer = new IngestAnswer(stored, errors);
        if (stored.Count == 0)
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad Request",
                detail: "No article could be read: " + string.Join("; ", errors.Take(5).Select(e => $"{e.Origin}: {e.Error}")),
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        return Results.Ok(answer);
    }

    private enum Kind { Text, Html, JsonLines }

    private static Kind KindOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/plain" => Kind.Text,
            "text/html" or "application/xhtml+xml" => Kind.Html,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/json" => Kind.JsonLines,
            _ => throw new ApiException(StatusCodes.Status415UnsupportedMediaType,
                $"Content-Type '{media}' is not accepted: use text/plain, text/html or application/x-ndjson (JSON Lines)."),
        };
    }

    /// <summary>For a single article: title, published, outlet and url may come with the query string.</summary>
    private static ReadResult WithQueryMetadata(ReadResult r, HttpRequest request)
    {
        if (r.Document is not { } doc) return r;
        if (ApiParams.Text(request.Query["title"], "title") is { } title) doc.Title = title;
        if (ApiParams.Date(request.Query["published"], "published") is { } published) doc.Published = published;
        if (ApiParams.Text(request.Query["outlet"], "outlet") is { } outlet) doc.Outlet = outlet;
        if (ApiParams.Text(request.Query["url"], "url") is { } url) doc.Url = url;
        return r;
    }
}
