using System.CommandLine;
using System.Globalization;
using Marsad.Store;
using Marsad.Store.Analysis.Camps;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad camps</c>: the camps of the actor network (who sides with whom), over time, and who changed camp.</summary>
public static class CampsCommand
{
    public static Command Create()
    {
        var from = CorpusCommand.DateOption("--from", "Events dated on or after");
        var to = CorpusCommand.DateOption("--to", "Events dated on or before");
        var window = new Option<string>("--window", "-w")
        {
            Description = "all: one partition of the whole range; month, quarter, year: one per calendar window, with the actors that changed camp.",
            DefaultValueFactory = _ => "all",
        };
        window.AcceptOnlyFromAmong("all", "month", "quarter", "year");
        var minEvents = new Option<int>("--min-events") { Description = "Leave out actors in fewer events of a window.", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the partition's random choices (one seed, one answer).", DefaultValueFactory = _ => 1 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("camps",
            "Camps: a partition of the actors that best fits the signed network of their events (cooperation +, hostility −; denied and " +
            "hypothetical events left out; weights in data/analysis/tie_weights.tsv), with its balance (1 − frustrated weight / total weight) " +
            "and each actor's membership strength. jsonl: one window per line.")
            { from, to, window, minEvents, seed, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            if (p.GetValue(minEvents) < 1) throw new ArgumentException("--min-events must be at least 1");
            var query = new CampQuery(CorpusCommand.ParseDate(p.GetValue(from), "--from"), CorpusCommand.ParseDate(p.GetValue(to), "--to"),
                Enum.Parse<CampWindow>(p.GetValue(window)!, ignoreCase: true), p.GetValue(minEvents), p.GetValue(seed));
            var report = new CampFinder(store, Composition.StoreTables.TieWeights, Composition.StoreTables.AlignmentJoins, Composition.StoreTables.Seats).Find(query);
            switch (p.GetValue(format))
            {
                case "json": CorpusCommand.WriteJson(report); break;
                case "jsonl": CorpusCommand.WriteJsonLines(report.Periods); break;
                default: WriteTables(report); break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static void WriteTables(CampReport report)
    {
        var console = CorpusCommand.Out();
        foreach (var p in report.Periods)
        {
            console.MarkupLine($"[bold]{CorpusCommand.E(p.Period)}[/] {CorpusCommand.Dash(p.From)} – {CorpusCommand.Dash(p.To)} · {p.Events} events · " +
                $"balance {N(p.Balance)} (frustration {N(p.Frustration)} of {N(p.TotalWeight)})");
            if (p.Camps.Count == 0) { console.MarkupLine("[grey]no ties in this window[/]"); continue; }
            var t = CorpusCommand.NewTable("camp", "members (strength, events)");
            foreach (var c in p.Camps)
                t.AddRow($"{c.Id}\n[grey]{CorpusCommand.Name(c.Leader)}[/]",
                    string.Join("\n", c.Members.Select(m => $"{CorpusCommand.Name(m.Actor)}{Joined(m)} [grey]{N(m.Strength)}, {m.Events}{(m.ByOpposition ? ", by opposition" : "")}[/]")));
            console.Write(t);
            if (p.CoMentions.Count > 0)
                console.MarkupLine("[grey]co-mentioned without an event (weaker evidence, not counted in the camps): " +
                    string.Join("; ", p.CoMentions.Take(12).Select(c => $"{CorpusCommand.Name(c.A)} – {CorpusCommand.Name(c.B)} ({c.Sentences})")) + "[/]");
        }
        if (report.Undated > 0) console.MarkupLine($"[grey]{report.Undated} undated events left out of the windows[/]");
        if (report.Changes.Count == 0) return;
        console.MarkupLine("[bold]Changes of camp[/]");
        var changes = CorpusCommand.NewTable("window", "actor", "camp", "events that moved it");
        foreach (var c in report.Changes)
            changes.AddRow(CorpusCommand.E(c.Period), CorpusCommand.Name(c.Actor), $"{c.FromCamp} → {c.ToCamp}",
                string.Join("\n", c.Events.Select(e => $"{e.Type} {CorpusCommand.Dash(e.Date ?? e.Published)} {CorpusCommand.E(e.DocumentId)}: " +
                    CorpusCommand.E(CorpusCommand.Clip(e.Evidence.Replace('\n', ' '), 120)))));
        console.Write(changes);
    }

    /// <summary>The people counted as the actor (a commander and his force), after its name.</summary>
    private static string Joined(CampMember m) =>
        m.Joined.Count == 0 ? "" : $" [grey](+ {string.Join(", ", m.Joined.Select(j => CorpusCommand.Name(j.Subject)))})[/]";
}
