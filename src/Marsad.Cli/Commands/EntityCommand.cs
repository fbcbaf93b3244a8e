using System.CommandLine;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad entity NAME</c>: an entity's profile; without NAME, the list of entities.</summary>
public static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "Any spelling of the name, the English name, a KB id (Q…) or a corpus id. Omit to list entities.", Arity = ArgumentArity.ZeroOrOne };
        var type = new Option<string?>("--type") { Description = "When listing: only this type (PER, ORG, GPE, LOC, MISC)." };
        var kind = new Option<string?>("--kind") { Description = "When listing: only named entities or only generic actors (police, gunmen, protesters…): named, generic." };
        var limit = new Option<int>("--limit", "-n") { Description = "When listing: how many entities.", DefaultValueFactory = _ => 50 };
        var partners = new Option<int>("--partners") { Description = "In a profile table: partners shown per type (json has all).", DefaultValueFactory = _ => 5 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("entity", "Profile of an entity: aliases, English name, KB id, roles, top partners by relation and event type, events over time.")
            { name, type, kind, limit, partners, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            var fmt = p.GetValue(format);
            if (string.IsNullOrWhiteSpace(p.GetValue(name)))
            {
                var list = store.Entities(new EntityListQuery(p.GetValue(type), Limit: p.GetValue(limit), Kind: p.GetValue(kind)));
                if (fmt == "json") CorpusCommand.WriteJson(list);
                else if (fmt == "jsonl") CorpusCommand.WriteJsonLines(list);
                else ListTable(list);
                return ExitCodes.Ok;
            }
            var entity = CorpusCommand.Entity(store, p.GetValue(name)!);
            var profile = store.Profile(entity.Id)!;
            if (fmt == "json") CorpusCommand.WriteJson(profile);
            else if (fmt == "jsonl") CorpusCommand.WriteJsonLines([profile]);
            else ProfileTables(profile, Math.Max(1, p.GetValue(partners)));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static void ListTable(IReadOnlyList<EntitySummary> list)
    {
        var t = CorpusCommand.NewTable("id", "name", "English", "type", "kb", "documents", "mentions");
        foreach (var e in list)
            t.AddRow(e.Id.ToString(), CorpusCommand.E(e.Name), CorpusCommand.Dash(e.NameEn), e.Kind == EntityKinds.Generic ? $"{e.Type} generic {e.Sector}".TrimEnd() : e.Type,
                CorpusCommand.Dash(e.Kb), e.Documents.ToString(), e.Mentions.ToString());
        CorpusCommand.Out().Write(t);
    }

    private static void ProfileTables(EntityProfile p, int perType)
    {
        var console = CorpusCommand.Out();
        var e = p.Entity;
        console.MarkupLine($"[bold]{CorpusCommand.E(e.Name)}[/]  {CorpusCommand.E(e.NameEn)}  [grey]{e.Type} · kb {CorpusCommand.Dash(e.Kb)} · id {e.Id} · {e.Documents} documents · {e.Mentions} mentions[/]");
        if (e.Kind == EntityKinds.Generic)
            console.MarkupLine($"[bold]generic actor[/]  sector {CorpusCommand.Dash(e.Sector)} · belongs to {(e.Affiliation is { } owner ? CorpusCommand.Name(owner) : "—")}");
        console.MarkupLine("[bold]aliases[/]  " + string.Join("، ", p.Aliases.Select(a => $"{CorpusCommand.E(a.Alias)} [grey]({a.Count})[/]")));
        if (p.Relations.Count > 0)
        {
            var t = CorpusCommand.NewTable("relation", "label", "with", "seen", "first", "last");
            foreach (var r in p.Relations)
                t.AddRow(r.Direction == "out" ? r.Type : r.Type + " ←", CorpusCommand.E(r.Label) + (r.LabelEn is null ? "" : $" [grey]({CorpusCommand.E(r.LabelEn)})[/]"),
                    CorpusCommand.Name(r.Other), r.Count.ToString(), CorpusCommand.Dash(r.First), CorpusCommand.Dash(r.Last));
            console.Write(t);
        }
        if (p.Partners.Count > 0)
        {
            var t = CorpusCommand.NewTable("type", "direction", "partner", "count", "first", "last");
            foreach (var g in p.Partners.GroupBy(x => (x.Kind, x.Type)))
                foreach (var x in g.Take(perType))
                    t.AddRow(x.Type, x.Direction switch { "out" => "→", "in" => "←", _ => "↔" }, CorpusCommand.Name(x.Entity),
                        x.Count.ToString(), CorpusCommand.Dash(x.First), CorpusCommand.Dash(x.Last));
            console.Write(t);
        }
        if (p.EventsOverTime.Count > 0)
        {
            var chart = new BarChart().Label("[bold]events over time[/]").LeftAlignLabel();
            foreach (var x in p.EventsOverTime) chart.AddItem(x.Period, x.Events, Color.SteelBlue);
            console.Write(chart);
        }
    }
}
