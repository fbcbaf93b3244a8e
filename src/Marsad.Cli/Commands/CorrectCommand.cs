using System.CommandLine;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad correct …</c>: the analyst's corrections, stored in the corpus with who, when and why, applied to every
/// view and export, kept across re-ingest and undoable (the same actions as <c>POST /api/corrections</c>).
/// </summary>
public static class CorrectCommand
{
    public static Command Create()
    {
        var cmd = new Command("correct", "Correct what Marsad got wrong: flag an event, merge or split entities, fix a type or an English name; list and undo corrections.");
        cmd.Subcommands.Add(Flag());
        cmd.Subcommands.Add(Unflag());
        cmd.Subcommands.Add(Merge());
        cmd.Subcommands.Add(Split());
        cmd.Subcommands.Add(Fix("type", "TYPE", "Sets an entity's type (PER, ORG, GPE, LOC, MISC).", (s, id, v, a, r) => s.SetEntityType(id, v, a, r)));
        cmd.Subcommands.Add(Fix("name-en", "NAME", "Sets an entity's English name.", (s, id, v, a, r) => s.SetEntityNameEn(id, v, a, r)));
        cmd.Subcommands.Add(Undo());
        cmd.Subcommands.Add(List());
        return cmd;
    }

    private static Option<string> AuthorOption() => new("--author")
    {
        Description = "Who makes the correction (default: the user name).",
        DefaultValueFactory = _ => Environment.UserName,
    };

    private static Option<string?> ReasonOption() => new("--reason") { Description = "Why (kept in the audit list)." };

    private static Argument<string> EntityArgument(string name, string description) => new(name) { Description = description + " (any spelling, English name, KB id or corpus id)." };

    /// <summary>A subcommand that changes the corpus and prints the correction it recorded.</summary>
    private static Command Action(string name, string description, Func<ICorpusStore, ParseResult, string, string?, Correction?> act, params Symbol[] symbols)
    {
        var author = AuthorOption();
        var reason = ReasonOption();
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command(name, description);
        foreach (var s in symbols)
            if (s is Argument a) cmd.Arguments.Add(a); else cmd.Options.Add((Option)s);
        cmd.Options.Add(author); cmd.Options.Add(reason); cmd.Options.Add(db); cmd.Options.Add(format);
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var who = p.GetValue(author)?.Trim();
            if (string.IsNullOrEmpty(who) || who.Length > 100) throw new ArgumentException("--author: who makes the correction (1 to 100 characters)");
            var c = act(store, p, who, p.GetValue(reason));
            if (c is null) return ExitCodes.Partial;
            Write([c], p.GetValue(format)!);
            return ExitCodes.Ok;
        }, writes: true));
        return cmd;
    }

    private static Command Flag()
    {
        var ev = new Argument<long>("event") { Description = "The event's id (in the JSON of timeline, the document page or the API)." };
        return Action("flag", "Flags an event as wrong: it leaves timelines, profiles, the graph and exports, also after re-ingest.",
            (s, p, a, r) => s.FlagEvent(p.GetValue(ev), a, r) ?? Missing($"no event {p.GetValue(ev)}"), ev);
    }

    private static Command Unflag()
    {
        var ev = new Argument<long>("event") { Description = "The flagged event's id." };
        return Action("unflag", "Undoes the flag on an event.",
            (s, p, a, _) => s.UnflagEvent(p.GetValue(ev), a) ?? Missing($"event {p.GetValue(ev)} is not flagged"), ev);
    }

    private static Command Merge()
    {
        var entity = EntityArgument("entity", "The entity to merge");
        var into = EntityArgument("into", "The entity it is one with, whose name is shown");
        return Action("merge", "Merges two entities that are one actor: every view and export shows the second with the first's names, documents and events.",
            (s, p, a, r) => s.MergeEntities(CorpusCommand.Entity(s, p.GetValue(entity)!).Id, CorpusCommand.Entity(s, p.GetValue(into)!).Id, a, r), entity, into);
    }

    private static Command Split()
    {
        var entity = EntityArgument("entity", "A merged entity");
        var author = AuthorOption();
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("split", "Splits a merged entity again (undoes its merges).") { entity, author, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var undone = store.SplitEntity(CorpusCommand.Entity(store, p.GetValue(entity)!).Id, p.GetValue(author)!);
            if (undone.Count == 0) return CorpusCommand.Fail($"'{p.GetValue(entity)}' is not merged with another entity");
            Write(undone, p.GetValue(format)!);
            return ExitCodes.Ok;
        }, writes: true));
        return cmd;
    }

    private static Command Fix(string name, string valueName, string description, Func<ICorpusStore, long, string, string, string?, Correction?> fix)
    {
        var entity = EntityArgument("entity", "The entity");
        var value = new Argument<string>(valueName.ToLowerInvariant()) { Description = valueName };
        return Action(name, description + " Every view and export shows it, also after re-ingest.",
            (s, p, a, r) => fix(s, CorpusCommand.Entity(s, p.GetValue(entity)!).Id, p.GetValue(value)!, a, r), entity, value);
    }

    private static Command Undo()
    {
        var id = new Argument<long>("correction") { Description = "The correction's id (see 'marsad correct list')." };
        return Action("undo", "Undoes a correction; it stays in the audit list with who undid it and when.",
            (s, p, a, _) => s.Undo(p.GetValue(id), a) ?? Missing($"no correction {p.GetValue(id)}"), id);
    }

    private static Command List()
    {
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var limit = new Option<int>("--limit", "-n") { Description = "Corrections to show, newest first.", DefaultValueFactory = _ => 1000 };
        var cmd = new Command("list", "The audit list: every correction, newest first, undone ones included (who, when, why, who undid).") { limit, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            Write(store.Corrections(p.GetValue(limit)), p.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Correction? Missing(string message)
    {
        Console.Error.WriteLine("marsad: " + message);
        return null;
    }

    private static void Write(IReadOnlyList<Correction> corrections, string format)
    {
        switch (format)
        {
            case "json": CorpusCommand.WriteJson(corrections); break;
            case "jsonl": CorpusCommand.WriteJsonLines(corrections); break;
            default:
                var t = CorpusCommand.NewTable("id", "action", "what", "who", "when", "why", "undone");
                foreach (var c in corrections)
                    t.AddRow(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Action, CorpusCommand.E(c.Label ?? c.Target), CorpusCommand.E(c.Author),
                        c.CreatedAt, CorpusCommand.Dash(c.Reason), c.UndoneAt is null ? "—" : $"{c.UndoneAt} {CorpusCommand.E(c.UndoneBy)}");
                CorpusCommand.Out().Write(t);
                break;
        }
    }
}
