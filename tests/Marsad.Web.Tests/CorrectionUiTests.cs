using System.Net;
using System.Text;
using System.Text.Json;
using Marsad.Web.Hosting;
using Microsoft.Playwright;


namespace Marsad.Web.Tests;

/// <summary>The analyst's corrections made with the pages' own forms in Chromium, seen in the API and undone through the audit page.</summary>
[Collection(WebCollection.Name)]
public sealed class CorrectionUiTests(SeededServer seeded, Browser browser)
{
    private const string MeetingDoc = "fixture-cairo-meeting";

    private HttpClient Client => seeded.Server.Client;

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.IsSuccessStatusCode, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task Post(string url, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        await Client.PostAsync(url, content);
    }

    /// <summary>Opens a folded correction, fills who and why (and its own fields), and sends it.</summary>
    private static async Task Submit(ILocator box, string author, string? reason = null, Func<ILocator, Task>? fill = null)
    {
        await box.Locator("summary").ClickAsync();
        var form = box.Locator("form.correction-form");
        if (fill is not null) await fill(form);
        await form.Locator("input[name=author]").FillAsync(author);
        if (reason is not null) await form.Locator("input[name=reason]").FillAsync(reason);
        await form.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>The corrections in force, newest first.</summary>
    private async Task<List<JsonElement>> InForce() =>
        (await GetJson("/api/corrections")).GetProperty("corrections").EnumerateArray().Where(c => c.GetProperty("undone_at").ValueKind == JsonValueKind.Null).ToList();

    /// <summary>Undoes whatever a test left in force, so the shared corpus is as seeded for the next.</summary>
    private async Task UndoAll()
    {
        foreach (var c in await InForce()) await Post($"/api/corrections/{c.GetProperty("id").GetInt64()}/undo", new { author = "cleanup" });
    }

    private async Task<long> EventOf(string type) =>
        (await GetJson($"/api/documents/{MeetingDoc}")).GetProperty("events").EnumerateArray()
            .First(e => e.GetProperty("type").GetString() == type).GetProperty("id").GetInt64();

    [Fact]
    public async Task An_event_is_flagged_and_unflagged_on_its_document_page()
    {
        var accuse = await EventOf("ACCUSE");
        await using var w = await browser.OpenAsync();
        try
        {
            await w.GotoAsync(seeded.Server.Url($"/documents/{MeetingDoc}"));
            var card = $".event-card[data-event-id='{accuse}']";
            await Submit(w.Page.Locator($"{card} details.flag-box"), "ui-analyst", "the accusation is quoted, not made");
            await w.Page.WaitForSelectorAsync($"{card}.flagged .badge.flagged");
            var flag = (await InForce()).Single();
            Assert.Equal(("flag_event", "ui-analyst", "the accusation is quoted, not made"),
                (flag.GetProperty("action").GetString(), flag.GetProperty("author").GetString(), flag.GetProperty("reason").GetString()));
            Assert.DoesNotContain((await GetJson("/api/timeline?entity=" + (await seeded.Entity("تركيا")).Id)).GetProperty("events").EnumerateArray(),
                e => e.GetProperty("id").GetInt64() == accuse);

            // the same card now offers to take the flag away; the author is remembered
            var box = w.Page.Locator($"{card} details.flag-box");
            await box.Locator("summary").ClickAsync();
            Assert.Equal("ui-analyst", await box.Locator("input[name=author]").InputValueAsync());
            await box.Locator("button[type=submit]").ClickAsync();
            await w.Page.WaitForSelectorAsync($"{card}:not(.flagged)");
            Assert.Empty(await InForce());
            Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        }
        finally { await UndoAll(); }
    }

    [Fact]
    public async Task An_event_flagged_from_an_entity_timeline_leaves_it_and_the_audit_page_undoes_it()
    {
        var (haftar, _) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        try
        {
            await w.GotoAsync(seeded.Server.Url($"/entities/{haftar}"));
            var item = w.Page.Locator(".entity-events .tl-event[data-event-id]").First;
            var id = await item.GetAttributeAsync("data-event-id");
            int before = await w.Page.Locator(".entity-events .tl-event").CountAsync();
            await Submit(item.Locator("details.flag-box"), "ui-analyst", "wrong actor");
            await w.Page.WaitForSelectorAsync($".tl-event.flagged[data-event-id='{id}']");
            await w.GotoAsync(seeded.Server.Url($"/entities/{haftar}"));
            Assert.Equal(before - 1, await w.Page.Locator(".entity-events .tl-event").CountAsync());
            Assert.Equal(0, await w.Page.Locator($".tl-event[data-event-id='{id}']").CountAsync());

            await w.GotoAsync(seeded.Server.Url("/corrections"));
            var flag = (await InForce()).Single().GetProperty("id").GetInt64();
            var row = w.Page.Locator($".audit-table tr[data-id='{flag}']");
            Assert.Contains("wrong actor", await row.TextContentAsync());
            await Submit(row.Locator("details.undo"), "ui-reviewer");
            await w.Page.WaitForSelectorAsync($".audit-table tr.undone[data-id='{flag}']");
            Assert.Contains("ui-reviewer", await w.Page.Locator($".audit-table tr[data-id='{flag}']").TextContentAsync());

            await w.GotoAsync(seeded.Server.Url($"/entities/{haftar}"));
            Assert.Equal(before, await w.Page.Locator(".entity-events .tl-event").CountAsync());
            Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        }
        finally { await UndoAll(); }
    }

    [Fact]
    public async Task An_entity_is_merged_and_split_from_its_page()
    {
        var people = (await GetJson("/api/entities?type=PER&kind=named&sort=documents&limit=20")).GetProperty("entities").EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetInt64(), Name: e.GetProperty("name").GetString()!)).ToList();
        // two people whose names find each one itself
        var candidates = new List<(long Id, string Name)>();
        foreach (var p in people)
            if ((await GetJson("/api/entities/" + Uri.EscapeDataString(p.Name))).GetProperty("entity").GetProperty("id").GetInt64() == p.Id) candidates.Add(p);
        var (into, from) = (candidates[0], candidates[1]);
        await using var w = await browser.OpenAsync();
        try
        {
            await w.GotoAsync(seeded.Server.Url($"/entities/{from.Id}"));
            await Submit(w.Page.Locator(".entity-correct details.merge"), "ui-analyst", "one actor",
                form => form.Locator("input[name=into_label]").FillAsync(into.Name));
            await Waits.AddressAsync(w.Page, $"**/entities/{into.Id}");
            await w.Page.WaitForSelectorAsync("body[data-ready=true] .entity-corrections li[data-action=merge_entities]");
            Assert.Contains(from.Name, await w.Page.Locator(".aliases li bdi").AllTextContentsAsync());
            var merge = (await InForce()).Single();
            Assert.Equal(("merge_entities", "ui-analyst", "one actor"),
                (merge.GetProperty("action").GetString(), merge.GetProperty("author").GetString(), merge.GetProperty("reason").GetString()));

            await Submit(w.Page.Locator(".entity-correct details.split"), "ui-analyst");
            await w.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true' && !document.querySelector('.entity-corrections')");
            Assert.DoesNotContain(from.Name, await w.Page.Locator(".aliases li bdi").AllTextContentsAsync());
            Assert.Empty(await InForce());
            Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        }
        finally { await UndoAll(); }
    }

    [Fact]
    public async Task An_entitys_type_and_english_name_are_fixed_from_its_page_and_undone_from_the_audit_page()
    {
        var (id, _) = await seeded.Entity("خليفة حفتر");
        var original = (await GetJson($"/api/entities/{id}")).GetProperty("entity");
        await using var w = await browser.OpenAsync();
        try
        {
            await w.GotoAsync(seeded.Server.Url($"/entities/{id}"));
            await Submit(w.Page.Locator(".entity-correct details.type"), "ui-analyst", "a test of the form",
                form => form.Locator("select[name=value]").SelectOptionAsync("ORG"));
            await w.Page.WaitForSelectorAsync("body[data-ready=true] .entity-head .badge.t-ORG");
            await Submit(w.Page.Locator(".entity-correct details.name-en"), "ui-analyst", null,
                form => form.Locator("input[name=value]").FillAsync("Marshal Haftar (test)"));
            await w.Page.WaitForFunctionAsync("() => document.querySelector('.entity-head .name-en')?.textContent === 'Marshal Haftar (test)'");
            var e = (await GetJson($"/api/entities/{id}")).GetProperty("entity");
            Assert.Equal(("ORG", "Marshal Haftar (test)"), (e.GetProperty("type").GetString(), e.GetProperty("name_en").GetString()));

            await w.GotoAsync(seeded.Server.Url("/corrections"));
            foreach (var c in await InForce())
            {
                var row = w.Page.Locator($".audit-table tr[data-id='{c.GetProperty("id").GetInt64()}']");
                await Submit(row.Locator("details.undo"), "ui-reviewer");
                await w.Page.WaitForSelectorAsync($".audit-table tr.undone[data-id='{c.GetProperty("id").GetInt64()}']");
            }
            e = (await GetJson($"/api/entities/{id}")).GetProperty("entity");
            Assert.Equal(original.GetProperty("type").GetString(), e.GetProperty("type").GetString());
            Assert.Equal(original.GetProperty("name_en").ToString(), e.GetProperty("name_en").ToString());
            Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        }
        finally { await UndoAll(); }
    }

    [Fact]
    public async Task Without_its_token_a_correction_asks_for_it_and_is_sent_with_it()
    {
        const string token = "ui-token-for-tests";
        await using var server = await TestServer.StartAsync(new WebOptions { Token = token });
        foreach (var doc in AnnotatedCorpus.Documents()) server.Store.Ingest(doc);
        var accuse = server.Store.GetDocument(MeetingDoc)!.Events.First(e => e.Type == "ACCUSE").Id;
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(server.Url($"/documents/{MeetingDoc}?token={token}"));
        // the cookie of ?token= is gone (cleared, expired or for an older token): the page is drawn, the correction is refused
        await w.Page.Context.ClearCookiesAsync();
        var card = $".event-card[data-event-id='{accuse}']";
        await Submit(w.Page.Locator($"{card} details.flag-box"), "ui-analyst", "needs a token");
        var ask = w.Page.Locator($"{card} .token-ask input[name=token]");
        await ask.FillAsync(token);
        await w.Page.Locator($"{card} .token-ask .token-send").ClickAsync();
        await w.Page.WaitForSelectorAsync($"{card}.flagged");
        Assert.Single(server.Store.Corrections());
        // a 401 on the way is the server asking, not a fault of the page
        Assert.All(w.Errors, e => Assert.Contains("401", e));
    }
}
