using System.Text;
using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary>
/// Commands that write a file never destroy an input or the database: an output that is one of them
/// is refused (exit 2) before anything is read, and an output appears whole or not at all.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Article = "{\"id\":\"o1\",\"text\":\"التقى وزير الخارجية المصري نظيره التركي في أنقرة أمس لبحث الأزمة الليبية.\"}\n";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Extract_refuses_to_write_over_its_own_input()
    {
        var input = Write("feed.jsonl", Article);
        var r = CliProcess.Run(["extract", input, "--out", input]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is one of the inputs", r.Stderr);
        Assert.Equal(Article, File.ReadAllText(input));

        // The same file reached through another spelling of its path, or through a symbolic link.
        var link = Path.Combine(_dir, "link.jsonl");
        File.CreateSymbolicLink(link, input);
        Assert.Equal(2, CliProcess.Run(["extract", input, "--out", link]).ExitCode);
        Assert.Equal(2, CliProcess.Run(["extract", input, "--out", Path.Combine(_dir, ".", "sub", "..", "feed.jsonl")]).ExitCode);
        Assert.Equal(Article, File.ReadAllText(input));
    }

    [Fact]
    public void Extract_refuses_an_output_inside_a_folder_it_reads()
    {
        Write("in/a.jsonl", Article);
        var r = CliProcess.Run(["extract", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "in", "out.jsonl")]);
        Assert.Equal(2, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(_dir, "in", "out.jsonl")));
    }

    [Fact]
    public void Extract_replaces_an_output_only_when_it_is_complete_and_leaves_no_temporary_file()
    {
        var input = Write("in.jsonl", Article);
        var output = Write("out/result.jsonl", "previous results\n");
        var r = CliProcess.Run(["extract", input, "--out", output]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var doc = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal("o1", doc.GetProperty("id").GetString());
        Assert.Equal(["result.jsonl"], Directory.GetFiles(Path.Combine(_dir, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_full_disk_is_one_line_not_a_stack_trace()
    {
        var input = Write("in.jsonl", Article);
        var r = CliProcess.Run(["extract", input, "--out", "/dev/full"]);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("/dev/full", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.Single(r.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Export_refuses_to_write_over_the_database_and_the_database_survives()
    {
        var db = Path.Combine(_dir, "corpus.db");
        var ingest = CliProcess.Run(["ingest", Write("in.jsonl", Article), "--db", db]);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        foreach (var target in new[] { db, db + "-wal", Path.Combine(_dir, "sub", "..", "corpus.db") })
        {
            var r = CliProcess.Run(["export", "--format", "jsonl", "--out", target, "--db", db]);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("database", r.Stderr);
        }
        var stats = CliProcess.Run(["stats", "--db", db, "--format", "json"]);
        Assert.Equal(0, stats.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(stats.Stdout).RootElement.GetProperty("documents").GetInt32());

        var export = Path.Combine(_dir, "export.jsonl");
        Assert.Equal(0, CliProcess.Run(["export", "--format", "jsonl", "--out", export, "--db", db]).ExitCode);
        Assert.Equal("o1", JsonDocument.Parse(File.ReadAllLines(export).Single()).RootElement.GetProperty("id").GetString());
        Assert.Equal(["export.jsonl"], Directory.GetFiles(_dir, "export*").Select(Path.GetFileName));
    }
}

/// <summary>An input that blocks (a pipe nobody writes yet) does not hold back the documents before it.</summary>
public sealed class BlockingInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-pipe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Documents_read_before_a_waiting_pipe_are_written_while_it_waits()
    {
        var good = Path.Combine(_dir, "good.jsonl");
        File.WriteAllText(good, "{\"id\":\"g1\",\"text\":\"زار وزير الخارجية التركي القاهرة أمس.\"}\n");
        var fifo = Path.Combine(_dir, "later");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", [fifo])) mk.WaitForExit();

        var psi = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "marsad.dll"), "extract", good, fifo }) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        try
        {
            var first = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Equal("g1", JsonDocument.Parse(first!).RootElement.GetProperty("id").GetString());
            await File.WriteAllTextAsync(fifo, "{\"id\":\"p1\",\"text\":\"أعلنت تركيا دعمها لحكومة الوفاق.\"}\n");
            var second = await p.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Equal("p1", JsonDocument.Parse(second!).RootElement.GetProperty("id").GetString());
            await p.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
            Assert.True(p.ExitCode == 0, await stderr);
        }
        finally
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
        }
    }
}
