using System.Net;
using System.Text.Json;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>The host itself: pages, assets, security headers, errors, OpenAPI, binding rules.</summary>
public sealed class HostTests : IAsyncLifetime
{
    private TestServer _server = null!;
    public async Task InitializeAsync() => _server = await TestServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/documents/abc")]
    [InlineData("/entities/1")]
    [InlineData("/graph")]
    [InlineData("/timeline")]
    [InlineData("/camps")]
    public async Task Every_page_is_right_to_left_arabic_html_with_a_content_security_policy(string path)
    {
        var res = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal("text/html", res.Content.Headers.ContentType!.MediaType);
        var html = await res.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html);
        var csp = Assert.Single(res.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(res.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Assets_referenced_by_a_page_are_served_compressed_and_cacheable()
    {
        var html = await _server.Client.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/assets/main\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        using var req = new HttpRequestMessage(HttpMethod.Get, script);
        req.Headers.AcceptEncoding.ParseAdd("br");
        var res = await _server.Client.SendAsync(req);
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal("br", Assert.Single(res.Content.Headers.ContentEncoding));
        Assert.Contains("immutable", res.Headers.CacheControl!.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, script);
        again.Headers.IfNoneMatch.Add(res.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _server.Client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Bundled_fonts_and_their_licences_are_served_from_this_server()
    {
        var css = await _server.Client.GetStringAsync("/assets/app.css");
        var font = System.Text.RegularExpressions.Regex.Match(css, @"url\(""?(\./)?(fonts/[^)""]+\.woff2)").Groups[2].Value;
        Assert.NotEmpty(font);
        var res = await _server.Client.GetAsync("/assets/" + font);
        Assert.Equal("font/woff2", res.Content.Headers.ContentType!.MediaType);
        Assert.True((await res.Content.ReadAsByteArrayAsync()).Length > 5000);
        Assert.Contains("SIL Open Font License", await _server.Client.GetStringAsync("/assets/licenses/noto-naskh-arabic.LICENSE.txt"));
        Assert.DoesNotContain("http", css.Replace("http://www.w3.org", ""));
    }

    [Fact]
    public async Task Unknown_api_route_is_a_json_problem_and_unknown_page_is_an_html_404()
    {
        var api = await _server.Client.GetAsync("/api/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());

        var page = await _server.Client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("dir=\"rtl\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync("/assets/nope.js")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        var res = await _server.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        using var doc = JsonDocument.Parse(await res.Content.ReadAsStringAsync());
        Assert.Equal("Marsad API", doc.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
    }

    [Theory]
    [InlineData("0.0.0.0", null, false)]
    [InlineData("192.168.1.10", null, false)]
    [InlineData("0.0.0.0", "a-long-secret", true)]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("::ffff:127.0.0.1", null, true)]
    [InlineData("::ffff:192.168.1.10", null, false)]
    [InlineData("localhost", null, true)]
    [InlineData("example.org", null, false)]
    [InlineData("0.0.0.0", "short", false)]
    public void Binding_beyond_loopback_requires_a_token(string host, string? token, bool ok)
    {
        var (address, error) = new WebOptions { Host = host, Token = token }.Resolve();
        Assert.Equal(ok, error is null);
        Assert.Equal(ok, address is not null);
    }

    [Fact]
    public async Task An_ipv4_mapped_loopback_address_binds_its_ipv4_address_and_answers()
    {
        await using var server = await TestServer.StartAsync(new WebOptions { Host = "::ffff:127.0.0.1" });
        Assert.Equal("127.0.0.1", server.Address.Host);
        var response = await server.Client.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
