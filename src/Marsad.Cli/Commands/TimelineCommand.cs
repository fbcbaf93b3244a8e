using System.CommandLine;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad timeline ENTITY [ENTITY2]</c>: an entity's events, or the events between two, by date.</summary>
public static class TimelineCommand
{
    public static Command Create()
    {
        var entities = new Argument<string[]>("entity") { Description = "One entity (its events) or two (the events involving both).", Arity = new ArgumentArity(1, 2) };
        var from = CorpusCommand.DateOption("--from", "Events on or after");
        var to = CorpusCommand.DateOption("--to", "Events on or before");
        var type = new Option<string?>("--type") { Description = "Only this event type (e.g. CONSULT)." };
        var limit = new Option<int>("--limit", "-n") { Description = "Events to show.", DefaultValueFactory = _ => 200 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("timeline", "Events of an entity (or between two) in date order, with who claims each. Undated events sit at their article's publication date.")
            { entities, from, to, type, limit, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var ids = p.GetValue(entities)!.Select(n => CorpusCommand.Entity(store, n).Id).ToList();
            var events = store.Timeline(new TimelineQuery(ids, CorpusCommand.ParseDate(p.GetValue(from), "--from"),
                CorpusCommand.ParseDate(p.GetValue(to), "--to"), p.GetValue(type), p.GetValue(limit)));
            switch (p.GetValue(format))
            {
                case "json": CorpusCommand.WriteJson(events); break;
                case "jsonl": CorpusCommand.WriteJsonLines(events); break;
                default:
                    var t = CorpusCommand.NewTable("date", "event", "who", "whom", "according to", "document", "evidence");
                    foreach (var e in events)
                        t.AddRow(e.Date is null ? $"[grey]{CorpusCommand.E(e.Published ?? "?")}[/]" : CorpusCommand.E(e.Date),
                            e.Type + (e.Mode is null ? "" : $"\n[grey]{CorpusCommand.E(e.Mode)}[/]") + (e.Modality == "asserted" ? "" : $"\n[italic]{e.Modality}[/]"),
                            string.Join("\n", e.Sources.Select(CorpusCommand.Name)), string.Join("\n", e.Targets.Select(CorpusCommand.Name)),
                            CorpusCommand.Dash(e.Attribution), CorpusCommand.E(e.DocumentId) + (e.Outlet is null ? "" : $"\n[grey]{CorpusCommand.E(e.Outlet)}[/]"),
                            CorpusCommand.E(CorpusCommand.Clip(e.Evidence.Replace('\n', ' '), 160)));
                    CorpusCommand.Out().Write(t);
                    break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
