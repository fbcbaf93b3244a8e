using System.Security.Cryptography;
using System.Text;
using Marsad.Broker.Queue;
using Marsad.Core.Pipeline;
using Marsad.Read;
using Marsad.Read.Formats;
using Marsad.Store;
using Marsad.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Api;

/// <summary>
/// POST /api/documents adds articles (one JSON object, or JSON Lines) and never replaces a stored
/// one: another text under a stored id is a conflict (409). PUT /api/documents/{id} is the explicit
/// replacement. Each article is read with the project's JSON Lines reader, extracted and stored;
/// Kestrel caps the body size (413); a bad JSON line is reported and the other lines are still stored.
/// The media type and origin were checked by <see cref="RequestGuard"/>. When the server was given a broker
/// (a <see cref="DocumentQueue"/> service), articles are published to it instead and workers store them
/// (<see cref="BrokerIngest"/>).
/// </summary>
public static class DocumentIngest
{
    public static async Task<IResult> PostAsync(HttpContext context, ICorpusStore store, Lazy<DocumentPipeline> pipeline)
    {
        var body = await ReadBodyAsync(context);
        // Without an id, the content decides it: posting the same article twice stores it once.
        var fallbackId = "web-" + Convert.ToHexStringLower(SHA256.HashData(body), 0, 8);
        IEnumerable<ReadResult> read = IsJsonLines(context.Request)
            ? JsonLinesReader.Read(new MemoryStream(body, writable: false), "request", fallbackId)
            : [JsonLinesReader.ParseLine(Text(body), "request", fallbackId)];
        return await StoreAsync(context, store, pipeline, read, replace: false);
    }

    public static async Task<IResult> PutAsync(HttpContext context, ICorpusStore store, Lazy<DocumentPipeline> pipeline, string id)
    {
        id = ApiParams.DocumentId(id);
        if (IsJsonLines(context.Request))
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "PUT replaces one document: send it as application/json.");
        var item = JsonLinesReader.ParseLine(Text(await ReadBodyAsync(context)), "request", id);
        if (item.Document is { } doc && doc.Id != id)
            throw ApiException.BadRequest($"The body names the document '{doc.Id}' but the address names '{id}'.");
        return await StoreAsync(context, store, pipeline, [item], replace: true);
    }

    private static Task<IResult> StoreAsync(HttpContext context, ICorpusStore store, Lazy<DocumentPipeline> pipeline, IEnumerable<ReadResult> read, bool replace) =>
        context.RequestServices.GetService<DocumentQueue>() is { } queue
            ? BrokerIngest.PublishAsync(context, store, queue, read, replace)
            : Task.FromResult(Store(context, store, pipeline.Value, read, replace));

    private static IResult Store(HttpContext context, ICorpusStore store, DocumentPipeline pipeline, IEnumerable<ReadResult> read, bool replace)
    {
        var stored = new List<IngestedDocument>();
        var errors = new List<IngestError>();
        int conflicts = 0;
        foreach (var item in read)
        {
            context.RequestAborted.ThrowIfCancellationRequested();
            if (item.IsError) { errors.Add(new IngestError(item.Origin, item.Error!)); continue; }
            var doc = pipeline.Process(item.Document!);
            var result = store.Ingest(doc, replace);
            if (result.Status == IngestStatus.Conflict)
            {
                conflicts++;
                errors.Add(Conflict(item.Origin, doc.Id));
                continue;
            }
            stored.Add(new IngestedDocument(result.DocumentId, result.Status.ToString().ToLowerInvariant(), result.StoryId, result.DuplicateOf,
                doc.Entities.Count, doc.Events.Count, doc.Relations.Count));
        }
        if (stored.Count > 0) return Results.Ok(new IngestAnswer(stored, errors));
        return Refused(conflicts, errors);
    }

    internal static IngestError Conflict(string origin, string id) =>
        new(origin, $"another text is stored under the id '{id}'; to replace it, send PUT /api/documents/{Uri.EscapeDataString(id)}");

    /// <summary>Nothing was taken: 409 when some article conflicts with a stored one, else 400.</summary>
    internal static IResult Refused(int conflicts, IReadOnlyList<IngestError> errors)
    {
        int status = conflicts > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Results.Problem(statusCode: status, title: Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
            detail: (conflicts > 0 ? "Nothing was stored: " : "No article could be read: ") + string.Join("; ", errors.Take(5).Select(e => $"{e.Origin}: {e.Error}")),
            extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length == 0) throw ApiException.BadRequest("The request body is empty: send an article as a JSON object, or JSON Lines.");
        return body.ToArray();
    }

    private static bool IsJsonLines(HttpRequest request) => RequestGuard.MediaType(request.ContentType) != "application/json";

    // Invalid bytes become U+FFFD, which the reader reports as a warning.
    private static string Text(byte[] body) => Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
}
