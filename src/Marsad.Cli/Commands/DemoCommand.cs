using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Read.Inputs;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad demo</c>: extracts the bundled sample articles and prints the summary tables.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var format = ExtractCommand.FormatOption("table");
        var cmd = new Command("demo", """
            Extract the sample articles bundled in samples/ and print, per article, its entities, events (who → whom, when,
            according to whom) and relations: 'marsad extract' on the articles of samples/, as tables.
            """) { format };
        cmd.SetAction(parse =>
        {
            var samples = SamplesFolder();
            if (!Directory.Exists(samples))
            {
                parse.InvocationConfiguration.Error.WriteLine($"marsad: the samples folder is missing ({samples})");
                return ExitCodes.Partial;
            }
            // The articles only: samples/README.md describes them and is not one.
            var articles = Directory.EnumerateFiles(samples).Where(f => Input.KindOf(f) != InputKind.Unknown).Order(StringComparer.Ordinal).ToList();
            return ExtractionRun.Execute(articles, ExtractCommand.ParseFormat(parse.GetValue(format)), null, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return cmd;
    }

    /// <summary>samples/ beside the data/ folder, at the repository root.</summary>
    public static string SamplesFolder() =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(Path.Combine(Composition.Data.Path, "..", "samples")));
}
