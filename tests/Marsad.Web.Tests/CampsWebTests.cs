using System.Net;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>/api/camps and the /camps page against the seeded server, the page in Debian's Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class CampsWebTests(SeededServer seeded, Browser browser)
{
    private string Url(string path) => seeded.Server.Url(path);

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == HttpStatusCode.OK, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<long> Members(JsonElement period) => period.GetProperty("camps").EnumerateArray()
        .SelectMany(c => c.GetProperty("members").EnumerateArray()).Select(m => m.GetProperty("actor").GetProperty("id").GetInt64()).ToList();

    [Fact]
    public async Task Camps_api_partitions_the_actors_and_puts_turkey_apart_from_haftar()
    {
        var report = await GetJson("/api/camps");
        var period = Assert.Single(report.GetProperty("periods").EnumerateArray());
        var members = Members(period);
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.InRange(period.GetProperty("balance").GetDouble(), 0, 1);
        var (haftar, _) = await seeded.Entity("خليفة حفتر");
        var (turkey, _) = await seeded.Entity("تركيا");
        // An actor is a member, or counted with one (a commander with the force he leads).
        int CampOf(long id) => period.GetProperty("camps").EnumerateArray()
            .Single(c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("actor").GetProperty("id").GetInt64() == id
                || m.GetProperty("joined").EnumerateArray().Any(j => j.GetProperty("subject").GetProperty("id").GetInt64() == id))).GetProperty("id").GetInt32();
        Assert.NotEqual(CampOf(haftar), CampOf(turkey)); // Turkey accuses Haftar in the annotated article

        var years = await GetJson("/api/camps?window=year&min_events=1");
        var names = years.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()!).ToList();
        Assert.True(names.Count >= 2, years.ToString());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.Matches("^[0-9]{4}$", n));
    }

    [Theory]
    [InlineData("/api/camps?window=decade", "'window'")]
    [InlineData("/api/camps?min_events=0", "'min_events'")]
    [InlineData("/api/camps?from=tomorrow", "'from'")]
    public async Task Bad_camps_parameters_are_400_naming_the_parameter(string url, string named)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        var problem = JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Camps_page_colours_nodes_by_camp_and_shows_memberships_over_time()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/camps"));
        await w.Page.WaitForSelectorAsync("#camps-graph canvas", new() { Timeout = 30_000 });
        var nodes = await w.Page.EvaluateAsync<string[]>("() => document.getElementById('camps-graph').cy.nodes().map(n => n.data('camp') + '=' + n.style('background-color'))");
        Assert.True(nodes.Length >= 4);
        var colourOfCamp = nodes.Distinct().Select(x => x.Split('=')).GroupBy(x => x[0]).ToList();
        Assert.All(colourOfCamp, g => Assert.Single(g)); // one colour per camp
        Assert.Equal(colourOfCamp.Count, colourOfCamp.Select(g => g.First()[1]).Distinct().Count()); // different camps, different colours
        Assert.Equal(colourOfCamp.Count, await w.Page.Locator(".camp-list .camp").CountAsync());
        Assert.Equal(nodes.Length, await w.Page.Locator(".camp-members li").CountAsync());

        await w.Page.SelectOptionAsync("select[name=window]", "year");
        await w.Page.ClickAsync(".camps-controls button[type=submit]");
        await Waits.AddressAsync(w.Page, "**/camps?window=year");
        await w.Page.WaitForSelectorAsync("table.membership", new() { Timeout = 30_000 });
        var periods = await w.Page.Locator(".period-picker .period").AllTextContentsAsync();
        Assert.True(periods.Count >= 2);
        Assert.Equal(periods.Count, await w.Page.Locator("table.membership thead th").CountAsync() - 1);
        Assert.True(await w.Page.Locator("table.membership td.camp-cell").CountAsync() >= 4);

        await w.Page.ClickAsync($".period-picker .period >> text={periods[0]}");
        await w.Page.WaitForSelectorAsync($".fit[data-period='{periods[0]}']", new() { Timeout = 30_000 });
        Assert.Equal("true", await w.Page.GetAttributeAsync($".period[data-period='{periods[0]}']", "aria-pressed"));

        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        Assert.Empty(w.Dialogs);
        Assert.True(await w.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "page overflows sideways");
    }

    [Fact]
    public async Task Each_tie_and_each_members_count_links_to_the_events_behind_it()
    {
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/camps"));
        await w.Page.WaitForSelectorAsync(".ties-table tbody tr", new() { Timeout = 30_000 });
        var row = w.Page.Locator(".ties-table tbody tr").First;
        string a = (await row.GetAttributeAsync("data-a"))!, b = (await row.GetAttributeAsync("data-b"))!;
        int count = int.Parse(System.Text.RegularExpressions.Regex.Match((await row.Locator("a.evidence-link").TextContentAsync())!, "[0-9]+").Value);
        var href = (await row.Locator("a.evidence-link").GetAttributeAsync("href"))!;
        Assert.StartsWith($"/timeline?entity={a}&entity2={b}", href);
        await row.Locator("a.evidence-link").ClickAsync();
        await Waits.AddressAsync(w.Page, $"**/timeline?entity={a}&entity2={b}**");
        await w.Page.WaitForSelectorAsync(".tl-event", new() { Timeout = 30_000 });
        var pair = await GetJson("/api" + href); // the same events as the page, within the period's dates
        int shown = await w.Page.Locator(".tl-event").CountAsync();
        Assert.Equal(pair.GetProperty("events").GetArrayLength(), shown);
        Assert.True(shown >= count, $"{shown} events for a tie of {count}"); // denied and hypothetical ones make no tie but are shown

        await w.GotoAsync(Url("/camps"));
        var member = w.Page.Locator(".camp-members a.evidence-link").First;
        await member.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Matches("^/timeline\\?entity=[0-9]+(&|$)", await member.GetAttributeAsync("href"));
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
    }
}
