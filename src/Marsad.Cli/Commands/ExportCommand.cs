using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Core.IO;
using Marsad.Knowledge;
using Marsad.Knowledge.Geo;
using Marsad.Store;
using Marsad.Store.Export;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export --format F --out FILE</c>: the corpus for other tools, with the same filters in every format.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: documents in the extraction contract; acled (or csv): events in the ACLED codebook's columns; "
                + "gdelt (or cameo): a GDELT 1.0 event table (58 tab-separated fields, no header); graphml, gexf: the actor network for Gephi (GEXF with dates for its timeline).",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. CorpusExporter.Formats, "csv", "cameo"]);
        var output = new Option<string>("--out", "-o") { Description = "File to write (- for standard output).", Required = true };
        var entity = new Option<string?>("--entity") { Description = "Only what involves this entity (documents naming it, its events, its edges)." };
        var from = CorpusCommand.DateOption("--from", "Only from this date (events: their date, else the publication date; documents: publication date)");
        var to = CorpusCommand.DateOption("--to", "Only up to this date");
        var type = new Option<string?>("--type") { Description = "Only this PLOVER event type (documents: those holding one)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only documents from outlets whose name contains this (case-insensitive); not for graphs." };
        var query = new Option<string?>("--query", "-q") { Description = "Only what the documents a search for these words finds hold (as `marsad search`); not for graphs." };
        var exact = new Option<bool>("--exact") { Description = "With --query: exact words (no stemming), as `marsad search --exact`." };
        var bom = new Option<bool>("--bom") { Description = "acled: start with a UTF-8 byte-order mark so that Excel shows Arabic correctly." };
        var header = new Option<bool>("--header") { Description = "gdelt: write GDELT's field names as a first line." };
        var db = CorpusCommand.DbOption();
        var cmd = new Command("export", "Export the corpus: JSON Lines, ACLED CSV, a GDELT 1.0 event table, GraphML or GEXF.")
            { format, output, entity, from, to, type, outlet, query, exact, bom, header, db };
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
                var filter = new ExportFilter(
                    p.GetValue(entity) is { Length: > 0 } name ? CorpusCommand.Entity(store, name).Id : null,
                    CorpusCommand.ParseDate(p.GetValue(from), "--from"), CorpusCommand.ParseDate(p.GetValue(to), "--to"),
                    p.GetValue(type) is { Length: > 0 } t ? t : null, p.GetValue(outlet) is { Length: > 0 } o ? o : null,
                    p.GetValue(query) is { Length: > 0 } q && q.Trim().Length > 0 ? q : null, p.GetValue(exact));
                var exporter = new CorpusExporter(store, new ActorCoder(Composition.Resources.KnowledgeBase, Composition.StoreTables.Geo, Composition.StoreTables.ActorSectors), Composition.StoreTables.CameoScale);
                var options = new ExportOptions(p.GetValue(bom), p.GetValue(header));
                // A failed or refused export never leaves half a file: the file appears when it is complete.
                using var file = outFile == "-" ? null : AtomicFile.Create(outFile);
                using var stdout = file is null ? Console.OpenStandardOutput() : null;
                long count;
                try { count = exporter.Write(file?.Stream ?? stdout!, fmt, filter, options); }
                catch (ExportRefusedException e)
                {
                    Console.Error.WriteLine($"marsad export: {e.Message}");
                    return ExitCodes.Usage;
                }
                if (file is null) return ExitCodes.Ok;
                file.Commit();
                var canonical = CorpusExporter.Canonical(fmt);
                Console.Error.WriteLine($"marsad: wrote {count} {(canonical == "jsonl" ? "documents" : canonical is "graphml" or "gexf" ? "edges" : canonical == "gdelt" ? "event rows" : "events")} to {outFile}");
                return ExitCodes.Ok;
            });
        });
        return cmd;
    }
}
