using System.CommandLine;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: what the corpus holds.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("stats", "Counts of documents, stories, near-duplicates, entities, mentions, events, relations and edges.") { db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var s = store.Stats();
            if (p.GetValue(format) == "table")
            {
                var t = CorpusCommand.NewTable("", "");
                t.HideHeaders();
                foreach (var (k, v) in new (string, object?)[]
                {
                    ("documents", s.Documents), ("stories", s.Stories), ("near_duplicates", s.NearDuplicates), ("entities", s.Entities),
                    ("mentions", s.Mentions), ("events", s.Events), ("relations", s.Relations), ("edges", s.Edges),
                    ("backend", s.Backend), ("size", s.SizeBytes is { } b ? $"{b / 1024.0 / 1024.0:F1} MB" : "—"),
                })
                    t.AddRow(k, Markup.Escape(v?.ToString() ?? ""));
                CorpusCommand.Out().Write(t);
            }
            else if (p.GetValue(format) == "json") CorpusCommand.WriteJson(s);
            else CorpusCommand.WriteJsonLines([s]);
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
