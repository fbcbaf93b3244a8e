using Marsad.Core;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Marsad.Cli;

/// <summary>The root command and how it is invoked: parse errors are usage errors (exit code 2).</summary>
public static class MarsadCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Marsad (مرصد): reads Arabic news and maps who did what with whom, when, according to whom.");
        foreach (var option in root.Options)
            if (option is HelpOption { Action: HelpAction help } helpOption) helpOption.Action = new HelpWithExitCodes(help);
        root.Options.Add(Composition.DataDirOption);
        return root;
    }

    /// <summary>Parses and runs; <paramref name="output"/> and <paramref name="error"/> default to the console.</summary>
    public static int Invoke(RootCommand root, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var parse = root.Parse(args);
        // --help wins over missing arguments ("marsad extract --help").
        if (parse.Errors.Count > 0 && parse.Action is not HelpWithExitCodes)
        {
            foreach (var e in parse.Errors) error.WriteLine($"marsad: {e.Message}");
            var command = parse.CommandResult.Command == root ? "" : parse.CommandResult.Command.Name + " ";
            error.WriteLine($"Try 'marsad {command}--help'.");
            return ExitCodes.Usage;
        }
        Composition.Configure(parse);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (DataFolderNotFoundException e)
        {
            // a program copied away from its data: a usage error, not a crash
            error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e)
        {
            error.WriteLine($"marsad: unexpected error (a bug; please report it): {e}");
            return ExitCodes.Partial;
        }
    }

    /// <summary>Every command's --help ends with the exit codes, whoever wrote the command.</summary>
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = help.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.Help);
            return code;
        }
    }
}
