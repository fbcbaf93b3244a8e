using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>Every API route against a real server holding the ingested seeds.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(SeededServer seeded)
{
    private HttpClient Client => seeded.Server.Client;

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var res = await Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(expected == res.StatusCode, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task AssertProblem(string url, int status, string? detailContains = null)
    {
        var res = await Client.GetAsync(url);
        Assert.Equal(status, (int)res.StatusCode);
        Assert.Equal("application/problem+json", res.Content.Headers.ContentType!.MediaType);
        var p = JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, p.GetProperty("status").GetInt32());
        if (detailContains is not null) Assert.Contains(detailContains, p.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_for_haftar_finds_at_least_four_documents_with_snippets()
    {
        var res = await GetJson("/api/search?q=" + Uri.EscapeDataString("حفتر"));
        var hits = res.GetProperty("hits").EnumerateArray().ToList();
        Assert.True(hits.Select(h => h.GetProperty("document_id").GetString()).Distinct().Count() >= 4, res.ToString());
        foreach (var hit in hits)
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            Assert.NotEmpty(snippet);
            foreach (var hl in hit.GetProperty("highlights").EnumerateArray())
                Assert.InRange(hl.GetProperty("end").GetInt32(), hl.GetProperty("start").GetInt32() + 1, snippet.Length);
        }
    }

    [Fact]
    public async Task Search_filters_by_date_and_rejects_bad_parameters()
    {
        var all = await GetJson("/api/search?q=" + Uri.EscapeDataString("ليبيا"));
        var none = await GetJson("/api/search?q=" + Uri.EscapeDataString("ليبيا") + "&from=2031-01-01");
        Assert.True(all.GetProperty("total").GetInt32() >= 4);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        await AssertProblem("/api/search?q=x&from=yesterday", 400, "'from'");
        await AssertProblem("/api/search?q=x&type=PARTY", 400, "'type'");
        await AssertProblem("/api/search", 400, "'q'");
        await AssertProblem("/api/search?q=" + new string('ب', 600), 400, "longer");
        await AssertProblem("/api/search?q=x&limit=0", 400, "'limit'");
    }

    [Fact]
    public async Task Recent_documents_and_stats_list_the_ingested_corpus()
    {
        var docs = await GetJson("/api/documents?limit=50");
        var ids = docs.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document_id").GetString()).ToHashSet();
        foreach (var seed in seeded.Seeds) Assert.Contains(seed.GetProperty("id").GetString(), ids);
        var stats = await GetJson("/api/stats");
        Assert.True(stats.GetProperty("documents").GetInt64() >= 6);
        Assert.True(stats.GetProperty("entities").GetInt64() >= 7);
        Assert.True(stats.GetProperty("events").GetInt64() >= 5);
    }

    [Fact]
    public async Task Seed_document_returns_its_text_and_annotations_whose_offsets_point_into_it()
    {
        foreach (var seed in seeded.Seeds)
        {
            var doc = await GetJson("/api/documents/" + Uri.EscapeDataString(seed.GetProperty("id").GetString()!));
            var text = doc.GetProperty("text").GetString()!;
            Assert.Equal(seed.GetProperty("text").GetString(), text);
            AssertOffsetsPointIntoText(doc, text);
        }
        await AssertProblem("/api/documents/no-such-document", 404, "no-such-document");
    }

    [Fact]
    public async Task Annotated_document_returns_mentions_events_with_attribution_and_roles()
    {
        var doc = await GetJson("/api/documents/fixture-cairo-meeting");
        var text = doc.GetProperty("text").GetString()!;
        AssertOffsetsPointIntoText(doc, text);
        var entities = doc.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("local_id").GetString()!);
        Assert.Equal(6, entities.Count);
        var haftar = entities.Values.Single(e => e.GetProperty("name").GetString() == "خليفة حفتر");
        Assert.Equal(["خليفة حفتر", "حفتر"], haftar.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
        var events = doc.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["CONSULT", "ACCUSE", "ASSAULT"], events.Select(e => e.GetProperty("type").GetString()));
        var accuse = events[1];
        Assert.Equal("reported", accuse.GetProperty("modality").GetString());
        Assert.Equal("مصادر دبلوماسية", accuse.GetProperty("attribution").GetProperty("text").GetString());
        Assert.Equal("تركيا", entities[accuse.GetProperty("sources")[0].GetString()!].GetProperty("name").GetString());
        Assert.Equal("القاهرة", entities[events[0].GetProperty("location").GetString()!].GetProperty("name").GetString());
        var role = Assert.Single(doc.GetProperty("relations").EnumerateArray());
        Assert.Equal(("ROLE", "الرئيس"), (role.GetProperty("type").GetString(), role.GetProperty("label").GetString()));
    }

    private static void AssertOffsetsPointIntoText(JsonElement doc, string text)
    {
        foreach (var e in doc.GetProperty("entities").EnumerateArray())
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
                Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        foreach (var ev in doc.GetProperty("events").EnumerateArray())
            foreach (var span in new[] { ev.GetProperty("trigger"), ev.GetProperty("evidence") })
                Assert.Equal(span.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    private static string Q(string s) => Uri.EscapeDataString(s);

    private async Task<long> EntityId(string name) =>
        (await GetJson("/api/entities/" + Q(name))).GetProperty("entity").GetProperty("id").GetInt64();

    [Fact]
    public async Task Entities_are_found_by_any_spelling_and_have_a_profile()
    {
        var list = await GetJson("/api/entities?q=" + Q("حفتر") + "&type=PER");
        var haftar = list.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == "خليفة حفتر");
        var id = haftar.GetProperty("id").GetInt64();
        var profile = await GetJson($"/api/entities/{id}");
        Assert.Equal(id, profile.GetProperty("entity").GetProperty("id").GetInt64());
        Assert.Equal("Khalifa Haftar", profile.GetProperty("entity").GetProperty("name_en").GetString());
        var aliases = profile.GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("alias").GetString()).ToList();
        Assert.Contains("حفتر", aliases);
        Assert.Contains("خليفة حفتر", aliases);
        var partners = profile.GetProperty("partners").EnumerateArray()
            .Select(p => (Type: p.GetProperty("type").GetString(), Id: p.GetProperty("entity").GetProperty("id").GetInt64())).ToList();
        Assert.Contains(("CONSULT", await EntityId("عبد الفتاح السيسي")), partners);
        Assert.Contains(("ACCUSE", await EntityId("تركيا")), partners);

        Assert.Equal(id, await EntityId("خليفة حفتر"));
        await AssertProblem("/api/entities/" + Q("لا أحد بهذا الاسم إطلاقا"), 404);
        var most = await GetJson("/api/entities?limit=5");
        Assert.Equal(5, most.GetProperty("entities").GetArrayLength());
        await AssertProblem("/api/entities?type=WIZARD", 400, "'type'");
    }

    [Fact]
    public async Task Entities_list_one_kind_and_generic_actors_carry_their_sector()
    {
        var generic = await GetJson("/api/entities?kind=generic&limit=500");
        var list = generic.GetProperty("entities").EnumerateArray().ToList();
        Assert.NotEmpty(list);
        Assert.All(list, e => Assert.Equal("generic", e.GetProperty("kind").GetString()));
        Assert.Contains(list, e => e.TryGetProperty("sector", out var s) && s.GetString() is { Length: 3 });
        var named = await GetJson("/api/entities?kind=named&limit=500");
        Assert.All(named.GetProperty("entities").EnumerateArray(), e => Assert.Equal("named", e.GetProperty("kind").GetString()));
        Assert.Equal((await GetJson("/api/entities?limit=1")).GetProperty("total").GetInt32(),
            generic.GetProperty("total").GetInt32() + named.GetProperty("total").GetInt32());
        await AssertProblem("/api/entities?kind=anonymous", 400, "'kind'");
    }

    [Fact]
    public async Task Graph_edges_join_listed_nodes_carry_polarity_and_filter_by_type_and_entity()
    {
        var g = await GetJson("/api/graph");
        var nodes = g.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()).ToHashSet();
        var edges = g.GetProperty("edges").EnumerateArray().ToList();
        foreach (var e in edges)
        {
            Assert.Contains(e.GetProperty("source").GetInt64(), nodes);
            Assert.Contains(e.GetProperty("target").GetInt64(), nodes);
            Assert.True(e.GetProperty("count").GetInt32() >= 1);
        }
        long sisi = await EntityId("عبد الفتاح السيسي"), haftar = await EntityId("خليفة حفتر"), turkey = await EntityId("تركيا");
        JsonElement Edge(long s, long t, string type) => edges.Single(e => e.GetProperty("source").GetInt64() == s && e.GetProperty("target").GetInt64() == t && e.GetProperty("type").GetString() == type);
        Assert.Equal(1, Edge(sisi, haftar, "CONSULT").GetProperty("polarity").GetInt32());
        Assert.Equal(-1, Edge(turkey, haftar, "ACCUSE").GetProperty("polarity").GetInt32());
        var meeting = Edge(sisi, haftar, "CONSULT");
        Assert.InRange("2019-04-14", meeting.GetProperty("first").GetString()!, meeting.GetProperty("last").GetString()!);

        var filtered = await GetJson("/api/graph?types=ACCUSE,ASSAULT");
        Assert.NotEmpty(filtered.GetProperty("edges").EnumerateArray());
        Assert.All(filtered.GetProperty("edges").EnumerateArray(), e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "ACCUSE", "ASSAULT" }));

        var focused = await GetJson("/api/graph?entity=" + Q("خليفة حفتر"));
        Assert.Equal(haftar, focused.GetProperty("focus").GetProperty("id").GetInt64());
        Assert.NotEmpty(focused.GetProperty("edges").EnumerateArray());
        Assert.All(focused.GetProperty("edges").EnumerateArray(),
            e => Assert.True(e.GetProperty("source").GetInt64() == haftar || e.GetProperty("target").GetInt64() == haftar));
        var before = await GetJson("/api/graph?entity=" + Q("خليفة حفتر") + "&to=2016-01-01");
        Assert.DoesNotContain(before.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "CONSULT");
        await AssertProblem("/api/graph?types=HUG", 400, "'types'");
        await AssertProblem("/api/graph?to=2018-13", 400, "'to'");
    }

    [Fact]
    public async Task Timeline_lists_events_of_an_actor_and_of_a_pair_in_date_order()
    {
        long sisi = await EntityId("عبد الفتاح السيسي"), haftar = await EntityId("خليفة حفتر");
        var one = await GetJson($"/api/timeline?entity={haftar}");
        Assert.Equal(haftar, one.GetProperty("entity").GetProperty("id").GetInt64());
        var types = one.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        foreach (var t in new[] { "CONSULT", "ACCUSE", "ASSAULT", "SUPPORT" }) Assert.Contains(t, types);

        var pair = await GetJson("/api/timeline?entity=" + Q("عبد الفتاح السيسي") + "&entity2=" + Q("خليفة حفتر"));
        var events = pair.GetProperty("events").EnumerateArray().ToList();
        Assert.All(events, ev =>
        {
            var ids = ev.GetProperty("sources").EnumerateArray().Concat(ev.GetProperty("targets").EnumerateArray()).Select(x => x.GetProperty("id").GetInt64()).ToList();
            Assert.Contains(sisi, ids);
            Assert.Contains(haftar, ids);
        });
        var support = events.FindIndex(e => e.GetProperty("type").GetString() == "SUPPORT");
        var consult = events.FindIndex(e => e.GetProperty("type").GetString() == "CONSULT");
        Assert.True(support >= 0 && consult > support, "2015 support before the 2019 meeting");
        await AssertProblem("/api/timeline", 400, "'entity'");
        await AssertProblem("/api/timeline?entity=" + Q("خليفة حفتر") + "&from=soon", 400, "'from'");
    }

    [Fact]
    public async Task Posting_an_article_stores_it_once_and_reports_bad_json_lines()
    {
        var text = "أعلنت وزارة الخارجية التركية أن أنقرة ستستضيف وزير الخارجية الروسي الأسبوع المقبل لبحث الأزمة الليبية.";
        async Task<JsonElement> Post(string body, string type)
        {
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(type) { CharSet = "utf-8" };
            var res = await Client.PostAsync("/api/documents", content);
            return JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement.Clone();
        }
        var article = JsonSerializer.Serialize(new { text, title = "زيارة", published = "2024-03-01" });
        var first = await Post(article, "application/json");
        var doc = first.GetProperty("documents")[0];
        Assert.Equal("stored", doc.GetProperty("status").GetString());
        var again = await Post(article, "application/json");
        Assert.Equal("unchanged", again.GetProperty("documents")[0].GetProperty("status").GetString());
        var stored = await GetJson("/api/documents/" + doc.GetProperty("id").GetString());
        Assert.Equal(text, stored.GetProperty("text").GetString());
        Assert.Equal("2024-03-01", stored.GetProperty("published").GetString());

        var mixed = await Post("{\"id\":\"ok-line\",\"text\":\"التقى وزير الخارجية المصري نظيره الفرنسي في باريس.\"}\n{not json}\n", "application/x-ndjson");
        Assert.Equal("ok-line", mixed.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Contains("request:2", mixed.GetProperty("errors")[0].GetProperty("origin").GetString());
    }

    [Theory]
    [InlineData("application/pdf", "abc", 415)]
    [InlineData("text/plain", "نص", 415)]
    [InlineData("text/html", "<p>نص</p>", 415)]
    [InlineData("application/json", "", 400)]
    [InlineData("application/json", "[1, 2]", 400)]
    [InlineData("application/x-ndjson", "{broken\n", 400)]
    public async Task Posting_what_cannot_be_read_is_a_clear_error(string type, string body, int status)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        var res = await Client.PostAsync("/api/documents", content);
        Assert.Equal(status, (int)res.StatusCode);
        Assert.Equal("application/problem+json", res.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Export_streams_each_format_with_the_filters_of_the_command_line()
    {
        var res = await Client.GetAsync("/api/export?format=acled&bom=true&entity=" + Uri.EscapeDataString("حفتر"));
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal("text/csv", res.Content.Headers.ContentType!.MediaType);
        Assert.Equal("marsad-export.csv", res.Content.Headers.ContentDisposition!.FileNameStar ?? res.Content.Headers.ContentDisposition.FileName);
        var bytes = await res.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,", lines[0]);
        Assert.True(lines.Length > 1, "Haftar has events in the seeds");

        var gdelt = await Client.GetStringAsync("/api/export?format=gdelt");
        Assert.All(gdelt.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Equal(58, l.Split('\t').Length));
        var jsonl = await Client.GetStringAsync("/api/export?format=jsonl&from=2018&to=2018");
        Assert.All(jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => Assert.StartsWith("2018", JsonDocument.Parse(l).RootElement.GetProperty("published").GetString()));

        await AssertProblem("/api/export?format=gexf&outlet=x", 400, "outlet");
        await AssertProblem("/api/export?format=xls", 400, "format");
        await AssertProblem("/api/export?format=gdelt&bom=true", 400, "bom");
    }

    [Fact]
    public async Task OpenApi_describes_every_route()
    {
        var doc = await GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var p in new[] { "/api/search", "/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}", "/api/graph", "/api/timeline", "/api/stats", "/api/export" })
            Assert.Contains(p, paths);
        Assert.True(doc.GetProperty("paths").GetProperty("/api/documents").TryGetProperty("post", out _));
    }
}

/// <summary>The request size limit: a body over --max-body is refused with 413 before it is processed.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        await using var server = await TestServer.StartAsync(new WebOptions { MaxBodyBytes = 4096 });
        using var content = new StringContent(JsonSerializer.Serialize(new { text = new string('ن', 5000) }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var res = await server.Client.PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, res.StatusCode);
        Assert.Equal("application/problem+json", res.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0, server.Store.Stats().Documents);
    }
}
