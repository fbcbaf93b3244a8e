using Marsad.Broker.Queue;
using Marsad.Broker.Worker;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Store;
using RabbitMQ.Client;
using Marsad.Tests.Shared;

namespace Marsad.Broker.Tests;

/// <summary>
/// Documents that fail: retried up to the limit, then parked in the dead-letter queue with their error,
/// which <c>marsad stats --broker</c> lists; the other documents are stored as usual.
/// </summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private readonly Servers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    /// <summary>The real pipeline, after a stage that fails on documents whose id starts with "broken".</summary>
    private sealed class FailsOnBroken : IDocumentStage
    {
        public string Name => "fails-on-broken";
    public DocumentLayers Reads => DocumentLayers.None;
    public DocumentLayers Writes => DocumentLayers.None;

        public void Process(Document document, CancellationToken cancellationToken = default)
        {
            if (document.Id.StartsWith("broken", StringComparison.Ordinal)) throw new InvalidOperationException("stage failed on " + document.Id);
        }
    }

    [Fact]
    public async Task Failing_documents_go_to_the_dead_letter_queue_with_their_error()
    {
        var good = TestDocuments.Make(3);
        await using var queue = await _servers.ConnectAsync();
        await using (var publisher = await DocumentPublisher.CreateAsync(queue))
        {
            foreach (var d in good) await publisher.PublishAsync(d);
            await publisher.PublishAsync(new Document("broken-1", good[0].Text));
            // Another text under a stored id, without --replace: refused, and not worth retrying.
            await publisher.PublishAsync(new Document(good[1].Id, good[2].Text));
            await publisher.FlushAsync();
        }
        await using (var channel = await queue.ConfirmingChannelAsync())
            await channel.BasicPublishAsync("", queue.Name, "{not json"u8.ToArray());

        var db = _servers.NewDatabase();
        var errors = new List<string>();
        WorkerProgress result;
        using (var store = CorpusStore.Open(db))
        {
            var pipeline = new DocumentPipeline([new FailsOnBroken(), .. TestPipeline.Pipeline.Stages]);
            var worker = new DocumentWorker(queue, store, pipeline, new WorkerOptions { UntilEmpty = true, MaxAttempts = 3, Parallelism = 1, Prefetch = 1 })
            {
                OnError = (id, message) => { lock (errors) errors.Add(id + ": " + message); },
            };
            result = await worker.RunAsync();
        }

        Assert.Equal((3, 2, 3), (result.Stored, result.Retried, result.DeadLettered));
        Assert.Equal(3, Servers.Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(3, errors.Count(e => e.StartsWith("broken-1: stage failed on broken-1", StringComparison.Ordinal)));

        var dead = await DeadLetters.PeekAsync(queue);
        Assert.Equal(3, dead.Count);
        Assert.Contains(dead, d => d is { Id: "broken-1", Attempts: 3 } && d.Error == "stage failed on broken-1");
        Assert.Contains(dead, d => d.Id == good[1].Id && d.Attempts == 1 && d.Error.Contains("another text is already stored under this id"));
        Assert.Contains(dead, d => d.Attempts == 1 && d.Error.StartsWith("not a Marsad document message", StringComparison.Ordinal));
        // Peeking leaves them in the queue.
        Assert.Equal(3u, (await queue.DepthAsync()).DeadLetters);

        var stats = MarsadProcess.Run("stats", "--db", db, "--broker", _servers.Broker, "--queue", _servers.Queue, "--format", "table");
        Assert.True(stats.Code == 0, stats.Stderr);
        Assert.Contains("stage failed on broken-1", stats.Stdout);
        Assert.Matches(@"dead_letters\s*│\s*3", stats.Stdout);
    }
}
