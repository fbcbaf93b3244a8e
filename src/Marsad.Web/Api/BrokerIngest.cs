using Marsad.Broker.Queue;
using Marsad.Read;
using Marsad.Store;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Api;

/// <summary>
/// Ingest through the broker: the articles of a request are published to the work queue with publisher
/// confirms, and the answer, 202 Accepted, says where each will be readable once a worker has stored it
/// (GET /api/documents/{id}: 404 until then). Extraction never runs in the request. An article stored already
/// with the same text and metadata is answered "unchanged" and not published; another text under a stored id is
/// refused (409) without publishing, as the in-process ingest does; a broker that stays away answers 503.
/// </summary>
public static class BrokerIngest
{
    /// <summary>How long a request waits for a broker that went away (the client reconnects every 2 s meanwhile).</summary>
    private static readonly TimeSpan OutageLimit = TimeSpan.FromSeconds(30);

    public static async Task<IResult> PublishAsync(HttpContext context, ICorpusStore store, DocumentQueue queue, IEnumerable<ReadResult> read, bool replace)
    {
        var answered = new List<QueuedDocument>();
        var errors = new List<IngestError>();
        int conflicts = 0;
        var ct = context.RequestAborted;
        DocumentPublisher? publisher = null;
        try
        {
            foreach (var item in read)
            {
                ct.ThrowIfCancellationRequested();
                if (item.IsError) { errors.Add(new IngestError(item.Origin, item.Error!)); continue; }
                var doc = item.Document!;
                string url = "/api/documents/" + Uri.EscapeDataString(doc.Id);
                if (store.IsStored(doc)) { answered.Add(new QueuedDocument(doc.Id, "unchanged", url)); continue; }
                if (!replace && store.GetDocument(doc.Id) is { } stored && stored.Text != doc.Text)
                {
                    conflicts++;
                    errors.Add(DocumentIngest.Conflict(item.Origin, doc.Id));
                    continue;
                }
                publisher ??= await CreatePublisherAsync(queue, ct);
                await publisher.PublishAsync(doc, replace, ct);
                answered.Add(new QueuedDocument(doc.Id, "queued", url));
            }
            // Confirmed by the broker before the answer says so.
            if (publisher is not null) await publisher.FlushAsync(ct);
        }
        catch (BrokerException ex) { throw Unavailable(ex.Message); }
        finally
        {
            if (publisher is not null) await publisher.DisposeAsync();
        }
        if (answered.Count == 0) return DocumentIngest.Refused(conflicts, errors);
        var answer = new QueuedAnswer(answered, errors, queue.Name);
        var queued = answered.Where(d => d.Status == "queued").ToList();
        if (queued.Count == 0) return Results.Ok(answer);
        return Results.Accepted(queued.Count == 1 ? queued[0].Url : null, answer);
    }

    private static async Task<DocumentPublisher> CreatePublisherAsync(DocumentQueue queue, CancellationToken ct)
    {
        DocumentPublisher publisher;
        try { publisher = await DocumentPublisher.CreateAsync(queue, ct); }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException or IOException)
        {
            throw Unavailable("the broker connection is down: " + ex.Message);
        }
        publisher.OutageLimit = OutageLimit;
        return publisher;
    }

    private static ApiException Unavailable(string why) =>
        new(StatusCodes.Status503ServiceUnavailable, "The broker cannot take documents right now (" + why + "). Send them again later: a document it took already is stored once.");
}
