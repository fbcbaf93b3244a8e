using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Tests;

/// <summary>
/// What a web page on another site can make a browser send to a local <c>marsad serve</c>: nothing that
/// writes (state-changing requests need a JSON body and a same-origin or absent Origin), and nothing that
/// reads through a rebound DNS name (the Host must be the bound address or a configured name).
/// Replacing a stored document is its own request (PUT), never a side effect of posting.
/// </summary>
public sealed class RequestGuardTests : IAsyncLifetime
{
    private const string VictimText = "أعلنت وزارة الخارجية المصرية أن الوزير سيزور أنقرة الأسبوع المقبل لبحث الملف الليبي.";
    private const string ForgedText = "نص مزور يزعم أن الوزير استقال من منصبه.";
    private TestServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(new WebOptions { AllowedHosts = ["marsad.internal"] });
        var res = await Send(HttpMethod.Post, "/api/documents", Line("victim", VictimText), "application/x-ndjson");
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string body, string contentType, string? origin = null, string? host = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (host is not null) request.Headers.Host = host;
        return await _server.Client.SendAsync(request);
    }

    private string? StoredText(string id) => _server.Store.GetDocument(id)?.Text;

    private string Origin => $"http://{_server.Address.Authority}";

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task A_body_a_plain_html_form_can_send_is_refused_with_415(string type)
    {
        var res = await Send(HttpMethod.Post, "/api/documents?id=form-post", ForgedText, type);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, res.StatusCode);
        var problem = JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unsupported Media Type", problem.GetProperty("title").GetString());
        Assert.Null(StoredText("form-post"));
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("null")]
    public async Task A_cross_origin_write_is_refused_with_403(string origin)
    {
        var res = await Send(HttpMethod.Post, "/api/documents", Line("cross-origin", ForgedText), "application/x-ndjson", origin);
        Assert.Equal(HttpStatusCode.Forbidden, res.StatusCode);
        Assert.Null(StoredText("cross-origin"));
    }

    [Fact]
    public async Task Same_origin_and_non_browser_writes_are_accepted()
    {
        var same = await Send(HttpMethod.Post, "/api/documents", Line("same-origin", VictimText + " ثم عاد."), "application/x-ndjson", Origin);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var json = await Send(HttpMethod.Post, "/api/documents", "{\n  \"id\": \"one-object\",\n  \"text\": \"" + VictimText + " وأضاف.\"\n}", "application/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.NotNull(StoredText("same-origin"));
        Assert.NotNull(StoredText("one-object"));
    }

    [Theory]
    [InlineData("rebound.evil.example")]
    [InlineData("rebound.evil.example:5080")]
    [InlineData("192.168.1.20")]
    public async Task A_foreign_host_name_reads_nothing(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents/victim");
        request.Headers.Host = host;
        var res = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.DoesNotContain(VictimText, await res.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("marsad.internal")]
    public async Task The_bound_address_loopback_names_and_configured_names_are_served(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents/victim");
        request.Headers.Host = $"{name}:{_server.Address.Port}";
        var res = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
    }

    [Fact]
    public async Task Posting_another_text_under_a_stored_id_does_not_replace_it_a_put_does()
    {
        var post = await Send(HttpMethod.Post, "/api/documents", Line("victim", ForgedText), "application/x-ndjson");
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("PUT /api/documents/victim", await post.Content.ReadAsStringAsync());
        Assert.Equal(VictimText, StoredText("victim"));

        var put = await Send(HttpMethod.Put, "/api/documents/victim", JsonSerializer.Serialize(new { text = ForgedText, title = "تصحيح" }), "application/json");
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("replaced", JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.Equal(ForgedText, StoredText("victim"));

        var crossPut = await Send(HttpMethod.Put, "/api/documents/victim", JsonSerializer.Serialize(new { text = VictimText }), "application/json", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, crossPut.StatusCode);
        Assert.Equal(ForgedText, StoredText("victim"));
    }
}

/// <summary>
/// The attack itself, in Chromium: a page served from another port (another origin) posts a plain HTML
/// form and a no-cors fetch to the local server. Nothing may be stored or replaced.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CrossSiteBrowserTests(Browser browser)
{
    [Fact]
    public async Task A_cross_origin_form_post_from_another_port_stores_nothing()
    {
        await using var server = await TestServer.StartAsync();
        const string victim = "زار وزير الدفاع التركي طرابلس والتقى قادة حكومة الوفاق.";
        server.Store.Ingest(Marsad.Tests.Shared.TestPipeline.Pipeline.Process(new Core.Model.Document("victim", victim)));

        var target = server.Url("/api/documents?id=victim");
        var attack = $$"""
            <!doctype html><html><body>
            <form id="f" method="post" enctype="text/plain" action="{{target}}">
              <input name='{"id":"victim","text":"نص مزور","x":"' value='"}'>
            </form>
            <script>
              fetch("{{server.Url("/api/documents?id=forged-fetch")}}", { method: "POST", mode: "no-cors", headers: { "Content-Type": "text/plain" }, body: "نص مزور آخر" })
                .finally(() => document.getElementById("f").submit());
            </script>
            </body></html>
            """;
        var attacker = WebApplication.CreateSlimBuilder();
        attacker.WebHost.UseUrls("http://127.0.0.1:0");
        await using var site = attacker.Build();
        site.MapGet("/", () => Results.Content(attack, "text/html; charset=utf-8"));
        await site.StartAsync();
        var attackerUrl = site.Urls.First();
        Assert.NotEqual(new Uri(attackerUrl).Port, server.Address.Port);

        await using var w = await browser.OpenAsync();
        var posted = w.Page.WaitForResponseAsync(r => r.Url.StartsWith(target, StringComparison.Ordinal), new() { Timeout = 60_000 });
        await w.Page.GotoAsync(attackerUrl);
        var response = await posted;
        Assert.True(response.Status >= 400, $"the form post was answered {response.Status}");

        Assert.Equal(victim, server.Store.GetDocument("victim")!.Text);
        Assert.Null(server.Store.GetDocument("forged-fetch"));
        Assert.Equal(1, server.Store.Stats().Documents);
        await site.StopAsync();
    }
}
