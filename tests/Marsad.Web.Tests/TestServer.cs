using Marsad.Store;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>A real Kestrel server on a free loopback port over a real SQLite store in a temporary folder.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private TestServer(WebApplication app, Uri address, ICorpusStore store, string folder)
    {
        _app = app;
        _folder = folder;
        Address = address;
        Store = store;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Uri Address { get; }
    public ICorpusStore Store { get; }
    public HttpClient Client { get; }

    public string Url(string path) => new Uri(Address, path).ToString();

    public static async Task<TestServer> StartAsync(WebOptions? options = null)
    {
        var folder = Directory.CreateTempSubdirectory("marsad-web-").FullName;
        var store = CorpusStore.Open(Path.Combine(folder, "corpus.db"));
        var app = MarsadWebApp.Create((options ?? new WebOptions()) with { Port = 0 }, s => s.AddSingleton(store));
        await app.StartAsync();
        return new TestServer(app, app.BoundAddress(), store, folder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Store.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
