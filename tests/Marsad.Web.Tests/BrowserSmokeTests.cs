namespace Marsad.Web.Tests;

/// <summary>The shell in a real browser: RTL layout, header, language toggle, no script errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests(Browser browser) : IAsyncLifetime
{
    private TestServer _server = null!;
    public async Task InitializeAsync() => _server = await TestServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Unknown_page_draws_the_rtl_header_and_the_language_toggle_switches_to_english()
    {
        await using var w = await browser.OpenAsync();
        await w.Page.GotoAsync(new Uri(_server.Address, "/no/such/page").ToString());
        await w.Page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal("rtl", await w.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("مرصد", (await w.Page.TextContentAsync(".brand"))!.Trim('◉', ' '));
        Assert.Equal("غير موجود", await w.Page.TextContentAsync("main h1"));

        await w.Page.ClickAsync(".lang-toggle");
        Assert.Equal("ltr", await w.Page.GetAttributeAsync("html", "dir"));
        Assert.Equal("Not found", await w.Page.TextContentAsync("main h1"));
        Assert.Equal("Network", await w.Page.TextContentAsync(".nav a[href='/graph']"));
        Assert.DoesNotContain(w.Errors, e => !e.Contains("404"));
    }
}
