using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Read;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad extract PATH...</c>: runs the pipeline and writes the extraction contract or a table.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Files (.txt, .html/.htm, .jsonl, .rss/.atom/.xml feeds, .docx, .pdf; others if they are text), folders (recursive, hidden files skipped) or - for standard input.",
        };
        RejectOptionLikePaths(paths);
        var format = FormatOption();
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var fields = CorpusCommand.FieldOption();
        var cmd = new Command("extract", $"""
            Extract entities, events and relations from Arabic articles.
            JSON Lines input: one article per line with "id", "text" and optional "title", "published" (YYYY, YYYY-MM or YYYY-MM-DD), "url", "outlet".
            Text files may be UTF-8, UTF-16 or Windows-1256. Documents over {ReadLimits.MaxDocumentChars:N0} characters are skipped.
            Unreadable inputs, bad JSONL lines and oversized documents are reported on standard error and skipped; the rest is extracted.
            """) { paths, format, output, fields };
        cmd.SetAction(parse =>
        {
            Read.Formats.JsonFieldMap map;
            try { map = new(parse.GetValue(fields) ?? []); }
            catch (ArgumentException e) { parse.InvocationConfiguration.Error.WriteLine($"marsad: {e.Message}"); return ExitCodes.Usage; }
            return ExtractionRun.Execute(parse.GetValue(paths)!, ParseFormat(parse.GetValue(format)), parse.GetValue(output),
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, map);
        });
        return cmd;
    }

    /// <summary>An unknown option ("--nope") would otherwise be taken for a path; a file named so can be given as ./--nope.</summary>
    internal static void RejectOptionLikePaths(Argument<string[]> paths) => paths.Validators.Add(r =>
    {
        foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
            if (p.Length > 1 && p[0] == '-') r.AddError($"unknown option '{p}'");
    });

    internal static Option<string> FormatOption(string defaultFormat = "jsonl")
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one JSON object per document, the extraction contract; table: a readable summary per document.",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong("jsonl", "table");
        return option;
    }

    internal static OutputFormat ParseFormat(string? value) => value == "table" ? OutputFormat.Table : OutputFormat.Jsonl;
}
