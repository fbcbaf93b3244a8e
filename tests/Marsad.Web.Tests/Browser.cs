using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright through its executable path (MARSAD_CHROMIUM, else
/// /usr/bin/chromium); Playwright never downloads a browser. One browser per test collection.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public IBrowser Chromium { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("MARSAD_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Chromium not found at {ExecutablePath}: run ./test.sh (it installs Debian's chromium) or set MARSAD_CHROMIUM.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page that records console errors, page errors and CSP violations, and any dialog (alert) opened.</summary>
    public async Task<WatchedPage> OpenAsync(int width = 1366, int height = 900, string locale = "ar")
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = locale,
        });
        return await WatchedPage.CreateAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.CloseAsync();
        _playwright?.Dispose();
    }
}

public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];

    private WatchedPage(IBrowserContext context, IPage page) { _context = context; Page = page; }

    public static async Task<WatchedPage> CreateAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        // a loaded 2-core CI machine can take far longer than Playwright's 30 s default: waits fail only when truly stuck
        page.SetDefaultTimeout(120_000);
        var w = new WatchedPage(context, page);
        // Failed loads are recorded with their URL by the Response handler; the console only repeats them.
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource")) w.Errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) w.Errors.Add($"HTTP {r.Status} {r.Url}"); };
        page.PageError += (_, e) => w.Errors.Add(e);
        page.Dialog += async (_, d) => { w.Dialogs.Add(d.Message); await d.DismissAsync(); };
        return w;
    }

    /// <summary>Opens a URL and waits until the page script says it has drawn (body[data-ready]).</summary>
    public async Task GotoAsync(string url)
    {
        var res = await Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await Page.WaitForSelectorAsync("body[data-ready=true]", new() { Timeout = 120_000 });
        if (res is not null && res.Status >= 500) throw new InvalidOperationException($"{url}: HTTP {res.Status}");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

/// <summary>
/// Navigation waits end when the page's address changes: each test then waits for the page script's
/// own body[data-ready], and the browser's load event has been seen to go missing under load (the wait
/// then hangs although the page is drawn).
/// </summary>
public static class Waits
{
    /// <summary>Waits until the page's address matches a glob (** any text, * any text without '/', the rest literal).</summary>
    public static Task AddressAsync(IPage page, string glob) => AddressAsync(page, new Regex("^" + string.Concat(
        Regex.Split(glob, @"(\*\*|\*)").Select(part => part switch { "**" => ".*", "*" => "[^/]*", _ => Regex.Escape(part) })) + "$").IsMatch);

    /// <summary>
    /// Waits until the page's address satisfies <paramref name="matches"/>, reading <see cref="IPage.Url"/> until it does.
    /// Playwright's WaitForURLAsync reads the address and then listens for the next navigation; the connection's thread
    /// updates the address and announces the navigation on its own, so one that commits between the two (the test's thread
    /// held up on a loaded machine) is never heard and the wait runs its whole timeout. Reading again has no such gap.
    /// </summary>
    public static async Task AddressAsync(IPage page, Func<string, bool> matches, int timeoutMs = 120_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!matches(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the page stayed at {page.Url}");
            await Task.Delay(25);
        }
    }
}
