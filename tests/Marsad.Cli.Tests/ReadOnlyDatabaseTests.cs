using System.Diagnostics;
using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>
/// Query commands open the database read-only: a corpus in a folder the user may not write (a shared
/// read-only copy) can be searched and exported; a command that writes says the file is read-only.
/// The commands run as an unprivileged user (nobody, when the tests run as root, since root ignores
/// file permissions).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("marsad-ro-");
    private string? _copy;

    public void Dispose()
    {
        File.SetUnixFileMode(_dir.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _dir.Delete(recursive: true);
        if (_copy is not null) Directory.Delete(_copy, recursive: true);
    }

    [Fact]
    public void A_corpus_in_a_read_only_folder_is_queried_and_refuses_writes_in_one_line()
    {
        var db = Path.Combine(_dir.FullName, "corpus.db");
        var article = Path.Combine(_dir.FullName, "a.txt");
        File.WriteAllText(article, "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة المشير خليفة حفتر.");
        Assert.Equal(0, CliProcess.Run(["ingest", article, "--db", db]).ExitCode);
        File.SetUnixFileMode(db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var readOnly = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute
                       | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        File.SetUnixFileMode(_dir.FullName, readOnly);

        var search = RunUnprivileged("search", "حفتر", "--db", db, "--format", "jsonl");
        Assert.True(search.ExitCode == 0, search.Stderr);
        Assert.Contains("\"a\"", search.Stdout);
        var stats = RunUnprivileged("stats", "--db", db, "--format", "json");
        Assert.True(stats.ExitCode == 0, stats.Stderr);

        var ingest = RunUnprivileged("ingest", article, "--db", db);
        Assert.NotEqual(0, ingest.ExitCode);
        Assert.Contains("read-only", ingest.Stderr);
        Assert.DoesNotContain("   at ", ingest.Stderr);
        Assert.False(File.Exists(db + "-shm"), "reading must not leave files beside the database");
    }

    private CliProcess.Result RunUnprivileged(params string[] args)
    {
        if (!Environment.IsPrivilegedProcess) return CliProcess.Run(args, workingDirectory: Path.GetTempPath());
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo("runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8, WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var a in new[] { "-u", "nobody", "--", "env", "HOME=" + Path.GetTempPath(), "DOTNET_CLI_HOME=" + Path.GetTempPath(), dotnet, Path.Combine(ProgramFolder(), "marsad.dll") })
            psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(entireProcessTree: true); throw new TimeoutException("marsad did not finish"); }
        return new CliProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The built program, copied where nobody can read it when the build folder is private (a clone under /root).</summary>
    private string ProgramFolder()
    {
        var built = AppContext.BaseDirectory;
        using (var probe = Process.Start(new ProcessStartInfo("runuser", ["-u", "nobody", "--", "test", "-r", Path.Combine(built, "marsad.dll")]))!)
        {
            probe.WaitForExit();
            if (probe.ExitCode == 0) return built;
        }
        if (_copy is not null) return _copy;
        _copy = Directory.CreateTempSubdirectory("marsad-ro-bin-").FullName;
        foreach (var f in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(built, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        foreach (var d in Directory.EnumerateDirectories(_copy, "*", SearchOption.AllDirectories).Prepend(_copy))
            File.SetUnixFileMode(d, (UnixFileMode)0b111_101_101);
        return _copy;
    }
}
