using System.Diagnostics;
using System.Text;

namespace Marsad.Broker.Tests;

/// <summary>Runs the real built <c>marsad</c> (marsad.dll beside the tests) as a separate process.</summary>
public sealed class MarsadProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout, _stderr;

    private MarsadProcess(IEnumerable<string> args, bool input = false)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, StandardInputEncoding = input ? new UTF8Encoding(false) : null,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        _process = Process.Start(psi)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public static MarsadProcess Start(params string[] args) => new(args);

    /// <summary>Starts with a standard input the test writes to (<see cref="Input"/>) and closes when done.</summary>
    public static MarsadProcess StartWithInput(params string[] args) => new(args, input: true);

    public StreamWriter Input => _process.StandardInput;

    /// <summary>Runs to the end; generous limit for a loaded machine.</summary>
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var p = Start(args);
        return p.Wait();
    }

    public (int Code, string Stdout, string Stderr) Wait()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(10))) { Kill(); throw new TimeoutException("marsad did not finish"); }
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>SIGKILL: no chance to finish, acknowledge or close anything.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }
}
