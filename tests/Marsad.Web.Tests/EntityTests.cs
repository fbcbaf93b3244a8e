using System.Text.Json;


namespace Marsad.Web.Tests;

/// <summary>Entity pages (documents, aliases, timeline filters), the entity browser and the site icon, in Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class EntityTests(SeededServer seeded, Browser browser)
{
    private string Url(string path) => seeded.Server.Url(path);

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.IsSuccessStatusCode, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task An_entity_page_pages_through_all_its_documents_and_shows_alias_counts()
    {
        var (id, _) = await seeded.Entity("خليفة حفتر");
        var all = await GetJson($"/api/entities/{id}/documents?limit=100");
        var expected = all.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("document_id").GetString()!).ToList();
        Assert.Equal(expected.Count, all.GetProperty("total").GetInt32());
        Assert.True(expected.Count >= 3, all.ToString());

        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url($"/entities/{id}?docs_limit=2"));
        var seen = new List<string>();
        for (int i = 0; i < 50; i++)
        {
            seen.AddRange(await w.Page.Locator(".entity-documents li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)"));
            if (await w.Page.Locator(".entity-documents button.next").IsDisabledAsync()) break;
            var first = await w.Page.Locator(".entity-documents li").First.GetAttributeAsync("data-id");
            await w.Page.ClickAsync(".entity-documents button.next");
            await w.Page.WaitForFunctionAsync("id => document.querySelector('.entity-documents li')?.dataset.id !== id", first, new() { Timeout = 30_000 });
        }
        Assert.Equal(expected, seen);
        Assert.Contains("×", await w.Page.TextContentAsync(".aliases li .count"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_timeline_on_an_entity_page_filters_by_type_and_date()
    {
        var (id, _) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url($"/entities/{id}"));
        int all = await w.Page.Locator(".entity-events .tl-event").CountAsync();
        await w.Page.SelectOptionAsync(".tl-filters select[name=type]", "ACCUSE");
        await w.Page.ClickAsync(".tl-filters button[type=submit]");
        await w.Page.WaitForFunctionAsync("n => document.querySelectorAll('.entity-events .tl-event').length !== n", all, new() { Timeout = 30_000 });
        var accusations = await GetJson($"/api/timeline?entity={id}&type=ACCUSE");
        Assert.Equal(accusations.GetProperty("events").GetArrayLength(), await w.Page.Locator(".entity-events .tl-event").CountAsync());
        Assert.True(accusations.GetProperty("events").GetArrayLength() >= 1);

        await w.Page.SelectOptionAsync(".tl-filters select[name=type]", "");
        await w.Page.FillAsync(".tl-filters input[name=from]", "2031-01-01");
        await w.Page.ClickAsync(".tl-filters button[type=submit]");
        // The list is replaced when the answer arrives: wait for it to be empty rather than for any muted text.
        await w.Page.WaitForFunctionAsync("() => document.querySelectorAll('.entity-events .tl-event').length === 0", null, new() { Timeout = 30_000 });
        Assert.Equal(0, await w.Page.Locator(".entity-events .tl-event").CountAsync());
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task A_generic_actor_page_shows_its_sector_and_whom_it_belongs_to()
    {
        // the seed articles name actors by their role ("مسؤولين مصريين", "مصادر أمنية مصرية"): generic actors tied to a state
        var list = await GetJson("/api/entities?limit=500");
        var generic = list.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "generic"
            && e.TryGetProperty("sector", out _) && e.TryGetProperty("affiliation", out _));
        var owner = generic.GetProperty("affiliation");
        Assert.Equal("named", owner.GetProperty("kind").GetString());
        Assert.DoesNotContain(list.GetProperty("entities").EnumerateArray(), e => e.GetProperty("kind").GetString() == "generic" && e.GetProperty("kb").ValueKind != JsonValueKind.Null);

        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url($"/entities/{generic.GetProperty("id").GetInt64()}"));
        Assert.Equal(1, await w.Page.Locator(".entity-head .badge.generic").CountAsync());
        var sector = w.Page.Locator(".facts .sector");
        Assert.Equal(generic.GetProperty("sector").GetString(), await sector.GetAttributeAsync("title"));
        Assert.NotEqual(generic.GetProperty("sector").GetString(), (await sector.TextContentAsync())?.Trim());
        var link = w.Page.Locator(".facts a.affiliation");
        Assert.Equal($"/entities/{owner.GetProperty("id").GetInt64()}", await link.GetAttributeAsync("href"));
        Assert.Equal(owner.GetProperty("name").GetString(), (await link.TextContentAsync())?.Trim());
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_entity_browser_filters_by_type_and_name()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/entities"));
        Assert.True(await w.Page.Locator(".entity-table tbody tr").CountAsync() >= 5);
        await w.Page.SelectOptionAsync(".entity-filters select[name=type]", "GPE");
        await w.Page.ClickAsync(".entity-filters button[type=submit]");
        await Waits.AddressAsync(w.Page, "**type=GPE*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .entity-table");
        var types = await w.Page.Locator(".entity-table tbody tr").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("GPE", t));
        var expected = await GetJson("/api/entities?type=GPE&limit=1");
        Assert.Contains(expected.GetProperty("total").GetInt32().ToString(), await w.Page.TextContentAsync(".pager .range"));

        await w.GotoAsync(Url("/entities?q=" + Uri.EscapeDataString("حفتر")));
        Assert.Contains("حفتر", await w.Page.TextContentAsync(".entity-table tbody"));
        await w.Page.ClickAsync(".entity-table tbody tr a");
        await Waits.AddressAsync(w.Page, "**/entities/*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .entity-head");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task Wikidata_links_are_only_for_q_ids_and_the_site_has_an_icon()
    {
        var list = await GetJson("/api/entities?limit=500");
        var entities = list.GetProperty("entities").EnumerateArray().ToList();
        var q = entities.First(e => e.GetProperty("kb").ValueKind == JsonValueKind.String && e.GetProperty("kb").GetString()!.StartsWith('Q'));
        var other = entities.FirstOrDefault(e => e.GetProperty("kb").ValueKind == JsonValueKind.String && !e.GetProperty("kb").GetString()!.StartsWith('Q'));
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url($"/entities/{q.GetProperty("id").GetInt64()}"));
        Assert.Equal($"https://www.wikidata.org/wiki/{q.GetProperty("kb").GetString()}", await w.Page.GetAttributeAsync(".kb-wikidata", "href"));
        if (other.ValueKind == JsonValueKind.Object)
        {
            await w.GotoAsync(Url($"/entities/{other.GetProperty("id").GetInt64()}"));
            Assert.Equal(0, await w.Page.Locator(".kb-wikidata").CountAsync());
            Assert.Equal(other.GetProperty("kb").GetString(), await w.Page.TextContentAsync(".kb-internal"));
        }
        Assert.Empty(w.Errors);

        var icon = await seeded.Server.Client.GetAsync("/favicon.ico");
        Assert.True(icon.IsSuccessStatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await icon.Content.ReadAsStringAsync());
    }
}
