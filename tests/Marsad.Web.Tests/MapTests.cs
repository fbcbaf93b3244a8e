using System.Net;
using System.Text.Json;
using Microsoft.Playwright;


namespace Marsad.Web.Tests;

/// <summary>The map: places located by the knowledge base, the events behind each, drawn offline in Chromium.</summary>
[Collection(WebCollection.Name)]
public sealed class MapTests(SeededServer seeded, Browser browser)
{
    private async Task<JsonElement> GetJson(string url)
    {
        var res = await seeded.Server.Client.GetAsync(url);
        var body = await res.Content.ReadAsStringAsync();
        Assert.True(res.StatusCode == HttpStatusCode.OK, $"{url}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Places_have_coordinates_and_each_point_and_country_leads_to_its_events()
    {
        var map = await GetJson("/api/map");
        var places = map.GetProperty("places").EnumerateArray().ToList();
        var countries = map.GetProperty("countries").EnumerateArray().ToList();
        Assert.NotEmpty(countries);
        Assert.All(places, p =>
        {
            Assert.InRange(p.GetProperty("lat").GetDouble(), -90, 90);
            Assert.InRange(p.GetProperty("lon").GetDouble(), -180, 180);
            Assert.Matches("^[0-9]{3}$", p.GetProperty("country").GetString());
            Assert.NotEqual("country", p.GetProperty("kind").GetString());
        });

        // a place's events are the ones the API lists for it, each at that place
        var busy = places.Concat(countries).First(p => p.GetProperty("events").GetInt32() > 0);
        var isPlace = busy.TryGetProperty("entity", out var entity);
        var events = await GetJson(isPlace ? $"/api/map/events?place={entity.GetProperty("id").GetInt64()}" : $"/api/map/events?country={busy.GetProperty("id").GetString()}");
        Assert.Equal(busy.GetProperty("events").GetInt32(), events.GetProperty("total").GetInt32());
        var listed = events.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(Math.Min(100, busy.GetProperty("events").GetInt32()), listed.Count);
        if (isPlace) Assert.All(listed, e => Assert.Equal(entity.GetProperty("id").GetInt64(), e.GetProperty("place").GetProperty("id").GetInt64()));
        var doc = await seeded.Server.Client.GetAsync("/api/documents/" + Uri.EscapeDataString(listed[0].GetProperty("document_id").GetString()!));
        Assert.Equal(HttpStatusCode.OK, doc.StatusCode);

        // the filters narrow: a type no event here has, a window before every document
        var type = listed[0].GetProperty("type").GetString()!;
        var other = Enum.GetNames<Core.Model.EventType>().First(t => listed.All(e => e.GetProperty("type").GetString() != t));
        int Total(JsonElement m) => m.GetProperty("countries").EnumerateArray().Sum(c => c.GetProperty("events").GetInt32());
        Assert.True(Total(await GetJson($"/api/map?type={type}")) >= 1);
        Assert.True(Total(await GetJson($"/api/map?type={type}")) <= Total(map));
        var before = await GetJson("/api/map?to=1900");
        Assert.Equal(0, Total(before));
        Assert.DoesNotContain(before.GetProperty("places").EnumerateArray(), p => p.GetProperty("documents").GetInt32() > 0);
        Assert.Equal(0, (await GetJson($"/api/map/events?{(isPlace ? "place=" + entity.GetProperty("id").GetInt64() : "country=" + busy.GetProperty("id").GetString())}&type={other}"))
            .GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.BadRequest, (await seeded.Server.Client.GetAsync("/api/map?from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seeded.Server.Client.GetAsync("/api/map/events")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seeded.Server.Client.GetAsync("/api/map/events?place=x")).StatusCode);
    }

    [Fact]
    public async Task The_map_draws_its_shapes_with_no_network_and_a_click_lists_the_events_behind_it()
    {
        await using var w = await browser.OpenAsync();
        var local = new Uri(seeded.Server.Url("/")).Authority;
        var refused = new List<string>();
        // Nothing but this server answers: every other address is refused and recorded.
        await w.Page.Context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Authority == local) { await route.ContinueAsync(); return; }
            lock (refused) refused.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await w.GotoAsync(seeded.Server.Url("/map"));

        Assert.True(await w.Page.Locator(".map-svg path.country").CountAsync() > 200, "country shapes drawn");
        // shapes have real outlines, and the countries with events are coloured
        Assert.True(await w.Page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.map-svg path.country')].map(p => { const b = p.getBBox(); return b.width * b.height; }))") > 100);
        var fills = await w.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.map-svg path.country')].map(p => getComputedStyle(p).fill)");
        Assert.True(fills.Distinct().Count() >= 2, "countries with events are filled apart from the others");

        // the country with most events opens them, each linking to its document
        var top = (await GetJson("/api/map")).GetProperty("countries")[0];
        Assert.True(top.GetProperty("events").GetInt32() > 0);
        var shape = w.Page.Locator($".map-svg path.country[data-id='{top.GetProperty("id").GetString()}']");
        await shape.DispatchEventAsync("click");
        await w.Page.WaitForSelectorAsync(".map-info h2");
        var links = w.Page.Locator(".map-info .map-events a.map-doc");
        Assert.True(await links.CountAsync() >= 1);
        var points = await w.Page.Locator(".map-svg circle.place").CountAsync();
        if (points > 0)
        {
            await w.Page.Locator(".map-svg circle.place").First.DispatchEventAsync("click");
            await w.Page.WaitForSelectorAsync(".map-svg circle.place.selected");
        }
        Assert.Empty(refused);
        Assert.True(w.Errors.Count == 0, string.Join("\n", w.Errors));

        var href = await links.First.GetAttributeAsync("href");
        Assert.StartsWith("/documents/", href);
        await links.First.ClickAsync();
        await Waits.AddressAsync(w.Page, "**/documents/**");
        await w.Page.WaitForSelectorAsync("body[data-ready=true] .article-text");
        Assert.Empty(refused);
    }
}
