using Marsad.Broker.Queue;
using Marsad.Extraction;
using Marsad.Store;
using Marsad.Store.Ingestion;
using Marsad.Read;
using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Tests.Shared;

namespace Marsad.Broker.Tests;

/// <summary>
/// Real <c>marsad worker</c> processes against real RabbitMQ and PostgreSQL: a worker killed with SIGKILL
/// in the middle of its prefetched batch, and two or three workers sharing one queue, must leave every published
/// document stored exactly once, with the same mentions, events and relations as a plain local ingest.
/// </summary>
public sealed class WorkerProcessTests : IAsyncLifetime
{
    private readonly Servers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    private async Task PublishAsync(IEnumerable<Document> docs)
    {
        await using var queue = await _servers.ConnectAsync();
        await using var publisher = await DocumentPublisher.CreateAsync(queue);
        foreach (var d in docs) await publisher.PublishAsync(d);
        await publisher.FlushAsync();
    }

    private string[] Worker(string db, params string[] more) =>
        ["worker", "--broker", _servers.Broker, "--queue", _servers.Queue, "--db", db, .. more];

    [Fact]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing()
    {
        const int n = 40;
        var docs = TestDocuments.Make(n);
        await PublishAsync(docs);
        var db = _servers.NewDatabase();

        long storedAtKill;
        using (var first = MarsadProcess.Start(Worker(db, "--prefetch", "8", "-j", "2")))
        {
            // Kill once it has committed a few: it then holds up to 8 unacknowledged documents, some mid-extraction.
            var deadline = DateTime.UtcNow.AddMinutes(10);
            while ((storedAtKill = StoredCount(db)) < 4 && DateTime.UtcNow < deadline) await Task.Delay(100);
            first.Kill();
        }
        Assert.InRange(storedAtKill, 4, n - 1);

        var (code, stdout, stderr) = MarsadProcess.Run(Worker(db, "--until-empty"));
        Assert.True(code == 0, stderr);
        Assert.Contains("0 dead-lettered", stdout);

        AssertStoredOnce(db, docs);
        await using var queue = await _servers.ConnectAsync();
        var depth = await queue.DepthAsync();
        Assert.Equal((0u, 0u), (depth.Waiting, depth.DeadLetters));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Workers_share_one_queue_and_each_document_is_stored_once(int workers)
    {
        const int n = 30;
        var docs = TestDocuments.Make(n);
        await PublishAsync(docs);
        var db = _servers.NewDatabase();
        CorpusStore.Open(db).Dispose(); // the schema exists before they start

        var processes = Enumerable.Range(0, workers).Select(_ => MarsadProcess.Start(Worker(db, "--prefetch", "2", "-j", "1", "--until-empty"))).ToList();
        var results = processes.Select(p => p.Wait()).ToList();
        processes.ForEach(p => p.Dispose());
        foreach (var r in results) Assert.True(r.Code == 0, r.Stderr);
        // Without a crash every message is delivered once: the workers' counts add up to the queue.
        Assert.Equal(n, results.Sum(r => Handled(r.Stdout)));
        AssertStoredOnce(db, docs);
    }

    [Fact]
    public void Ingest_with_a_broker_publishes_and_stats_shows_the_queue()
    {
        var samples = Path.GetFullPath(Path.Combine(DataPaths.Data, "..", "samples"));
        int expected = DocumentReader.ReadAll([samples]).Count(r => !r.IsError);
        var (code, stdout, stderr) = MarsadProcess.Run("ingest", samples, "--broker", _servers.Broker, "--queue", _servers.Queue);
        Assert.True(code == 0, stderr);
        Assert.Contains($"published {expected} documents to queue {_servers.Queue}", stdout);

        var db = _servers.NewDatabase();
        var stats = MarsadProcess.Run("stats", "--db", db, "--broker", _servers.Broker, "--queue", _servers.Queue, "--format", "json");
        Assert.True(stats.Code == 0, stats.Stderr);
        Assert.Contains($"\"waiting\": {expected}", stats.Stdout);
    }

    [Fact]
    public void An_unreachable_broker_is_one_clear_error()
    {
        var (code, _, stderr) = MarsadProcess.Run("worker", "--broker", "amqp://guest:guest@127.0.0.1:1/", "--db", _servers.NewDatabase());
        Assert.Equal(1, code);
        Assert.Contains("cannot connect to RabbitMQ at amqp://127.0.0.1:1/", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static int Handled(string stdout) =>
        int.Parse(stdout.Split('\n').Single(l => l.Contains(" documents in ")).Split(' ')[0]);

    private static long StoredCount(string db) => StoredCorpus.Count(db);

    private void AssertStoredOnce(string db, List<Document> docs) => StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());
}
