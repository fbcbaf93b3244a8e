using System.Net;
using System.Text.Json;

namespace Marsad.Web.Tests;

/// <summary>/api/claims and the contested-claims sections of the entity and document pages, the pages in Debian's Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class ClaimsWebTests(SeededServer seeded, Browser browser)
{
    private string Url(string path) => seeded.Server.Url(path);

    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == HttpStatusCode.OK, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The annotated attack on Tripoli: reported in one article, denied in another the next day.</summary>
    private static JsonElement TripoliGroup(JsonElement report) => report.GetProperty("groups").EnumerateArray()
        .Single(g => g.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("document_id").GetString() == "fixture-tripoli-denial"));

    [Fact]
    public async Task Claims_api_puts_the_reported_attack_beside_its_denial()
    {
        var (haftar, _) = await seeded.Entity("خليفة حفتر");
        var report = await GetJson($"/api/claims?entity={haftar}&contested=true");
        Assert.True(report.GetProperty("contested").GetInt32() >= 1);
        var group = TripoliGroup(report);
        Assert.Equal("force", group.GetProperty("family").GetString());
        var claims = group.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["fixture-cairo-meeting", "fixture-tripoli-denial"], claims.Select(c => c.GetProperty("document_id").GetString()));
        Assert.Equal(["reported", "denied"], claims.Select(c => c.GetProperty("modality").GetString()));
        Assert.Equal("مصادر دبلوماسية", claims[0].GetProperty("attribution").GetString());
        Assert.Equal("وكالة ثانية", claims[1].GetProperty("outlet").GetString());
        var denial = Assert.Single(group.GetProperty("disagreements").EnumerateArray());
        Assert.Equal("denial", denial.GetProperty("kind").GetString());

        var byDocument = await GetJson("/api/claims?document=fixture-cairo-meeting&contested=true");
        Assert.Equal(group.GetProperty("claims")[0].GetProperty("id").GetInt64(), TripoliGroup(byDocument).GetProperty("claims")[0].GetProperty("id").GetInt64());
        var sameDay = await GetJson("/api/claims?document=fixture-tripoli-denial&window_days=0");
        Assert.Equal(0, sameDay.GetProperty("total").GetInt32()); // a day apart: with no slack, two happenings
    }

    [Theory]
    [InlineData("/api/claims?window_days=-1", "'window_days'")]
    [InlineData("/api/claims?min_claims=0", "'min_claims'")]
    [InlineData("/api/claims?from=tomorrow", "'from'")]
    public async Task Bad_claims_parameters_are_400_naming_the_parameter(string url, string named)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.Contains(named, JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Entity_and_document_pages_show_the_contested_claims_side_by_side()
    {
        var (haftar, _) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(Url($"/entities/{haftar}"));
        await w.Page.WaitForSelectorAsync(".claims-panel[data-ready=true]", new() { Timeout = 30_000 });
        var group = w.Page.Locator(".claim-group.contested", new() { Has = w.Page.Locator("a[href='/documents/fixture-tripoli-denial']") });
        Assert.Equal(1, await group.CountAsync());
        Assert.Equal(2, await group.Locator(".claims-table tbody tr").CountAsync());
        Assert.Equal(1, await group.Locator(".claims-table tbody tr.denied").CountAsync());
        Assert.Contains("وكالة ثانية", await group.Locator(".disagreements li[data-kind=denial]").TextContentAsync());
        Assert.Contains("ونفت قوات حفتر", await group.Locator("tr.denied .claim-sentence").TextContentAsync());

        await w.GotoAsync(Url("/documents/fixture-cairo-meeting"));
        await w.Page.WaitForSelectorAsync(".claims-panel[data-ready=true]", new() { Timeout = 30_000 });
        var marked = w.Page.Locator(".event-card .contested-mark");
        Assert.Equal(1, await marked.CountAsync()); // the reported attack, not the meeting or the accusation
        var card = w.Page.Locator(".event-card", new() { Has = w.Page.Locator(".contested-mark") });
        Assert.Equal(TripoliGroup(await GetJson("/api/claims?document=fixture-cairo-meeting")).GetProperty("claims")[0].GetProperty("id").GetInt64().ToString(),
            await card.GetAttributeAsync("data-event-id"));
        await marked.ClickAsync();
        Assert.EndsWith("#" + await w.Page.Locator(".claims-panel .claim-group").First.GetAttributeAsync("id"), w.Page.Url);

        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));
        Assert.True(await w.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "page overflows sideways");
    }
}
