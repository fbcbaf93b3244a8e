using System.Net;
using System.Net.Http.Headers;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>With --token, every page and API call needs the bearer token or the cookie set by ?token=.</summary>
public sealed class TokenGateTests : IAsyncLifetime
{
    private const string Token = "s3cret-token-for-tests";
    private TestServer _server = null!;
    public async Task InitializeAsync() => _server = await TestServer.StartAsync(new WebOptions { Token = Token });
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private HttpClient NewClient(bool cookies = false) => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer() })
    {
        BaseAddress = _server.Address,
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/graph")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/stats")]
    [InlineData("/assets/main.js")]
    public async Task Without_the_token_nothing_is_served(string path)
    {
        using var client = NewClient();
        var res = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, res.StatusCode);
        Assert.Equal("Bearer", Assert.Single(res.Headers.WwwAuthenticate).Scheme);
        var body = await res.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Token, body);
        if (path.StartsWith("/api")) Assert.Equal("application/problem+json", res.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Corrections_need_the_token_and_are_recorded_with_it()
    {
        using var client = NewClient();
        HttpContent Body(object o) => new StringContent(System.Text.Json.JsonSerializer.Serialize(o), System.Text.Encoding.UTF8, "application/json");
        var flag = new { action = "flag_event", event_id = 1, author = "intruder" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/corrections", Body(flag))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/corrections/1/undo", Body(new { author = "intruder" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/entities/1/split", Body(new { author = "intruder" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/corrections")).StatusCode);
        Assert.Empty(_server.Store.Corrections());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        // With the token the request reaches the API (an empty corpus has no event 1).
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/corrections", Body(flag))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/corrections")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_bearer_token_is_refused_and_the_right_one_accepted()
    {
        using var client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graph")).StatusCode);
    }

    [Fact]
    public async Task A_browser_logs_in_once_with_query_token_and_then_uses_the_cookie()
    {
        using var client = NewClient(cookies: true);
        var login = await client.GetAsync($"/graph?from=2018-01-01&token={Token}");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/graph?from=2018-01-01", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graph?from=2018-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_query_token_sets_no_cookie()
    {
        using var client = NewClient(cookies: true);
        var res = await client.GetAsync("/?token=guess-guess-guess");
        Assert.Equal(HttpStatusCode.Unauthorized, res.StatusCode);
        Assert.False(res.Headers.Contains("Set-Cookie"));
    }
}
