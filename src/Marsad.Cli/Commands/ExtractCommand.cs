using System.CommandLine;
using Marsad.Core.Contract;
using Marsad.Extraction;
using Marsad.Read;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad extract PATH...</c>: runs the pipeline and writes the extraction contract.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files (.txt .html .htm .jsonl), folders (recursive) or - for standard input." };
        var format = new Option<string>("--format") { Description = "jsonl: one JSON object per document (the contract); table: a readable summary.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var cmd = new Command("extract", """
            Extract entities, events and relations from Arabic articles.
            Unreadable inputs are reported on standard error and skipped; exit code 1 if any were.
            """) { paths, format, output };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output)));
        return cmd;
    }

    private static int Run(string[] paths, string format, string? outFile)
    {
        var pipeline = MarsadPipeline.Default;
        using var stream = outFile is null ? Console.OpenStandardOutput() : File.Create(outFile);
        int skipped = 0;
        foreach (var item in DocumentReader.ReadAll(paths))
        {
            if (item.IsError)
            {
                Console.Error.WriteLine($"marsad: skipped {item.Origin}: {item.Error}");
                skipped++;
                continue;
            }
            var doc = pipeline.Process(item.Document!);
            ExtractionJsonWriter.Write(stream, doc);
            stream.WriteByte((byte)'\n');
            stream.Flush();
        }
        return skipped > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}
