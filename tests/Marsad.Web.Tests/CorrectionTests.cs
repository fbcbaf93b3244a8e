using System.Net;
using System.Text;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>Corrections through the API, seen in the graph in Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class CorrectionTests(SeededServer seeded, Browser browser)
{
    private HttpClient Client => seeded.Server.Client;

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string url, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        var res = await Client.PostAsync(url, content);
        return (res.StatusCode, JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The number of hostile events from the entity drawn in the graph (edge counts).</summary>
    private static Task<int> HostileFrom(WatchedPage w, long entity) =>
        w.Page.EvaluateAsync<int>("id => document.getElementById('graph').cy.edges().filter(e => e.data('polarity') === 'hostility' && e.source().id() === String(id)).reduce((n, e) => n + e.data('count'), 0)", entity);

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.IsSuccessStatusCode, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<HashSet<string>> DocumentsOf(long entity) =>
        (await GetJson($"/api/entities/{entity}/documents?limit=100")).GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("document_id").GetString()!).ToHashSet();

    /// <summary>The documents of the JSON Lines export filtered by an entity.</summary>
    private async Task<HashSet<string>> Exported(long entity) =>
        (await Client.GetStringAsync($"/api/export?format=jsonl&entity={entity}")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToHashSet();

    private static Task<string[]> Aliases(WatchedPage w) =>
        w.Page.Locator(".aliases li bdi").EvaluateAllAsync<string[]>("els => els.map(e => e.textContent)");

    [Fact]
    public async Task A_merge_changes_the_entity_page_and_the_export_and_a_split_restores_them()
    {
        // Two people of the seed articles, each named in a document the other is not.
        var people = (await GetJson("/api/entities?type=PER&kind=named&sort=documents&limit=20")).GetProperty("entities").EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetInt64(), Name: e.GetProperty("name").GetString()!)).ToList();
        var docs = new Dictionary<long, HashSet<string>>();
        foreach (var p in people) docs[p.Id] = await DocumentsOf(p.Id);
        var (into, from) = people.SelectMany(a => people.Select(b => (Into: a, From: b)))
            .First(x => x.Into.Id != x.From.Id && x.Into.Name != x.From.Name && !docs[x.From.Id].IsSubsetOf(docs[x.Into.Id]));
        var union = docs[into.Id].Union(docs[from.Id]).ToHashSet();
        Assert.Equal(docs[into.Id], await Exported(into.Id));

        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url($"/entities/{into.Id}"));
        await w.Page.WaitForSelectorAsync(".aliases li");
        Assert.DoesNotContain(from.Name, await Aliases(w));

        var (status, merge) = await Post("/api/corrections", new { action = "merge_entities", entity_id = from.Id, into_id = into.Id, author = "tester", reason = "one person" });
        Assert.Equal(HttpStatusCode.Created, status);
        try
        {
            await w.GotoAsync(seeded.Server.Url($"/entities/{into.Id}"));
            await w.Page.WaitForSelectorAsync(".entity-corrections li[data-action=merge_entities]");
            Assert.Contains(from.Name, await Aliases(w));
            Assert.Equal(union.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await w.Page.TextContentAsync(".facts .doc-count"));
            // The merged entity's own page is the entity it was merged into.
            await w.GotoAsync(seeded.Server.Url($"/entities/{from.Id}"));
            await w.Page.WaitForSelectorAsync(".entity-corrections li");
            Assert.StartsWith(into.Name, (await w.Page.TextContentAsync(".entity-head h1"))!.Trim());
            Assert.Equal(union, await Exported(into.Id));
        }
        finally
        {
            var (splitStatus, split) = await Post($"/api/entities/{into.Id}/split", new { author = "tester-2" });
            Assert.Equal(HttpStatusCode.OK, splitStatus);
            Assert.Equal(merge.GetProperty("id").GetInt64(), split.GetProperty("corrections")[0].GetProperty("id").GetInt64());
        }
        await w.GotoAsync(seeded.Server.Url($"/entities/{from.Id}"));
        await w.Page.WaitForSelectorAsync(".aliases li");
        Assert.StartsWith(from.Name, (await w.Page.TextContentAsync(".entity-head h1"))!.Trim());
        Assert.Equal(0, await w.Page.Locator(".entity-corrections").CountAsync());
        Assert.Equal(docs[into.Id], await Exported(into.Id));
        Assert.Empty(w.Errors);

        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/corrections", new { action = "merge_entities", entity_id = into.Id, into_id = into.Id, author = "x" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/corrections", new { action = "set_type", entity_id = into.Id, value = "ANIMAL", author = "x" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/api/corrections", new { action = "set_type", entity_id = -1, value = "ORG", author = "x" })).Status);
    }

    [Fact]
    public async Task A_flagged_event_leaves_the_graph_and_comes_back_on_undo_and_both_are_audited()
    {
        var doc = JsonDocument.Parse(await Client.GetStringAsync("/api/documents/fixture-cairo-meeting")).RootElement;
        var accuse = doc.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "ACCUSE").GetProperty("id").GetInt64();
        var (turkey, _) = await seeded.Entity("تركيا");
        var (haftar, _) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        var graph = seeded.Server.Url($"/graph?entity={haftar}");
        await w.GotoAsync(graph);
        await w.Page.WaitForSelectorAsync("#graph canvas");
        var before = await HostileFrom(w, turkey);
        Assert.True(before >= 1);

        var (status, flag) = await Post("/api/corrections", new { action = "flag_event", event_id = accuse, author = "tester", reason = "not an accusation" });
        Assert.Equal(HttpStatusCode.Created, status);
        long id = flag.GetProperty("id").GetInt64();
        try
        {
            await w.GotoAsync(graph);
            await w.Page.WaitForSelectorAsync("#graph canvas");
            Assert.Equal(before - 1, await HostileFrom(w, turkey));
            // Its document still shows it, marked as flagged.
            await w.GotoAsync(seeded.Server.Url("/documents/fixture-cairo-meeting"));
            await w.Page.WaitForSelectorAsync($".event-card.flagged[data-event-id='{accuse}'] .badge.flagged");
            Assert.Equal(1, await w.Page.Locator(".event-card.flagged").CountAsync());
        }
        finally
        {
            var (undoStatus, undone) = await Post($"/api/corrections/{id}/undo", new { author = "tester-2" });
            Assert.Equal(HttpStatusCode.OK, undoStatus);
            Assert.Equal("tester-2", undone.GetProperty("undone_by").GetString());
        }
        await w.GotoAsync(graph);
        await w.Page.WaitForSelectorAsync("#graph canvas");
        Assert.Equal(before, await HostileFrom(w, turkey));
        Assert.Empty(w.Errors);

        var audit = JsonDocument.Parse(await Client.GetStringAsync("/api/corrections")).RootElement.GetProperty("corrections");
        var entry = audit.EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == id);
        Assert.Equal("tester", entry.GetProperty("author").GetString());
        Assert.Equal("not an accusation", entry.GetProperty("reason").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/corrections", new { action = "flag_event", event_id = accuse })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/api/corrections", new { action = "flag_event", event_id = -1, author = "x" })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/api/corrections", new { action = "delete_everything", event_id = accuse, author = "x" })).Status);
    }
}
