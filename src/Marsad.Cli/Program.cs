using System.CommandLine;
using System.Text;
using Marsad.Cli;
using Marsad.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("""
    Marsad (مرصد): reads Arabic news and maps who did what with whom, when, according to whom.

    Exit codes: 0 success; 1 some input was skipped or a command failed; 2 usage error.
    """);
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(BuildKbCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var e in parse.Errors) Console.Error.WriteLine($"marsad: {e.Message}");
    Console.Error.WriteLine("Try 'marsad --help'.");
    return ExitCodes.Usage;
}
return await parse.InvokeAsync();
