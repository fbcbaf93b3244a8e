using System.Diagnostics;
using System.Text;

namespace Marsad.Broker.Tests;

/// <summary>Runs the real built <c>marsad</c> (marsad.dll beside the tests) as a separate process.</summary>
public sealed class MarsadProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
        _process = new Process { StartInfo = psi };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) { _stderrClosed.TrySetResult(); return; }
            lock (_stderr) _stderr.Append(e.Data).Append('\n');
        };
        _process.Start();
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _process.BeginErrorReadLine();
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
        _stderrClosed.Task.Wait();
        return (_process.ExitCode, _stdout.Result, Stderr);
    }

    /// <summary>Standard error so far.</summary>
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Waits until a line of standard error contains <paramref name="text"/>; throws if the process ends first.</summary>
    public async Task WaitForStderrAsync(string text)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (!Stderr.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited) await _stderrClosed.Task;
            else if (DateTime.UtcNow < deadline) { await Task.Delay(20); continue; }
            if (Stderr.Contains(text, StringComparison.Ordinal)) return;
            throw new InvalidOperationException($"marsad {(_process.HasExited ? "ended" : "ran 10 minutes")} without writing '{text}':\n{Stderr}");
        }
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
