using System.CommandLine;
using System.Text;
using Marsad.Cli.Output;
using Marsad.Core.IO;
using Marsad.Store;
using Marsad.Store.Export;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export --format F --out FILE</c>: the corpus for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: documents in the extraction contract; csv: events in ACLED-like columns; graphml, gexf: the actor network for Gephi; cameo: a GDELT-style event table (tab-separated).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "graphml", "gexf", "cameo");
        var output = new Option<string>("--out", "-o") { Description = "File to write (- for standard output).", Required = true };
        var entity = new Option<string?>("--entity") { Description = "graph/csv/cameo: only what involves this entity." };
        var from = CorpusCommand.DateOption("--from", "graph/csv/cameo: from this date");
        var to = CorpusCommand.DateOption("--to", "graph/csv/cameo: up to this date");
        var db = CorpusCommand.DbOption();
        var cmd = new Command("export", "Export the corpus: JSON Lines, ACLED-like CSV, GraphML, GEXF or a CAMEO table.") { format, output, entity, from, to, db };
        cmd.SetAction(p =>
        {
            var outFile = p.GetValue(output)!;
            if (outFile != "-" && OutputTarget.Conflict(outFile, [], CorpusStore.Resolve(p.GetValue(db))) is { } conflict)
            {
                Console.Error.WriteLine("marsad: " + conflict);
                return ExitCodes.Usage;
            }
            return CorpusCommand.Run(p.GetValue(db), store =>
            {
                var fmt = p.GetValue(format)!;
                long? id = p.GetValue(entity) is { Length: > 0 } name ? CorpusCommand.Entity(store, name).Id : null;
                var fromDate = CorpusCommand.ParseDate(p.GetValue(from), "--from");
                var toDate = CorpusCommand.ParseDate(p.GetValue(to), "--to");
                // A failed export never leaves half a file: the file appears when it is complete.
                using var file = outFile == "-" ? null : AtomicFile.Create(outFile);
                using var stdout = file is null ? Console.OpenStandardOutput() : null;
                var stream = file?.Stream ?? stdout!;
                int count = fmt switch
                {
                    "jsonl" => ContractExport.WriteJsonl(stream, store.Documents()),
                    "graphml" or "gexf" => WriteGraph(stream, fmt, store.Graph(new GraphQuery(id, fromDate, toDate, MaxEdges: int.MaxValue, EvidencePerEdge: 0))),
                    _ => WriteEvents(stream, fmt, store.Timeline(new TimelineQuery(id is { } e ? [e] : [], fromDate, toDate, Limit: int.MaxValue))),
                };
                if (file is null) return ExitCodes.Ok;
                file.Commit();
                Console.Error.WriteLine($"marsad: wrote {count} {(fmt == "jsonl" ? "documents" : fmt is "graphml" or "gexf" ? "edges" : "events")} to {outFile}");
                return ExitCodes.Ok;
            });
        });
        return cmd;
    }

    private static int WriteGraph(Stream stream, string fmt, EntityGraph graph)
    {
        if (fmt == "graphml") GraphExport.WriteGraphMl(stream, graph); else GraphExport.WriteGexf(stream, graph);
        return graph.Edges.Count;
    }

    private static int WriteEvents(Stream stream, string fmt, IReadOnlyList<TimelineEvent> events)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        if (fmt == "csv") EventExport.WriteCsv(w, events); else EventExport.WriteCameo(w, events);
        return events.Count;
    }
}
