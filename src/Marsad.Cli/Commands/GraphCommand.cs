using System.CommandLine;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad graph</c>: the aggregated actor network, optionally around one entity and within dates.</summary>
public static class GraphCommand
{
    public static Command Create()
    {
        var entity = new Option<string?>("--entity") { Description = "Only edges touching this entity (any spelling, English name or KB id)." };
        var from = CorpusCommand.DateOption("--from", "Count evidence dated on or after");
        var to = CorpusCommand.DateOption("--to", "Count evidence dated on or before");
        var type = new Option<string?>("--type") { Description = "Only edges of this event type (e.g. AID) or relation type (e.g. ROLE)." };
        var minCount = new Option<int>("--min-count") { Description = "Only edges seen at least this often.", DefaultValueFactory = _ => 1 };
        var limit = new Option<int>("--limit", "-n") { Description = "Strongest edges to show.", DefaultValueFactory = _ => 100 };
        var evidence = new Option<int>("--evidence") { Description = "Evidence sentences per edge in json/jsonl output.", DefaultValueFactory = _ => 3 };
        var db = CorpusCommand.DbOption();
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("graph", "The actor network: who did what to whom, how often, first and last date, with evidence. For Gephi use 'marsad export --format gexf'.")
            { entity, from, to, type, minCount, limit, evidence, db, format };
        cmd.SetAction(p => CorpusCommand.Run(p.GetValue(db), store =>
        {
            long? id = p.GetValue(entity) is { Length: > 0 } name ? CorpusCommand.Entity(store, name).Id : null;
            var fmt = p.GetValue(format);
            var g = store.Graph(new GraphQuery(id, CorpusCommand.ParseDate(p.GetValue(from), "--from"), CorpusCommand.ParseDate(p.GetValue(to), "--to"),
                p.GetValue(type), p.GetValue(minCount), p.GetValue(limit), fmt == "table" ? 0 : p.GetValue(evidence)));
            var names = g.Nodes.ToDictionary(n => n.Id);
            if (fmt == "json") CorpusCommand.WriteJson(g);
            else if (fmt == "jsonl")
                CorpusCommand.WriteJsonLines(g.Edges.Select(e => new { edge = e, source = names[e.Source], target = names[e.Target] }));
            else
            {
                var t = CorpusCommand.NewTable("source", "type", "target", "count", "first", "last", "±");
                foreach (var e in g.Edges)
                    t.AddRow(Node(names[e.Source]), e.Kind == "relation" ? $"[grey]{e.Type}[/]" : e.Type, Node(names[e.Target]), e.Count.ToString(),
                        CorpusCommand.Dash(e.First), CorpusCommand.Dash(e.Last), e.Polarity switch { > 0 => "[green]+[/]", < 0 => "[red]−[/]", _ => "" });
                var console = CorpusCommand.Out();
                console.Write(t);
                console.MarkupLine($"[grey]{g.Nodes.Count} entities, {g.Edges.Count} edges[/]");
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static string Node(GraphNode n) => CorpusCommand.Name(new EntityRef(n.Id, n.Name, n.NameEn, n.Type, n.Kb));
}
