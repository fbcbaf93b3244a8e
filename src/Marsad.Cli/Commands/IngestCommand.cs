using System.CommandLine;
using System.Diagnostics;
using Marsad.Broker.Queue;
using Marsad.Extraction;
using Marsad.Read;
using Marsad.Store;
using Marsad.Store.Ingestion;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ingest PATH...</c>: extract and store articles in the corpus.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files (.txt .html .htm .jsonl .rss .atom .xml .docx .pdf), folders (recursive) or - for standard input." };
        var workers = new Option<int>("--workers", "-j") { Description = "Extraction threads (default: one per core).", DefaultValueFactory = _ => 0 };
        var replace = new Option<bool>("--replace") { Description = "Replace a stored document when its id comes with another text (without it, such a document is reported and the stored one kept)." };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var fields = CorpusCommand.FieldOption();
        var broker = BrokerCommand.BrokerOption("Publish the documents to this RabbitMQ broker for 'marsad worker' instead of extracting them here");
        var queue = BrokerCommand.QueueOption();
        var cmd = new Command("ingest", """
            Extract entities, events and relations from articles and store them in the corpus.
            Idempotent: a document already stored with the same id and text is skipped, so re-running resumes an
            interrupted ingest. Another text under a stored id is reported and skipped, unless --replace is given; the
            same text with changed metadata (title, date, URL, outlet) updates it. Syndicated copies join one story.
            Unreadable inputs are reported and skipped (exit code 1); fields of a JSON Lines file that are not read are reported once per file.
            With --broker the documents are only read and published (each confirmed by the broker); workers extract and store them.
            """) { paths, workers, replace, db, format, fields, broker, queue };
        cmd.SetAction((p, ct) =>
        {
            var fieldMap = new Read.Formats.JsonFieldMap(p.GetValue(fields) ?? []);
            return BrokerCommand.Broker(p.GetValue(broker)) is { } uri
                ? BrokerCommand.RunAsync(uri, p.GetValue(queue)!, q => PublishAsync(q, p.GetValue(paths)!, p.GetValue(replace), p.GetValue(format)!, fieldMap, ct), ct)
                : Task.FromResult(CorpusCommand.Run(p.GetValue(db), store =>
                    Run(store, p.GetValue(paths)!, p.GetValue(workers), p.GetValue(replace), p.GetValue(format)!, fieldMap, ct), create: true));
        });
        return cmd;
    }

    private static int Run(ICorpusStore store, string[] paths, int workers, bool replace, string format, Read.Formats.JsonFieldMap fields, CancellationToken ct)
    {
        int total = CountInputs(paths);
        IngestProgress result;
        if (!Console.IsErrorRedirected && !Console.IsOutputRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            IngestProgress? last = null;
            result = console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingest", maxValue: Math.Max(1, total));
                    var ingester = new CorpusIngester(store, Composition.Pipeline, workers)
                    {
                        Replace = replace,
                        OnProgress = s =>
                        {
                            last = s;
                            task.Value = Math.Min(s.Done, task.MaxValue);
                            task.Description = $"{s.Done}/{total} docs · {s.DocumentsPerSecond:F1} docs/s · {s.Errors} errors";
                        },
                        OnError = e => console.MarkupLine($"[red]skipped[/] {Markup.Escape(e.Origin)}: {Markup.Escape(e.Message)}"),
                        OnWarning = e => console.MarkupLine($"[yellow]warning[/] {Markup.Escape(e.Origin)}: {Markup.Escape(e.Message)}"),
                    };
                    var r = ingester.Run(DocumentReader.ReadAll(paths, fields: fields), ct);
                    task.Value = task.MaxValue;
                    return r;
                });
        }
        else
        {
            var tick = Stopwatch.StartNew();
            var ingester = new CorpusIngester(store, Composition.Pipeline, workers)
            {
                Replace = replace,
                OnProgress = s =>
                {
                    if (tick.Elapsed.TotalSeconds < 5 && s.Done != total) return;
                    tick.Restart();
                    var eta = s.DocumentsPerSecond > 0 && total > s.Done ? TimeSpan.FromSeconds((total - s.Done) / s.DocumentsPerSecond).ToString(@"hh\:mm\:ss") : "-";
                    Console.Error.WriteLine($"marsad: ingest {s.Done}/{total} documents, {s.DocumentsPerSecond:F1} docs/s, {s.Errors} errors, ETA {eta}");
                },
                OnError = e => Console.Error.WriteLine($"marsad: skipped {e.Origin}: {e.Message}"),
                OnWarning = e => Console.Error.WriteLine($"marsad: warning: {e.Origin}: {e.Message}"),
            };
            result = ingester.Run(DocumentReader.ReadAll(paths, fields: fields), ct);
        }

        var summary = new
        {
            documents = result.Done, stored = result.Stored, replaced = result.Replaced, metadata_updated = result.Updated, unchanged = result.Unchanged,
            near_duplicates = result.NearDuplicates, errors = result.Errors, seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
            documents_per_second = Math.Round(result.DocumentsPerSecond, 2), interrupted = ct.IsCancellationRequested,
        };
        if (format == "json") CorpusCommand.WriteJson(summary);
        else if (format == "jsonl") CorpusCommand.WriteJsonLines([summary]);
        else Console.WriteLine($"{(ct.IsCancellationRequested ? "interrupted after" : "ingested")} {result.Done} documents in {result.Elapsed.TotalSeconds:F1} s ({result.DocumentsPerSecond:F1} docs/s): " +
            $"{result.Stored} stored, {result.Replaced} replaced, {result.Updated} metadata updated, {result.Unchanged} unchanged, {result.NearDuplicates} near-duplicates, {result.Errors} errors");
        return result.Errors > 0 || ct.IsCancellationRequested ? ExitCodes.Partial : ExitCodes.Ok;
    }

    /// <summary>Reads the inputs and publishes each document; bad inputs are reported and skipped as in a local ingest.</summary>
    private static async Task<int> PublishAsync(DocumentQueue queue, string[] paths, bool replace, string format, Read.Formats.JsonFieldMap fields, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        int errors = 0;
        await using var publisher = await DocumentPublisher.CreateAsync(queue, ct);
        publisher.OnConnectionLost = m => Console.Error.WriteLine($"marsad: the broker connection was lost; {m}");
        try
        {
            foreach (var item in DocumentReader.ReadAll(paths, fields: fields))
            {
                if (ct.IsCancellationRequested) break;
                if (item.IsError) { errors++; Console.Error.WriteLine($"marsad: skipped {item.Origin}: {item.Error}"); continue; }
                if (item.Warning is { } warning) Console.Error.WriteLine($"marsad: warning: {item.Origin}: {warning}");
                await publisher.PublishAsync(item.Document!, replace, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        if (!ct.IsCancellationRequested) await publisher.FlushAsync(ct);
        var depth = await queue.DepthAsync(CancellationToken.None);
        var summary = new
        {
            published = publisher.Published, republished = publisher.Republished, errors, queue = queue.Name, waiting = depth.Waiting, consumers = depth.Consumers,
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 2), interrupted = ct.IsCancellationRequested,
        };
        if (format == "json") CorpusCommand.WriteJson(summary);
        else if (format == "jsonl") CorpusCommand.WriteJsonLines([summary]);
        else Console.WriteLine($"published {publisher.Published} documents to queue {queue.Name} in {clock.Elapsed.TotalSeconds:F1} s ({errors} errors" +
            $"{(publisher.Republished > 0 ? $", {publisher.Republished} sent again after a lost connection" : "")}); " +
            $"{depth.Waiting} waiting, {depth.Consumers} workers");
        return errors > 0 || ct.IsCancellationRequested ? ExitCodes.Partial : ExitCodes.Ok;
    }

    /// <summary>How many documents the inputs hold (JSON Lines count by line), for the progress bar; cheap, no parsing.</summary>
    private static int CountInputs(string[] paths)
    {
        int n = 0;
        foreach (var path in paths)
        {
            if (path == "-") continue;
            IEnumerable<string> files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : File.Exists(path) ? [path] : [];
            foreach (var f in files)
            {
                if (!f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) { n++; continue; }
                try { n += File.ReadLines(f).Count(l => !string.IsNullOrWhiteSpace(l)); }
                catch (IOException) { n++; }
            }
        }
        return n;
    }
}
