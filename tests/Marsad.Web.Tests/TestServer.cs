using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>A real Kestrel server on a free loopback port, with an HTTP client pointed at it.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }

    public static async Task<TestServer> StartAsync(WebOptions? options = null, Action<IServiceCollection>? services = null)
    {
        var app = MarsadWebApp.Create((options ?? new WebOptions()) with { Port = 0 }, services ?? (_ => { }));
        await app.StartAsync();
        return new TestServer(app, app.BoundAddress());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
