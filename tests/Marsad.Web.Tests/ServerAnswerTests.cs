using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>Answers that say exactly what happened: ids holding '/', ids that do not exist, methods, HEAD.</summary>
public sealed class ServerAnswerTests : IAsyncLifetime
{
    private TestServer _server = null!;
    public async Task InitializeAsync() => _server = await TestServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_document_whose_id_holds_a_slash_is_found_by_its_escaped_address()
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { id = "2019/report", text = "زار وزير الخارجية التركي القاهرة أمس." }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.PostAsync("/api/documents", content)).StatusCode);
        var res = await _server.Client.GetAsync("/api/documents/2019%2Freport");
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Equal("2019/report", JsonDocument.Parse(await res.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/entities/9999999999999999999")]
    [InlineData("/api/entities/123456789")]
    public async Task An_entity_id_that_does_not_exist_is_404(string path)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { id = "e1", text = "التقى الرئيس المصري عبد الفتاح السيسي المشير خليفة حفتر في القاهرة." }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await _server.Client.PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/stats")]
    [InlineData("DELETE", "/api/documents/x")]
    [InlineData("PUT", "/api/search")]
    public async Task Another_method_on_a_known_route_is_405(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var res = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, res.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/stats")]
    public async Task Head_is_answered_like_get_without_a_body(string path)
    {
        var res = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, res.StatusCode);
        Assert.Empty(await res.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_token_login_redirects_only_within_this_server()
    {
        const string token = "s3cret-token-for-tests";
        await using var server = await TestServer.StartAsync(new WebOptions { Token = token });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET //evil.example/x?token={token} HTTP/1.1\r\nHost: {server.Address.Authority}\r\nConnection: close\r\n\r\n"));
        var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();
        var location = answer.Split("\r\n").Single(l => l.StartsWith("Location:", StringComparison.OrdinalIgnoreCase))["Location:".Length..].Trim();
        Assert.Equal("/evil.example/x", location);
    }
}
