using System.CommandLine;
using System.Net.Sockets;
using Marsad.Broker.Queue;
using Marsad.Store;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve</c>: the web interface and the HTTP API over a corpus store.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = $"SQLite file or PostgreSQL connection string (default: ${CorpusStore.EnvironmentVariable}, else {CorpusStore.DefaultFile})." };
        var port = new Option<int>("--port") { Description = "TCP port.", DefaultValueFactory = _ => WebOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to bind. Anything but loopback (127.0.0.1, ::1) requires --token.", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "Bearer token required on every page and API call (default: $MARSAD_TOKEN). Browsers log in once with /?token=TOKEN." };
        var allowedHosts = new Option<string[]>("--allowed-host")
        {
            Description = "A host name requests may be addressed to besides the bound address (a reverse proxy's or DNS name); repeatable. Other Host headers are refused, so that a rebound DNS name cannot read the corpus.",
        };
        var broker = BrokerCommand.BrokerOption("Publish posted articles to this RabbitMQ broker for 'marsad worker' to store, answering 202 Accepted, instead of extracting them in the request");
        var queue = BrokerCommand.QueueOption();
        var maxBody = new Option<int>("--max-body-mb") { Description = "Largest accepted request body (article ingest), in MiB.", DefaultValueFactory = _ => (int)(WebOptions.DefaultMaxBodyBytes >> 20) };
        var cmd = new Command("serve", """
            Serve the corpus as a right-to-left Arabic web interface (English labels available) and a
            JSON HTTP API documented at /openapi/v1.json. Stop with Ctrl+C. With --broker, articles posted to
            /api/documents go to the broker's queue and workers store them.
            """) { db, port, host, token, allowedHosts, maxBody, broker, queue };
        cmd.SetAction((parse, ct) => RunAsync(parse.GetValue(db), BrokerCommand.Broker(parse.GetValue(broker)), parse.GetValue(queue)!, new WebOptions
        {
            Host = parse.GetValue(host)!,
            Port = parse.GetValue(port),
            Token = parse.GetValue(token) ?? NonEmpty(Environment.GetEnvironmentVariable("MARSAD_TOKEN")),
            MaxBodyBytes = (long)parse.GetValue(maxBody) << 20,
            AllowedHosts = parse.GetValue(allowedHosts) ?? [],
            DataDir = Composition.DataDir,
        }, ct));
        return cmd;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static async Task<int> RunAsync(string? db, string? broker, string queueName, WebOptions options, CancellationToken ct)
    {
        var (_, error) = options.Resolve();
        if (error is not null) { Console.Error.WriteLine($"marsad: {error}"); return ExitCodes.Usage; }
        ICorpusStore store;
        try { store = CorpusStore.Open(db); }
        catch (StoreException ex) { Console.Error.WriteLine($"marsad: {ex.Message}"); return ExitCodes.Partial; }
        DocumentQueue? queue = null;
        if (broker is not null)
        {
            try { queue = await DocumentQueue.ConnectAsync(broker, queueName, ct); }
            catch (BrokerException ex)
            {
                store.Dispose();
                Console.Error.WriteLine($"marsad: {ex.Message}");
                return ExitCodes.Partial;
            }
        }
        await using var connection = queue; // closed after the server stops
        using (store)
        {
            await using var app = MarsadWebApp.Create(options, s =>
            {
                s.AddSingleton(store);
                if (queue is not null) s.AddSingleton(queue);
            });
            try { await app.StartAsync(ct); }
            catch (Exception ex) when (ex is SocketException || ex is IOException && (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase)))
            {
                Console.Error.WriteLine($"marsad: cannot listen on {options.Host}:{options.Port}: {ex.Message}");
                return ExitCodes.Partial;
            }
            var url = app.BoundAddress().ToString();
            var named = NonEmpty(db) ?? NonEmpty(Environment.GetEnvironmentVariable(CorpusStore.EnvironmentVariable)) ?? CorpusStore.DefaultFile;
            Console.Error.WriteLine($"marsad: serving {CorpusStore.Describe(named)} at {url}" +
                (options.Token is null ? "" : $" (log in once with {url}?token=…)") +
                (queue is null ? "" : $"; posted articles go to {DocumentQueue.Describe(broker!)} queue {queue.Name}") + "; Ctrl+C to stop");
            try { await app.WaitForShutdownAsync(ct); }
            catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
        }
        return ExitCodes.Ok;
    }
}
