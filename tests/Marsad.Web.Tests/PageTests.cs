using System.Text.Json;
using Microsoft.Playwright;


namespace Marsad.Web.Tests;

/// <summary>End-to-end: the pages in Debian's Chromium against a real server holding the seeds.</summary>
[Collection(WebCollection.Name)]
public sealed class PageTests(SeededServer seeded, Browser browser)
{
    private string Url(string path) => seeded.Server.Url(path);

    private static async Task<int> Count(IPage page, string selector) => await page.Locator(selector).CountAsync();

    /// <summary>No script error, no dialog, and nothing wider than the window (no sideways scrolling).</summary>
    private static async Task AssertHealthy(WatchedPage w)
    {
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        Assert.Empty(w.Dialogs);
        Assert.True(await w.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "page overflows sideways");
    }

    [Fact]
    public async Task Home_is_rtl_with_search_recent_documents_and_active_actors()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/"));
        Assert.Equal("rtl", await w.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await w.Page.GetAttributeAsync("html", "lang"));
        Assert.True(await w.Page.IsVisibleAsync("form.search input[name=q]"));
        Assert.True(await Count(w.Page, ".doc-list li") >= 5);
        Assert.True(await Count(w.Page, ".actor-list li") >= 5);
        Assert.Equal("rtl", await w.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).direction"));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Searching_haftar_lists_at_least_four_documents_and_opens_one_with_its_text()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/"));
        await w.Page.FillAsync("form.search input[name=q]", "حفتر");
        await w.Page.ClickAsync("form.search button[type=submit]");
        await Waits.AddressAsync(w.Page, "**/?q=*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .results");
        Assert.True(await Count(w.Page, ".hit") >= 4);
        Assert.True(await Count(w.Page, ".hit .snippet mark") >= 1);

        var first = seeded.Seed(0);
        await w.GotoAsync(Url("/documents/" + first.GetProperty("id").GetString()));
        var shown = await w.Page.TextContentAsync(".article-text");
        Assert.Equal(first.GetProperty("text").GetString(), shown);
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Document_highlights_mentions_and_shows_event_evidence_with_attribution_and_modality()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/documents/fixture-cairo-meeting"));
        Assert.Equal(7, await Count(w.Page, ".article-text a.m"));
        Assert.Equal(2, await Count(w.Page, ".article-text a.m.t-GPE"));
        Assert.Equal(3, await Count(w.Page, ".event-card"));
        Assert.Contains("مصادر دبلوماسية", await w.Page.TextContentAsync("#event-1"));
        Assert.Contains("منقول", await w.Page.TextContentAsync("#event-1 .modality"));

        Assert.Equal(0, await Count(w.Page, ".article-text .ev-on"));
        await w.Page.ClickAsync("#event-1");
        var lit = await w.Page.Locator(".article-text .ev-on").AllTextContentsAsync();
        Assert.Equal("واتهمت تركيا قوات حفتر بمهاجمة طرابلس، بحسب مصادر دبلوماسية.", string.Concat(lit));
        Assert.Contains("selected", await w.Page.GetAttributeAsync("#event-1", "class"));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task A_link_leads_from_a_document_to_an_entity_then_to_the_graph_and_back_to_an_entity()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/documents/fixture-cairo-meeting"));
        await w.Page.ClickAsync(".article-text a.m:text-is('خليفة حفتر')");
        await Waits.AddressAsync(w.Page, "**/entities/*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("خليفة حفتر", (await w.Page.TextContentAsync(".entity-head h1"))!.Replace("شخص", "").Trim());
        Assert.Contains("Khalifa Haftar", await w.Page.TextContentAsync(".name-en"));
        Assert.Contains((await seeded.Entity("عبد الفتاح السيسي")).Name, await w.Page.TextContentAsync(".partner-group.pol-line-cooperation"));
        Assert.Contains("تركيا", await w.Page.TextContentAsync(".partner-group.pol-line-hostility"));
        Assert.True(await Count(w.Page, ".tl-event") >= 4);
        await AssertHealthy(w);

        await w.Page.ClickAsync(".actions a[href^='/graph']");
        await Waits.AddressAsync(w.Page, "**/graph?entity=*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] #graph canvas");
        var names = await w.Page.EvaluateAsync<string[]>("() => document.getElementById('graph').cy.nodes().map(n => n.data('label'))");
        Assert.Contains("تركيا", names);
        // Bring the node to the middle at a readable zoom (the layout of a larger corpus can make it tiny), then click it.
        var turkey = await w.Page.EvaluateAsync<JsonElement>("""
            () => { const cy = document.getElementById('graph').cy; const n = cy.nodes().filter(x => x.data('label') === 'تركيا')[0];
                    cy.zoom(1.2); cy.center(n); return n.renderedPosition(); }
            """);
        var box = (await w.Page.Locator("#graph").BoundingBoxAsync())!;
        await w.Page.Mouse.ClickAsync(box.X + (float)turkey.GetProperty("x").GetDouble(), box.Y + (float)turkey.GetProperty("y").GetDouble());
        await Waits.AddressAsync(w.Page, "**/entities/*");
        await w.Page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.StartsWith("تركيا", await w.Page.TextContentAsync(".entity-head h1"));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Graph_colours_edges_by_polarity_and_filters_by_event_type()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/graph"));
        await w.Page.WaitForSelectorAsync("#graph canvas");
        var polarities = await w.Page.EvaluateAsync<string[]>("() => [...new Set(document.getElementById('graph').cy.edges().map(e => e.data('polarity')))]");
        Assert.Contains("cooperation", polarities);
        Assert.Contains("hostility", polarities);
        var colours = await w.Page.EvaluateAsync<string[]>("() => document.getElementById('graph').cy.edges().map(e => e.data('polarity') + ':' + e.style('line-color'))");
        Assert.Equal(2, colours.Distinct().Count(c => !c.StartsWith("neutral")));

        await w.Page.ClickAsync(".type-filter summary");
        foreach (var box in await w.Page.Locator(".type-filter input[type=checkbox]").AllAsync())
            if (await box.GetAttributeAsync("value") != "ACCUSE") await box.UncheckAsync();
        // the URL changes before the new graph is fetched: mark the old canvas and wait for its replacement
        await w.Page.EvaluateAsync("() => { document.getElementById('graph').dataset.stale = '1'; }");
        await w.Page.ClickAsync(".graph-controls button[type=submit]");
        await Waits.AddressAsync(w.Page, "**/graph?types=ACCUSE");
        await w.Page.WaitForFunctionAsync("() => { const g = document.getElementById('graph'); return g && !g.dataset.stale && g.cy?.edges().length > 0; }");
        var after = await w.Page.EvaluateAsync<string[]>("() => [...new Set(document.getElementById('graph').cy.edges().map(e => e.data('polarity')))]");
        Assert.Equal(["hostility"], after);
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Timeline_of_a_pair_lists_their_events_oldest_first()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/timeline?entity=" + Uri.EscapeDataString("عبد الفتاح السيسي") + "&entity2=" + Uri.EscapeDataString("خليفة حفتر")));
        var months = await w.Page.Locator(".tl-month .tl-date").AllTextContentsAsync();
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
        Assert.Contains("2015-02", months);
        Assert.Contains("2019-04", months);
        Assert.Contains((await seeded.Entity("عبد الفتاح السيسي")).Name, await w.Page.TextContentAsync("h1"));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Hostile_markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/documents/" + SeededServer.HostileId));
        var text = await w.Page.TextContentAsync(".article-text");
        Assert.Contains(SeededServer.HostileScript, text);
        Assert.Contains(SeededServer.HostileImage, text);
        Assert.Contains("<img src=x onerror=alert('title')>", await w.Page.TextContentAsync("h1"));
        Assert.Equal(0, await Count(w.Page, "main script, main img, main iframe"));
        Assert.Equal(0, await Count(w.Page, "main a[href^='javascript']"));
        Assert.Null(await w.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));

        // The same text through search snippets and the recent-documents list.
        await w.GotoAsync(Url("/?q=" + Uri.EscapeDataString("عدائي")));
        await w.GotoAsync(Url("/"));
        Assert.Null(await w.Page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, await Count(w.Page, "main img"));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task English_toggle_switches_labels_and_direction_but_keeps_arabic_text_rtl()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/documents/fixture-cairo-meeting"));
        await w.Page.ClickAsync(".lang-toggle");
        Assert.Equal("ltr", await w.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("Network", await w.Page.TextContentAsync(".nav a[href='/graph']"));
        Assert.Contains("Events in this document", await w.Page.TextContentAsync(".doc-side h2"));
        Assert.Equal("rtl", await w.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.article-text')).direction"));
        // The choice is remembered on the next page.
        await w.GotoAsync(Url("/graph"));
        Assert.Equal("en", await w.Page.GetAttributeAsync("html", "lang"));
        await AssertHealthy(w);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=" + "%D8%AD%D9%81%D8%AA%D8%B1")]
    [InlineData("/entities")]
    [InlineData("/map")]
    [InlineData("/corrections")]
    [InlineData("/documents/fixture-cairo-meeting")]
    [InlineData("/entities/" + "%D8%AE%D9%84%D9%8A%D9%81%D8%A9%20%D8%AD%D9%81%D8%AA%D8%B1")]
    [InlineData("/graph")]
    [InlineData("/timeline?entity=" + "%D8%AE%D9%84%D9%8A%D9%81%D8%A9%20%D8%AD%D9%81%D8%AA%D8%B1")]
    public async Task Every_page_fits_a_phone_screen(string path)
    {
        await using var w = await browser.OpenAsync(390, 844);
        await w.GotoAsync(Url(path));
        await AssertHealthy(w);
    }

    [Fact]
    public async Task Unknown_document_and_page_say_not_found()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/documents/nope"));
        Assert.Equal("غير موجود", await w.Page.TextContentAsync("main h1"));
        await w.GotoAsync(Url("/no/such/page"));
        Assert.Equal("غير موجود", await w.Page.TextContentAsync("main h1"));
    }
}
