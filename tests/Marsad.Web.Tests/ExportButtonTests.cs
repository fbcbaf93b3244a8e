using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>Export buttons on the entity, search, timeline and graph pages download the page's export, and the files parse.</summary>
[Collection(WebCollection.Name)]
public sealed class ExportButtonTests(SeededServer seeded, Browser browser)
{
    /// <summary>Clicks a page's export link and reads the file the browser saved.</summary>
    private static async Task<string> Download(WatchedPage w, string format)
    {
        var link = w.Page.Locator($".export-links a[data-format={format}]");
        await link.WaitForAsync();
        var download = await w.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 120_000 });
        Assert.Null(await download.FailureAsync());
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    private static List<JsonElement> JsonLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static List<string[]> Csv(string text)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    [Fact]
    public async Task The_entity_page_downloads_its_documents_events_and_network()
    {
        var (id, name) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url($"/entities/{id}"));

        var docs = JsonLines(await Download(w, "jsonl"));
        Assert.NotEmpty(docs);
        Assert.All(docs, d => Assert.Contains(d.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == name
            || e.GetProperty("kb").ValueKind == JsonValueKind.String && e.GetProperty("kb").GetString() == "M:khalifa-haftar"));

        var acled = Csv(await Download(w, "acled"));
        Assert.Equal("event_id_cnty", acled[0][0]);
        var direct = Csv(await seeded.Server.Client.GetStringAsync($"/api/export?format=acled&entity={id}"));
        Assert.Equal(direct.Count, acled.Count);
        Assert.True(acled.Count > 1);
        Assert.All(acled, r => Assert.Equal(acled[0].Length, r.Length));

        var gexf = XDocument.Parse(await Download(w, "gexf"));
        Assert.Contains(gexf.Descendants(), e => e.Name.LocalName == "edge");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_search_timeline_and_graph_pages_download_with_their_filters()
    {
        var (id, _) = await seeded.Entity("خليفة حفتر");
        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url($"/?q=%D8%AD%D9%81%D8%AA%D8%B1&type=ACCUSE&entity={id}"));
        var accusations = Csv(await Download(w, "acled"));
        var direct = Csv(await seeded.Server.Client.GetStringAsync($"/api/export?format=acled&type=ACCUSE&entity={id}"));
        Assert.Equal(direct.Count, accusations.Count);
        var all = Csv(await seeded.Server.Client.GetStringAsync($"/api/export?format=acled&entity={id}"));
        Assert.True(accusations.Count < all.Count, "the page's type filter narrows the export");

        await w.GotoAsync(seeded.Server.Url($"/timeline?entity={id}"));
        var gdelt = (await Download(w, "gdelt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(gdelt);
        Assert.All(gdelt, l => Assert.Equal(gdelt[0].Split('\t').Length, l.Split('\t').Length));

        await w.GotoAsync(seeded.Server.Url($"/graph?entity={id}&from=2019-01-01"));
        var graphml = XDocument.Parse(await Download(w, "graphml"));
        Assert.Contains(graphml.Descendants(), e => e.Name.LocalName == "node");
        Assert.Empty(w.Errors);
    }

    [Fact]
    public async Task The_search_pages_export_holds_what_the_search_found()
    {
        var words = "حفتر";
        var found = JsonDocument.Parse(await seeded.Server.Client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(words)}&limit=100&facets=false")).RootElement;
        var hits = found.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("document_id").GetString()!).ToHashSet();
        Assert.Equal(found.GetProperty("total").GetInt32(), hits.Count);
        var all = JsonLines(await seeded.Server.Client.GetStringAsync("/api/export?format=jsonl")).Select(d => d.GetProperty("id").GetString()!).ToHashSet();
        Assert.True(hits.Count < all.Count, "the words leave some documents out");

        await using var w = await browser.OpenAsync();
        await w.GotoAsync(seeded.Server.Url($"/?q={Uri.EscapeDataString(words)}"));
        var docs = JsonLines(await Download(w, "jsonl")).Select(d => d.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(hits, docs);
        // the event table: only events of the documents found, and all of them
        var acled = Csv(await Download(w, "acled"));
        var documentColumn = Array.IndexOf(acled[0], "tags");
        List<string> Documents(List<string[]> table) =>
            table.Skip(1).Select(r => System.Text.RegularExpressions.Regex.Match(r[documentColumn], "document=([^;|]+)").Groups[1].Value.Trim()).ToList();
        var rows = Documents(acled);
        Assert.NotEmpty(rows);
        Assert.All(rows, d => Assert.Contains(d, hits));
        var unfiltered = Documents(Csv(await seeded.Server.Client.GetStringAsync("/api/export?format=acled")));
        Assert.Equal(unfiltered.Count(hits.Contains), rows.Count);
        Assert.Empty(w.Errors);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await seeded.Server.Client.GetAsync($"/api/export?format=gexf&q={Uri.EscapeDataString(words)}")).StatusCode);
    }
}
