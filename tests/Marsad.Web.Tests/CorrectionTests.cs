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
