using System.CommandLine;
using Marsad.Broker.Queue;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: what the corpus holds and, with --broker, what waits in the queue.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var broker = BrokerCommand.BrokerOption("Also show the work queue's depth and the dead-letter queue's documents with their errors");
        var queue = BrokerCommand.QueueOption();
        var cmd = new Command("stats", "Counts of documents, stories, near-duplicates, entities, mentions, events, relations and edges.") { db, format, broker, queue };
        cmd.SetAction(async (p, ct) =>
        {
            if (BrokerCommand.Broker(p.GetValue(broker)) is not { } uri) return Show(p.GetValue(db), p.GetValue(format)!, null);
            return await BrokerCommand.RunAsync(uri, p.GetValue(queue)!, async q =>
                Show(p.GetValue(db), p.GetValue(format)!, new BrokerStats(await q.DepthAsync(ct), await DeadLetters.PeekAsync(q, 20, ct))), ct);
        });
        return cmd;
    }

    private sealed record BrokerStats(QueueDepth Queue, IReadOnlyList<DeadLetter> DeadLetters);

    private static int Show(string? db, string format, BrokerStats? broker) => CorpusCommand.Run(db, store =>
    {
        var s = store.Stats();
        if (format == "table")
        {
            var t = CorpusCommand.NewTable("", "");
            t.HideHeaders();
            var rows = new List<(string, object?)>
            {
                ("documents", s.Documents), ("stories", s.Stories), ("near_duplicates", s.NearDuplicates), ("entities", s.Entities),
                ("mentions", s.Mentions), ("events", s.Events), ("relations", s.Relations), ("edges", s.Edges),
                ("backend", s.Backend), ("size", s.SizeBytes is { } b ? $"{b / 1024.0 / 1024.0:F1} MB" : "—"),
            };
            if (broker is { Queue: var d })
                rows.AddRange([("queue", d.Queue), ("queue_waiting", d.Waiting), ("queue_workers", d.Consumers), ("dead_letters", d.DeadLetters)]);
            foreach (var (k, v) in rows) t.AddRow(k, Markup.Escape(v?.ToString() ?? ""));
            CorpusCommand.Out().Write(t);
            if (broker is { DeadLetters.Count: > 0 })
            {
                var dead = CorpusCommand.NewTable("dead letter", "attempts", "error");
                foreach (var x in broker.DeadLetters) dead.AddRow(Markup.Escape(x.Id), x.Attempts.ToString(), Markup.Escape(x.Error));
                CorpusCommand.Out().Write(dead);
            }
        }
        else if (broker is null && format == "json") CorpusCommand.WriteJson(s);
        else if (broker is null) CorpusCommand.WriteJsonLines([s]);
        else if (format == "json") CorpusCommand.WriteJson(new { corpus = s, broker });
        else CorpusCommand.WriteJsonLines([new { corpus = s, broker }]);
        return ExitCodes.Ok;
    });
}
