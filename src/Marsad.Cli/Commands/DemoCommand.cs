using System.CommandLine;
using Marsad.Cli.Output;
using Marsad.Core;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad demo</c>: extracts the bundled sample articles and prints the summary tables.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var format = ExtractCommand.FormatOption("table");
        var cmd = new Command("demo", $"""
            Extract the sample articles bundled in samples/ and print, per article, its entities, events (who → whom, when,
            according to whom) and relations. The same as 'marsad extract samples --format table'.

            {ExitCodes.Help}
            """) { format };
        cmd.SetAction(parse =>
        {
            var samples = SamplesFolder();
            if (!Directory.Exists(samples))
            {
                parse.InvocationConfiguration.Error.WriteLine($"marsad: the samples folder is missing ({samples})");
                return ExitCodes.Partial;
            }
            return ExtractionRun.Execute([samples], ExtractCommand.ParseFormat(parse.GetValue(format)), null, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return cmd;
    }

    /// <summary>samples/ beside the data/ folder, at the repository root.</summary>
    public static string SamplesFolder() =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(Path.Combine(DataPaths.Data, "..", "samples")));
}
