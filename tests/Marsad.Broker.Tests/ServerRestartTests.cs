using Marsad.Broker.Queue;
using Marsad.Core.Model;
using Marsad.Store;
using Xunit.Abstractions;

namespace Marsad.Broker.Tests;

/// <summary>
/// Real <c>marsad worker</c> and <c>marsad ingest --broker</c> processes while the broker, then PostgreSQL, is
/// shut down and started again in the middle of their run (each on a server of the test's own): they wait and
/// reconnect, and afterwards every published document is stored exactly once and the database is consistent.
/// </summary>
public sealed class ServerRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly Servers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    private static async Task PublishAsync(string broker, string queueName, IEnumerable<Document> docs)
    {
        await using var queue = await DocumentQueue.ConnectAsync(broker, queueName);
        await using var publisher = await DocumentPublisher.CreateAsync(queue);
        foreach (var d in docs) await publisher.PublishAsync(d);
        await publisher.FlushAsync();
    }

    private static MarsadProcess StartWorker(string broker, string queue, string db) =>
        MarsadProcess.Start("worker", "--broker", broker, "--queue", queue, "--db", db, "--prefetch", "4", "-j", "2", "--until-empty");

    /// <summary>Waits (generously: the machine is loaded) until the worker has committed a few documents, and not all.</summary>
    private static async Task WaitForSomeStoredAsync(string db, int n)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        long stored;
        while ((stored = StoredCorpus.Count(db)) < 3 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.InRange(stored, 3, n - 1);
    }

    [Fact]
    public async Task Workers_survive_a_broker_restart_and_store_every_document_once()
    {
        const int n = 60;
        var docs = TestDocuments.Make(n);
        using var broker = new OwnRabbitMq();
        await PublishAsync(broker.Uri, _servers.Queue, docs);
        var db = _servers.NewDatabase();
        CorpusStore.Open(db).Dispose();

        using var a = StartWorker(broker.Uri, _servers.Queue, db);
        using var b = StartWorker(broker.Uri, _servers.Queue, db);
        await WaitForSomeStoredAsync(db, n);
        broker.Stop();
        await Task.Delay(TimeSpan.FromSeconds(3)); // the workers find the broker gone
        broker.Start();

        var (ra, rb) = (a.Wait(), b.Wait());
        output.WriteLine(ra.Stderr + rb.Stderr);
        Assert.True(ra.Code == 0, ra.Stderr);
        Assert.True(rb.Code == 0, rb.Stderr);
        Assert.Contains("the broker connection was lost", ra.Stderr + rb.Stderr); // the outage was seen, not slept through
        StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());
        await using var queue = await DocumentQueue.ConnectAsync(broker.Uri, _servers.Queue);
        var depth = await queue.DepthAsync();
        Assert.Equal((0u, 0u), (depth.Waiting, depth.DeadLetters));
    }

    [Fact]
    public async Task Ingest_publishes_across_a_broker_restart_and_every_document_is_stored_once()
    {
        const int n = 40;
        var docs = TestDocuments.Make(n);
        using var broker = new OwnRabbitMq();
        using var ingest = MarsadProcess.StartWithInput("ingest", "-", "--broker", broker.Uri, "--queue", _servers.Queue);
        async Task WriteAsync(IEnumerable<Document> part)
        {
            foreach (var d in part) await ingest.Input.WriteLineAsync(System.Text.Encoding.UTF8.GetString(DocumentMessage.Of(d).ToBytes()));
            await ingest.Input.FlushAsync();
        }

        // The first half reaches the queue; the second is read while the broker is away, and the input ends then.
        await WriteAsync(docs.Take(n / 2));
        await using (var queue = await DocumentQueue.ConnectAsync(broker.Uri, _servers.Queue))
        {
            var deadline = DateTime.UtcNow.AddMinutes(10);
            while ((await queue.DepthAsync()).Waiting < n / 2 && DateTime.UtcNow < deadline) await Task.Delay(100);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        broker.Stop();
        output.WriteLine($"broker stopped in {clock.Elapsed.TotalSeconds:F0} s");
        await WriteAsync(docs.Skip(n / 2));
        ingest.Input.Close();
        await Task.Delay(TimeSpan.FromSeconds(3)); // the ingest finds the broker gone
        clock.Restart();
        broker.Start();
        output.WriteLine($"broker started again in {clock.Elapsed.TotalSeconds:F0} s");

        var (code, stdout, stderr) = ingest.Wait();
        output.WriteLine($"ingest done {clock.Elapsed.TotalSeconds:F0} s after the restart began");
        output.WriteLine(stdout + stderr);
        Assert.True(code == 0, stderr);
        Assert.Contains("the broker connection was lost", stderr); // the outage was seen, not slept through
        Assert.Contains($"published {n} documents", stdout);

        var db = _servers.NewDatabase();
        var worker = MarsadProcess.Run("worker", "--broker", broker.Uri, "--queue", _servers.Queue, "--db", db, "--until-empty");
        Assert.True(worker.Code == 0, worker.Stderr);
        Assert.Contains("0 dead-lettered", worker.Stdout);
        StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());
    }

    [Fact]
    public async Task Workers_survive_a_PostgreSQL_restart_and_store_every_document_once()
    {
        const int n = 60;
        var docs = TestDocuments.Make(n);
        await PublishAsync(_servers.Broker, _servers.Queue, docs);
        using var postgres = new OwnPostgres();
        var db = postgres.ConnectionString;
        CorpusStore.Open(db).Dispose();

        using var a = StartWorker(_servers.Broker, _servers.Queue, db);
        using var b = StartWorker(_servers.Broker, _servers.Queue, db);
        await WaitForSomeStoredAsync(db, n);
        postgres.Stop();
        await Task.Delay(TimeSpan.FromSeconds(3)); // the workers find the database gone
        postgres.Start();
        Npgsql.NpgsqlConnection.ClearAllPools(); // this test's own pooled connections died with the server

        var (ra, rb) = (a.Wait(), b.Wait());
        output.WriteLine(ra.Stderr + rb.Stderr);
        Assert.True(ra.Code == 0, ra.Stderr);
        Assert.True(rb.Code == 0, rb.Stderr);
        Assert.Contains("(document returned to the queue;", ra.Stderr + rb.Stderr); // the outage was seen, not slept through
        StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());
        await using var queue = await _servers.ConnectAsync();
        var depth = await queue.DepthAsync();
        Assert.Equal((0u, 0u), (depth.Waiting, depth.DeadLetters));
    }
}
