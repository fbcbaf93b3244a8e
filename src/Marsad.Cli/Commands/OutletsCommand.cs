using System.CommandLine;
using System.Globalization;
using Marsad.Store.Analysis.Outlets;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad outlets</c>: each outlet's lens — whom it reports, in what tone, on whose word — beside the rest of the corpus.</summary>
public static class OutletsCommand
{
    public static Command Create()
    {
        var from = CorpusCommand.DateOption("--from", "Events dated on or after");
        var to = CorpusCommand.DateOption("--to", "Events dated on or before");
        var outlet = new Option<string?>("--outlet") { Description = "Only outlets whose name contains this (any case)." };
        var topActors = new Option<int>("--top-actors") { Description = "Actors shown per outlet, most reported first.", DefaultValueFactory = _ => 8 };
        var minEvents = new Option<int>("--min-events") { Description = "An actor counts in the tone divergence from this many of the outlet's events.", DefaultValueFactory = _ => 2 };
        var limit = new Option<int>("--limit", "-n") { Description = "Outlets to show, most events first.", DefaultValueFactory = _ => 50 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("outlets",
            "Each outlet's lens: the actors it reports with their share of hostile (ACCUSE … ASSAULT) and cooperative events beside the rest " +
            "of the corpus, the sources it cites, its modality mix; tone divergence = mean |hostile share − rest's| weighted by events, " +
            "modality divergence = Jensen–Shannon (0 same, 1 disjoint). jsonl: one outlet per line.")
            { from, to, outlet, topActors, minEvents, limit, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            if (p.GetValue(topActors) < 0) throw new ArgumentException("--top-actors must be 0 or more");
            if (p.GetValue(minEvents) < 1) throw new ArgumentException("--min-events must be at least 1");
            if (p.GetValue(limit) < 1) throw new ArgumentException("--limit must be at least 1");
            var report = new OutletLensFinder(store).Find(new OutletLensQuery(CorpusCommand.ParseDate(p.GetValue(from), "--from"),
                CorpusCommand.ParseDate(p.GetValue(to), "--to"), p.GetValue(outlet), p.GetValue(topActors), MinEvents: p.GetValue(minEvents), Limit: p.GetValue(limit)));
            switch (p.GetValue(format))
            {
                case "json": CorpusCommand.WriteJson(report); break;
                case "jsonl": CorpusCommand.WriteJsonLines(report.Outlets); break;
                default: WriteTables(report); break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static string N(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static string Percent(double? v) => v is { } x ? (x * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";

    private static void WriteTables(OutletLensReport report)
    {
        var console = CorpusCommand.Out();
        var c = report.Corpus;
        console.MarkupLine($"corpus: {c.Events} events in {c.Documents} documents · {string.Join(", ", c.Modalities.Select(m => $"{m.Modality} {Percent(m.Share)}"))}");
        foreach (var o in report.Outlets)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{CorpusCommand.E(o.Outlet)}[/]: {o.Events} events in {o.Documents} documents, {Percent(o.Events == 0 ? 0 : (double)o.Attributed / o.Events)} attributed · " +
                $"tone divergence {N(o.ToneDivergence)} · modality divergence {N(o.ModalityDivergence)}");
            console.MarkupLine("[grey]modality (outlet / rest):[/] " + string.Join(", ", o.Modalities.Select(m => $"{m.Modality} {Percent(m.Share)} / {Percent(m.RestShare)}")));
            if (o.Sources.Count > 0)
                console.MarkupLine("[grey]sources:[/] " + string.Join(", ", o.Sources.Select(s => $"{CorpusCommand.E(s.Source)} ×{s.Events}" + (s.Forms.Count > 0 ? $" [grey](also {CorpusCommand.E(string.Join(" / ", s.Forms))})[/]" : ""))));
            var t = CorpusCommand.NewTable("actor", "events", "cooperative", "hostile (by / against)", "hostile share", "rest of corpus");
            foreach (var a in o.Actors)
                t.AddRow(CorpusCommand.Name(a.Actor), a.Events.ToString(CultureInfo.InvariantCulture), a.Cooperative.ToString(CultureInfo.InvariantCulture),
                    $"{a.Hostile} ({a.HostileBy} / {a.HostileAgainst})", Percent(a.HostileShare), Percent(a.RestHostileShare));
            console.Write(t);
        }
    }
}
