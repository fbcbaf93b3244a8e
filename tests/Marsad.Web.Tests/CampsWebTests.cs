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
        // Actors only co-mentioned with the network (camp -1) are drawn grey, in no camp.
        var nodes = await w.Page.EvaluateAsync<string[]>("() => document.getElementById('camps-graph').cy.nodes().filter(n => n.data('camp') >= 0).map(n => n.data('camp') + '=' + n.style('background-color'))");
        Assert.True(nodes.Length >= 4);
        var colourOfCamp = nodes.Distinct().Select(x => x.Split('=')).GroupBy(x => x[0]).ToList();
        Assert.All(colourOfCamp, g => Assert.Single(g)); // one colour per camp
        Assert.Equal(colourOfCamp.Count, colourOfCamp.Select(g => g.First()[1]).Distinct().Count()); // different camps, different colours
        Assert.Equal(colourOfCamp.Count, await w.Page.Locator(".camp-list .camp").CountAsync());
        Assert.Equal(nodes.Length, await w.Page.Locator(".camp-members li").CountAsync());
        // Each camp stands apart on the canvas (the camps side by side, right to left in camp order) and no two nodes share
        // a place: a force layout left them in one knot of overlapping labels.
        var placed = await w.Page.EvaluateAsync<double[][]>("() => document.getElementById('camps-graph').cy.nodes().map(n => [n.data('camp'), n.position('x'), n.position('y')])");
        var spans = placed.Where(n => n[0] >= 0).GroupBy(n => n[0]).OrderBy(g => g.Key).Select(g => (Min: g.Min(n => n[1]), Max: g.Max(n => n[1]))).ToList();
        for (int i = 1; i < spans.Count; i++) Assert.True(spans[i].Max < spans[i - 1].Min, $"camp {i} overlaps camp {i - 1} on the canvas");
        Assert.All(placed.SelectMany((n, i) => placed.Skip(i + 1).Select(m => Math.Sqrt(Math.Pow(n[1] - m[1], 2) + Math.Pow(n[2] - m[2], 2)))),
            d => Assert.True(d > 30, $"two nodes {d:F0} apart"));

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
        // Members in their camp by opposition only (no cooperation with a camp-mate) are marked so, and only they.
        var camps = (await GetJson("/api/camps")).GetProperty("periods")[0].GetProperty("camps").EnumerateArray()
            .SelectMany(c => c.GetProperty("members").EnumerateArray()).ToList();
        Assert.Equal(camps.Count(m => m.GetProperty("by_opposition").GetBoolean()), await w.Page.Locator(".camp-members .by-opposition").CountAsync());
        // A member others are counted as (a commander, a head of state, a capital): its link counts their events too.
        var joined = w.Page.Locator(".camp-members li").Filter(new() { Has = w.Page.Locator(".joined") }).First;
        Assert.Matches("^/timeline\\?entity=[0-9]+&with=[0-9]+(%2C[0-9]+)*(&|$)", await joined.Locator("a.evidence-link").GetAttributeAsync("href"));
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
    }

    [Fact]
    public async Task Co_mentions_are_drawn_and_listed_apart_as_weaker_evidence_and_link_to_their_sentences()
    {
        var report = await GetJson("/api/camps");
        var period = Assert.Single(report.GetProperty("periods").EnumerateArray());
        var co = period.GetProperty("co_mentions").EnumerateArray().ToList();
        Assert.NotEmpty(co); // the seeds name many actors together without an event
        var tied = period.GetProperty("ties").EnumerateArray().Select(t => (t.GetProperty("a").GetInt64(), t.GetProperty("b").GetInt64())).ToHashSet();
        Assert.All(co, c =>
        {
            long a = c.GetProperty("a").GetProperty("id").GetInt64(), b = c.GetProperty("b").GetProperty("id").GetInt64();
            Assert.False(tied.Contains((a, b)) || tied.Contains((b, a)), "a co-mention is shown only where no event ties the pair");
        });

        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url("/camps"));
        await w.Page.WaitForSelectorAsync("#camps-graph canvas", new() { Timeout = 30_000 });
        var styles = await w.Page.EvaluateAsync<string[]>("() => document.getElementById('camps-graph').cy.edges('[sign = \"comention\"]').map(e => e.style('line-style'))");
        Assert.Equal(co.Count, styles.Length);
        Assert.All(styles, s => Assert.Equal("dotted", s));
        Assert.Equal(co.Count, await w.Page.Locator(".camp-co-mentions tbody tr").CountAsync());
        Assert.Equal(1, await w.Page.Locator(".camp-co-mentions h2 .badge.co-mention").CountAsync());

        var link = w.Page.Locator(".camp-co-mentions a.evidence-link").First;
        int sentences = int.Parse(System.Text.RegularExpressions.Regex.Match((await link.TextContentAsync())!, "[0-9]+").Value);
        var href = (await link.GetAttributeAsync("href"))!;
        Assert.EndsWith("#comentions", href);
        await link.ClickAsync();
        await w.Page.WaitForSelectorAsync("#comentions .co-mention-sentence", new() { Timeout = 30_000 });
        var answer = await GetJson("/api/comentions" + href[href.IndexOf('?')..href.IndexOf('#')]);
        Assert.True(sentences >= 1);
        // The pair's own sentences (a commander's, counted with his force in the camps, are his own pair's).
        Assert.InRange(answer.GetProperty("total").GetInt32(), 1, sentences);
        Assert.Equal(Math.Min(20, answer.GetProperty("total").GetInt32()), await w.Page.Locator("#comentions .co-mention-sentence").CountAsync());
        Assert.Equal(answer.GetProperty("sentences")[0].GetProperty("sentence").GetString(),
            await w.Page.Locator("#comentions .co-mention-sentence blockquote").First.TextContentAsync());

        // The entity page of a co-mentioned actor lists it apart from its partners, marked.
        long actor = co[0].GetProperty("a").GetProperty("id").GetInt64();
        await w.GotoAsync(Url($"/entities/{actor}"));
        await w.Page.WaitForSelectorAsync(".entity-co-mentions .co-mention-chips li", new() { Timeout = 30_000 });
        Assert.Equal(1, await w.Page.Locator(".entity-co-mentions .badge.co-mention").CountAsync());
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
    }

    [Fact]
    public async Task Co_mentions_of_unknown_entities_are_404_and_need_two_entities()
    {
        var missing = await seeded.Server.Client.GetAsync("/api/comentions?entity=%D9%84%D8%A7%20%D8%A3%D8%AD%D8%AF%20%D8%A8%D9%87%D8%B0%D8%A7&entity2=1");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var one = await seeded.Server.Client.GetAsync("/api/comentions?entity=1");
        Assert.Equal(HttpStatusCode.BadRequest, one.StatusCode);
        Assert.Contains("'entity2'", JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }
}
