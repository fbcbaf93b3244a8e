using System.Diagnostics;
using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>Runs the real built <c>marsad</c> (marsad.dll beside the tests) as a separate process.</summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <param name="programFolder">Run the marsad.dll of this folder, with no MARSAD_DATA in its environment (a copy of the program away from the checkout).</param>
    public static Result Run(IEnumerable<string> args, string? stdin = null, string? workingDirectory = null, string? programFolder = null)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        if (programFolder is not null) psi.Environment.Remove("MARSAD_DATA");
        psi.ArgumentList.Add(Path.Combine(programFolder ?? AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = new UTF8Encoding(false).GetBytes(stdin);
            p.StandardInput.BaseStream.Write(bytes);
        }
        p.StandardInput.Close();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(entireProcessTree: true); throw new TimeoutException("marsad did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>Runs the CLI's commands in this process with captured output.</summary>
public static class InProcess
{
    public static CliProcess.Result Run(params string[] args)
    {
        var root = MarsadCli.CreateRoot();
        root.Subcommands.Add(Commands.ExtractCommand.Create());
        root.Subcommands.Add(Commands.DemoCommand.Create());
        root.Subcommands.Add(Commands.BenchCommand.Create());
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = MarsadCli.Invoke(root, args, stdout, stderr);
        return new CliProcess.Result(code, stdout.ToString(), stderr.ToString());
    }
}
