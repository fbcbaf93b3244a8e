using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Core;

namespace Marsad.Web.Tests;

/// <summary>
/// One server for the API and browser tests: the five seed articles (read from ../shared, never
/// copied) and a hostile article ingested through POST /api/documents, plus the hand-annotated
/// articles of <see cref="AnnotatedCorpus"/> stored directly.
/// </summary>
public sealed class SeededServer : IAsyncLifetime
{
    public const string HostileId = "hostile-markup";
    public const string HostileScript = "<script>window.__pwned = 1; alert('script')</script>";
    public const string HostileImage = "<img src=x onerror=\"window.__pwned = 2; alert('img')\">";

    public TestServer Server { get; private set; } = null!;
    public IReadOnlyList<JsonElement> Seeds { get; private set; } = [];

    public static string SeedsPath => Path.Combine(DataPaths.Shared, "seeds", "seeds.jsonl");

    public static string HostileLine => JsonSerializer.Serialize(new
    {
        id = HostileId,
        title = "<img src=x onerror=alert('title')>مقال عدائي",
        published = "2020-01-02",
        text = $"قالت النشرة الجوية إن الطقس سيكون معتدلاً غداً. {HostileScript}\n"
             + $"وأضافت أن الأمطار متوقعة في المساء {HostileImage} <a href=\"javascript:alert(3)\">رابط</a> على السواحل.",
    });

    public async Task InitializeAsync()
    {
        Server = await TestServer.StartAsync();
        var lines = await File.ReadAllLinesAsync(SeedsPath);
        Seeds = lines.Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var body = string.Join('\n', lines.Append(HostileLine));
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var res = await Server.Client.PostAsync("/api/documents", content);
        if (!res.IsSuccessStatusCode) throw new InvalidOperationException($"seeding failed: {(int)res.StatusCode} {await res.Content.ReadAsStringAsync()}");
        foreach (var doc in AnnotatedCorpus.Documents()) Server.Store.Ingest(doc);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public JsonElement Seed(int i) => Seeds[i];

    /// <summary>The corpus entity a name resolves to (the knowledge base may spell it its own way).</summary>
    public async Task<(long Id, string Name)> Entity(string name)
    {
        var json = await Server.Client.GetStringAsync("/api/entities/" + Uri.EscapeDataString(name));
        var e = JsonDocument.Parse(json).RootElement.GetProperty("entity");
        return (e.GetProperty("id").GetInt64(), e.GetProperty("name").GetString()!);
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SeededServer>, ICollectionFixture<Browser>
{
    public const string Name = "web";
}
