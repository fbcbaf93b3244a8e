using Marsad.Broker.Queue;
using Marsad.Core.Model;

namespace Marsad.Broker.Tests;

/// <summary>
/// A document its worker dies on every time (here: real <c>marsad worker</c> processes killed with SIGKILL from outside
/// while they hold it) leaves no failure behind to count. It must still end in the dead-letter queue after
/// --max-attempts deliveries, with a reason that says so, while the documents that sat beside it are stored.
/// </summary>
public sealed class WorkerDeathTests : IAsyncLifetime
{
    private readonly Servers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    private string[] Worker(string db, params string[] more) =>
        ["worker", "--broker", _servers.Broker, "--queue", _servers.Queue, "--db", db, "--prefetch", "3", "-j", "2", "--max-attempts", "3", .. more];

    [Fact]
    public async Task A_document_that_kills_its_worker_each_time_is_dead_lettered_after_max_attempts()
    {
        var fatal = TestDocuments.Long("fatal-1", 500_000);
        var docs = TestDocuments.Make(6);
        await using var queue = await _servers.ConnectAsync();
        await using (var publisher = await DocumentPublisher.CreateAsync(queue))
        {
            // First in the queue, so that the first worker takes it at once.
            foreach (var d in docs.Prepend(fatal)) await publisher.PublishAsync(d);
            await publisher.FlushAsync();
        }
        var db = _servers.NewDatabase();

        // Delivery 1: killed once the worker holds it (nothing recorded yet: a first delivery is never counted in the store).
        using (var first = MarsadProcess.Start(Worker(db)))
        {
            var deadline = DateTime.UtcNow.AddMinutes(10);
            while ((await queue.DepthAsync()).Waiting > docs.Count && DateTime.UtcNow < deadline) await Task.Delay(50);
            first.Kill();
        }
        // Deliveries 2 and 3: the worker records the start, says so, and is killed in the middle of extracting it.
        foreach (var attempt in new[] { "after 1 unfinished delivery; extracting it alone (try 2 of 3)", "after 2 unfinished deliveries; extracting it alone (try 3 of 3)" })
        {
            using var worker = MarsadProcess.Start(Worker(db));
            await worker.WaitForStderrAsync("document fatal-1 handed out again " + attempt);
            worker.Kill();
            Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM documents WHERE doc_id = 'fatal-1'"));
        }

        // Delivery 4: given up without extracting; everything else is stored.
        var (code, stdout, stderr) = MarsadProcess.Run(Worker(db, "--until-empty"));
        Assert.True(code == 1, stderr); // 1: some documents were dead-lettered
        Assert.Contains("1 dead-lettered", stdout);
        Assert.Contains("document fatal-1 failed: no worker finished this document in 3 deliveries", stderr);

        var dead = Assert.Single(await DeadLetters.PeekAsync(queue));
        Assert.Equal(("fatal-1", 3), (dead.Id, dead.Attempts));
        Assert.StartsWith("no worker finished this document in 3 deliveries: each ended with the worker gone (crashed or killed) while it held it; started alone by ", dead.Error);
        Assert.Equal(2, dead.Error.Split(" at ").Length - 1);
        Assert.Equal(0u, (await queue.DepthAsync()).Waiting);
        // The documents around it were handed out again too, each started once more and stored; no start is left.
        StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM worker_starts"));
    }
}
