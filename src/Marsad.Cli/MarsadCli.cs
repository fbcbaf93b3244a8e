using System.CommandLine;

namespace Marsad.Cli;

/// <summary>The root command and how it is invoked: parse errors are usage errors (exit code 2).</summary>
public static class MarsadCli
{
    public static RootCommand CreateRoot() => new($"""
        Marsad (مرصد): reads Arabic news and maps who did what with whom, when, according to whom.

        {ExitCodes.Help}
        """);

    /// <summary>Parses and runs; <paramref name="output"/> and <paramref name="error"/> default to the console.</summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"marsad: {e.Message}");
            var command = parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ";
            error.WriteLine($"Try 'marsad {command}--help'.");
            return ExitCodes.Usage;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
