using System.Net;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>/api/outlets/lens and the /outlets page (small multiples) against the seeded server, the page in Debian's Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class OutletsWebTests(SeededServer seeded, Browser browser)
{
    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == HttpStatusCode.OK, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Lens_api_compares_each_outlet_with_the_rest_and_a_bad_parameter_is_400()
    {
        var report = await GetJson("/api/outlets/lens");
        var outlets = report.GetProperty("outlets").EnumerateArray().ToDictionary(o => o.GetProperty("outlet").GetString()!);
        // The annotated outlet: a meeting and a backing of Haftar (cooperative), an accusation and an attack (hostile), and a deal.
        var test = outlets["وكالة الاختبار"];
        Assert.Equal(5, test.GetProperty("events").GetInt32());
        var haftar = test.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("actor").GetProperty("name_en").GetString() == "Khalifa Haftar");
        Assert.Equal((4, 2, 2), (haftar.GetProperty("events").GetInt32(), haftar.GetProperty("cooperative").GetInt32(), haftar.GetProperty("hostile").GetInt32()));
        Assert.Equal(4, haftar.GetProperty("event_ids").GetArrayLength());
        // The other annotated outlet reports only a denial: in its modality mix, not in its tone.
        var second = outlets["وكالة ثانية"];
        Assert.Equal("denied", Assert.Single(second.GetProperty("modalities").EnumerateArray()).GetProperty("modality").GetString());
        Assert.Empty(second.GetProperty("actors").EnumerateArray());

        var res = await seeded.Server.Client.GetAsync("/api/outlets/lens?min_events=0");
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.Contains("min_events", await res.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outlets_page_draws_one_panel_per_outlet_with_the_apis_figures()
    {
        var report = await GetJson("/api/outlets/lens");
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url("/outlets"));
        await w.Page.WaitForSelectorAsync(".outlet-panel", new() { Timeout = 30_000 });
        var outlets = report.GetProperty("outlets").EnumerateArray().ToList();
        Assert.Equal(outlets.Count, await w.Page.Locator(".outlet-panel").CountAsync());
        Assert.Equal("page", await w.Page.GetAttributeAsync("nav a[href='/outlets']", "aria-current"));
        foreach (var o in outlets)
        {
            var panel = w.Page.Locator($".outlet-panel[data-outlet='{o.GetProperty("outlet").GetString()}']");
            Assert.Equal(o.GetProperty("actors").GetArrayLength(), await panel.Locator(".actor-bars li").CountAsync());
            Assert.Equal(o.GetProperty("modalities").GetArrayLength(), await panel.Locator(".modality-mix li").CountAsync());
            var tone = o.GetProperty("tone_divergence");
            Assert.Equal(tone.ValueKind == JsonValueKind.Null ? "—" : tone.GetDouble().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                (await panel.Locator("dd.tone").TextContentAsync())!.Trim());
        }
        // One scale across panels: the actor with the most events in any outlet has the longest bar.
        var widths = await w.Page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('.tone-bar')].map(b => b.getBoundingClientRect().width / b.parentElement.getBoundingClientRect().width)");
        Assert.Equal(1.0, widths.Max(), 2);

        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        Assert.True(await w.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "page overflows sideways");
    }

    [Fact]
    public async Task An_actors_row_links_to_the_events_the_outlet_reports_about_it()
    {
        var report = await GetJson("/api/outlets/lens");
        var outlet = report.GetProperty("outlets").EnumerateArray().First(o => o.GetProperty("outlet").GetString() == "وكالة الاختبار");
        var actor = outlet.GetProperty("actors")[0];
        var ids = actor.GetProperty("event_ids").EnumerateArray().Select(x => x.GetInt64().ToString()).ToList();
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url("/outlets"));
        var link = w.Page.Locator($".outlet-panel[data-outlet='وكالة الاختبار'] .actor-bars li[data-entity='{actor.GetProperty("actor").GetProperty("id").GetInt64()}'] a.evidence-link");
        await link.ClickAsync(new() { Timeout = 30_000 });
        await w.Page.WaitForSelectorAsync(".tl-event", new() { Timeout = 30_000 });
        var shown = await w.Page.Locator(".tl-event").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.eventId)");
        // The row counts asserted and reported events; the timeline also shows the outlet's denied or hypothetical ones.
        Assert.Subset(shown.ToHashSet(), ids.ToHashSet());
        Assert.Contains("outlet=", w.Page.Url);
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
    }
}
