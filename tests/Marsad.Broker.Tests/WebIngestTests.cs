using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Broker.Queue;
using Marsad.Core.Model;

namespace Marsad.Broker.Tests;

/// <summary>
/// A real <c>marsad serve --broker</c> process: posted articles are published to the queue and answered 202 with
/// their address, nothing is extracted or stored in the request, and a real <c>marsad worker</c> stores them.
/// </summary>
public sealed class WebIngestTests : IAsyncLifetime
{
    private readonly Servers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    private static StringContent Json(string body, string type)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(type) { CharSet = "utf-8" };
        return content;
    }

    private static string Article(Document d) => Encoding.UTF8.GetString(DocumentMessage.Of(d).ToBytes());

    [Fact]
    public async Task Posted_articles_go_to_the_broker_and_workers_store_them()
    {
        var docs = TestDocuments.Make(4);
        var db = _servers.NewDatabase();
        using var server = MarsadProcess.Start("serve", "--db", db, "--port", "0", "--broker", _servers.Broker, "--queue", _servers.Queue);
        await server.WaitForStderrAsync("; Ctrl+C to stop");
        Assert.Contains($"posted articles go to {DocumentQueue.Describe(_servers.Broker)} queue {_servers.Queue}", server.Stderr);
        var address = server.Stderr.Split(' ').First(w => w.StartsWith("http://", StringComparison.Ordinal)).TrimEnd(';');
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };

        var one = await client.PostAsync("/api/documents", Json(Article(docs[0]), "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, one.StatusCode);
        Assert.Equal("/api/documents/" + docs[0].Id, one.Headers.Location!.OriginalString);
        var answer = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(_servers.Queue, answer.GetProperty("queue").GetString());
        Assert.Equal("queued", answer.GetProperty("documents")[0].GetProperty("status").GetString());
        // Nothing was extracted or stored in the request: the document is readable only once a worker stored it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/documents/" + docs[0].Id)).StatusCode);

        var lines = string.Join("\n", docs.Skip(1).Select(Article)) + "\n{not json}\n";
        var many = await client.PostAsync("/api/documents", Json(lines, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Accepted, many.StatusCode);
        var manyAnswer = JsonDocument.Parse(await many.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(3, manyAnswer.GetProperty("documents").GetArrayLength());
        Assert.Contains("request:4", manyAnswer.GetProperty("errors")[0].GetProperty("origin").GetString());
        await using (var queue = await _servers.ConnectAsync())
            Assert.Equal(4u, (await queue.DepthAsync()).Waiting);
        Assert.Equal(0, StoredCorpus.Count(db));

        var (code, stdout, stderr) = MarsadProcess.Run("worker", "--broker", _servers.Broker, "--queue", _servers.Queue, "--db", db, "--until-empty");
        Assert.True(code == 0, stderr);
        Assert.Contains("4 stored", stdout);
        var stored = JsonDocument.Parse(await client.GetStringAsync("/api/documents/" + docs[0].Id)).RootElement;
        Assert.Equal(docs[0].Text, stored.GetProperty("text").GetString());
        Assert.True(stored.GetProperty("entities").GetArrayLength() > 0);
        StoredCorpus.AssertOnce(db, docs, _servers.NewDatabase());

        // Stored already: answered at once, not published. Another text under a stored id: refused, not published.
        var again = await client.PostAsync("/api/documents", Json(Article(docs[0]), "application/json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("\"status\":\"unchanged\"", await again.Content.ReadAsStringAsync());
        var other = await client.PostAsync("/api/documents", Json(Article(new Document(docs[0].Id, docs[1].Text)), "application/json"));
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        await using (var queue = await _servers.ConnectAsync())
            Assert.Equal((0u, 0u), ((await queue.DepthAsync()).Waiting, (await queue.DepthAsync()).DeadLetters));
    }
}
