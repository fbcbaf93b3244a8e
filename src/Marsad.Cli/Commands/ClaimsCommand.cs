using System.CommandLine;
using System.Globalization;
using Marsad.Store;
using Marsad.Store.Analysis.Claims;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad claims</c>: claims about the same happening side by side, and where they disagree.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var entity = new Option<string?>("--entity", "-e") { Description = "Only happenings with a claim naming this entity (any spelling)." };
        var contested = new Option<bool>("--contested") { Description = "Only happenings whose claims disagree (a denial, different counts, dates or directions)." };
        var from = CorpusCommand.DateOption("--from", "Happenings with a claim dated on or after");
        var to = CorpusCommand.DateOption("--to", "Happenings with a claim dated on or before");
        var document = new Option<string?>("--document") { Description = "Only happenings with a claim from this document (its id)." };
        var window = new Option<int>("--window-days") { Description = "Claims this many days apart can tell one happening.", DefaultValueFactory = _ => 7 };
        var minClaims = new Option<int>("--min-claims") { Description = "Leave out happenings told by fewer claims.", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit", "-n") { Description = "Happenings to show.", DefaultValueFactory = _ => 50 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("claims",
            "Claims about the same happening (same type family — data/analysis/claim_families.tsv —, the actors of one within the other's, " +
            "dates within --window-days, one place) across documents and stories, side by side with who claims each, its modality, outlet, " +
            "date, numbers and sentence; contested ones first. Events flagged as wrong are left out. jsonl: one happening per line.")
            { entity, contested, from, to, document, window, minClaims, limit, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            if (p.GetValue(window) < 0) throw new ArgumentException("--window-days must be 0 or more");
            if (p.GetValue(minClaims) < 1) throw new ArgumentException("--min-claims must be at least 1");
            if (p.GetValue(limit) < 1) throw new ArgumentException("--limit must be at least 1");
            var query = new ClaimQuery(
                p.GetValue(entity) is { } name ? CorpusCommand.Entity(store, name).Id : null,
                CorpusCommand.ParseDate(p.GetValue(from), "--from"), CorpusCommand.ParseDate(p.GetValue(to), "--to"),
                p.GetValue(contested), p.GetValue(document), p.GetValue(window), p.GetValue(minClaims), p.GetValue(limit));
            var report = new ClaimFinder(store, Composition.StoreTables.ClaimFamilies).Find(query);
            switch (p.GetValue(format))
            {
                case "json": CorpusCommand.WriteJson(report); break;
                case "jsonl": CorpusCommand.WriteJsonLines(report.Groups); break;
                default: WriteTables(report); break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static void WriteTables(ClaimReport report)
    {
        var console = CorpusCommand.Out();
        console.MarkupLine($"{report.Total} happenings told by several claims, {report.Contested} contested" +
            (report.Groups.Count < report.Total ? $" (first {report.Groups.Count} shown)" : ""));
        foreach (var g in report.Groups)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{CorpusCommand.E(g.Family)}[/]: {string.Join(", ", g.Actors.Select(CorpusCommand.Name))} · " +
                $"{CorpusCommand.Dash(g.From)} – {CorpusCommand.Dash(g.To)}" + (g.Place is null ? "" : $" · {CorpusCommand.Name(g.Place)}") +
                $" · {g.ClaimCount} claims, {g.Documents} documents, {g.Stories} stories, {g.Outlets} outlets");
            foreach (var d in g.Disagreements)
                console.MarkupLine($"[red]{d.Kind}{(d.Unit is null ? "" : " (" + CorpusCommand.E(d.Unit) + ")")}[/]: " +
                    string.Join(" vs ", d.Sides.Select(s => $"{CorpusCommand.E(s.Value)} [grey](events {string.Join(", ", s.Events)})[/]")));
            var t = CorpusCommand.NewTable("event", "who claims", "outlet · document", "date", "modality", "numbers", "sentence");
            foreach (var c in g.Claims)
                t.AddRow($"{c.Id} {c.Type}\n{string.Join(", ", c.Sources.Select(a => CorpusCommand.E(a.Name)))} → {string.Join(", ", c.Targets.Select(a => CorpusCommand.E(a.Name)))}",
                    CorpusCommand.Dash(c.Attribution), $"{CorpusCommand.Dash(c.Outlet)}\n[grey]{CorpusCommand.E(c.DocumentId)}[/]",
                    c.Date is null ? $"[grey]{CorpusCommand.Dash(c.Published)}[/]" : CorpusCommand.E(c.Date),
                    c.Modality == "denied" ? "[red]denied[/]" : c.Modality,
                    string.Join("\n", c.Quantities.Select(q => $"{q.Value.ToString("0.##", CultureInfo.InvariantCulture)} {CorpusCommand.E(q.Unit)}")),
                    CorpusCommand.E(CorpusCommand.Clip(c.Evidence.Replace('\n', ' '), 160)));
            console.Write(t);
        }
    }
}
