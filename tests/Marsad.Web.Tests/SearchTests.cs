using System.Text.Json;


namespace Marsad.Web.Tests;

/// <summary>Search paging, facets, outlets and exact words: the API and the page in Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class SearchTests(SeededServer seeded, Browser browser)
{
    private string Url(string path) => seeded.Server.Url(path);

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.IsSuccessStatusCode, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> HitIds(JsonElement res) =>
        res.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document_id").GetString()!).ToList();

    [Fact]
    public async Task Api_pages_carry_offset_limit_and_facets_that_count_all_hits()
    {
        var q = "/api/search?q=" + Uri.EscapeDataString("حفتر");
        var all = await GetJson(q + "&limit=100");
        int total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 5, all.ToString());
        var paged = new List<string>();
        for (int offset = 0; offset < total; offset += 2)
        {
            var page = await GetJson($"{q}&limit=2&offset={offset}&facets=false");
            Assert.Equal(offset, page.GetProperty("offset").GetInt32());
            Assert.Equal(2, page.GetProperty("limit").GetInt32());
            Assert.Equal(JsonValueKind.Null, page.GetProperty("facets").ValueKind);
            paged.AddRange(HitIds(page));
        }
        Assert.Equal(HitIds(all), paged);

        var outlet = all.GetProperty("facets").GetProperty("outlets").EnumerateArray().Single(o => o.GetProperty("value").GetString() == "وكالة الاختبار");
        Assert.Equal(2, outlet.GetProperty("count").GetInt32());
        var narrowed = await GetJson(q + "&outlet=" + Uri.EscapeDataString("الاختبار"));
        Assert.Equal(2, narrowed.GetProperty("total").GetInt32());
        var outlets = await GetJson("/api/outlets?q=" + Uri.EscapeDataString("اختبار"));
        Assert.Equal("وكالة الاختبار", outlets.GetProperty("outlets")[0].GetProperty("outlet").GetString());
        Assert.Equal(2, outlets.GetProperty("outlets")[0].GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task Api_exact_mode_and_english_names()
    {
        // Stemmed, المشير also finds a seed's مشيرة; exact, only المشير and للمشير (a proclitic) in the two fixtures.
        var stemmed = HitIds(await GetJson("/api/search?limit=100&q=" + Uri.EscapeDataString("المشير")));
        var exact = await GetJson("/api/search?limit=100&exact=true&q=" + Uri.EscapeDataString("المشير"));
        Assert.True(exact.GetProperty("exact").GetBoolean());
        Assert.Contains(seeded.Seed(0).GetProperty("id").GetString(), stemmed);
        Assert.Equal(["fixture-cairo-meeting", "fixture-rafale-deal"], HitIds(exact).Order());
        var english = await GetJson("/api/search?limit=100&q=Haftar");
        var ids = HitIds(english);
        Assert.Contains("fixture-cairo-meeting", ids);
        Assert.Contains("fixture-rafale-deal", ids);
    }

    [Fact]
    public async Task Paging_through_a_search_shows_every_hit_once()
    {
        var expected = HitIds(await GetJson("/api/search?limit=100&facets=false&q=" + Uri.EscapeDataString("حفتر")));
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/?limit=2&q=" + Uri.EscapeDataString("حفتر")));
        var seen = new List<string>();
        for (int page = 0; page < 50; page++)
        {
            seen.AddRange(await w.Page.Locator(".hit").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id)"));
            if (await w.Page.Locator(".pager a.next").CountAsync() == 0) break;
            var next = await w.Page.GetAttributeAsync(".pager a.next", "href");
            await w.Page.ClickAsync(".pager a.next");
            await Waits.AddressAsync(w.Page, u => u.EndsWith(next!, StringComparison.Ordinal));
            await w.Page.WaitForSelectorAsync("body[data-ready=true] .results");
        }
        Assert.Equal(expected, seen);
        Assert.Contains($"{expected.Count}", await w.Page.TextContentAsync(".pager .range"));
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task A_facet_narrows_the_results_to_its_count_and_can_be_removed()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/?q=" + Uri.EscapeDataString("حفتر")));
        var before = await w.Page.Locator(".hit").CountAsync();
        var facet = w.Page.Locator(".facet-outlet li", new() { HasText = "وكالة الاختبار" });
        Assert.Equal("2", (await facet.Locator(".count").TextContentAsync())!.Trim());
        await facet.Locator("a").ClickAsync();
        await Waits.AddressAsync(w.Page, "**outlet=*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .results");
        Assert.Equal(2, await w.Page.Locator(".hit").CountAsync());
        Assert.True(before > 2);
        Assert.Equal(1, await w.Page.Locator(".facet-outlet li.active").CountAsync());
        await w.Page.ClickAsync(".facet-outlet li.active a");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .results");
        Assert.Equal(before, await w.Page.Locator(".hit").CountAsync());
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_empty_search_box_is_right_to_left_and_follows_what_is_typed()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/"));
        Assert.Equal("rtl", await w.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('form.search input[name=q]')).direction"));
        await w.Page.FillAsync("form.search input[name=q]", "Haftar");
        Assert.Equal("ltr", await w.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('form.search input[name=q]')).direction"));
        Assert.True(await w.Page.Locator("#outlet-list option").CountAsync() >= 1);
    }
}
