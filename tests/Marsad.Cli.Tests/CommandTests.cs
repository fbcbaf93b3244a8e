using System.Text.Json;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

public class CommandTests
{
    public static TheoryData<string[]> UsageErrors => new()
    {
        new[] { "no-such-command" },
        new[] { "extract" },
        new[] { "extract", "--no-such-option", "x.txt" },
        new[] { "extract", "x.txt", "--format", "xml" },
        new[] { "bench", "x", "--repeat", "0" },
        new[] { "bench", "x", "--jobs", "abc" },
        new[] { "extract", "--data-dir", "/nonexistent-marsad-data", "x.txt" },
        Array.Empty<string>(),
    };

    [Theory, MemberData(nameof(UsageErrors))]
    public void Usage_errors_exit_with_2_and_point_to_help(string[] args)
    {
        var r = InProcess.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--help", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void A_data_dir_that_is_not_marsads_is_named_in_the_usage_error()
    {
        var notData = Directory.CreateTempSubdirectory("marsad-not-data-").FullName;
        try
        {
            var r = InProcess.Run("extract", "--data-dir", notData, DemoCommand.SamplesFolder());
            Assert.Equal(2, r.ExitCode);
            Assert.Contains($"'{notData}' is not a Marsad data folder (it has no MARSAD_DATA file)", r.Stderr);
        }
        finally { Directory.Delete(notData); }
    }

    [Fact]
    public void A_program_away_from_its_data_says_so_and_data_dir_reaches_every_table()
    {
        // a copy of the program outside the checkout finds no data folder: a usage error naming --data-dir, not a crash;
        // with --data-dir (no MARSAD_DATA), every file eval-ner reads comes from that folder: the model, the pipeline's tables
        var copy = Directory.CreateTempSubdirectory("marsad-program-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(AppContext.BaseDirectory)) File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
            var lost = CliProcess.Run(["eval-ner"], workingDirectory: copy, programFolder: copy);
            Assert.Equal(2, lost.ExitCode);
            Assert.Contains("Marsad data folder not found: give --data-dir DIR", lost.Stderr);
            Assert.DoesNotContain("Unhandled", lost.Stderr);
            var given = CliProcess.Run(["eval-ner", "--data-dir", Core.DataFolder.Locate().Path], workingDirectory: copy, programFolder: copy);
            Assert.Equal(0, given.ExitCode);
            Assert.Contains("\"f1\"", given.Stdout);
        }
        finally { Directory.Delete(copy, recursive: true); }
    }

    [Fact]
    public void The_data_dir_option_gives_the_pipeline_its_data_folder()
    {
        var data = Core.DataFolder.Locate().Path;
        var r = CliProcess.Run(["extract", "--data-dir", data, Path.Combine(DemoCommand.SamplesFolder(), Directory.GetFiles(DemoCommand.SamplesFolder(), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!)]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"entities\"", r.Stdout);
    }

    [Fact]
    public void An_unwritable_output_file_is_a_usage_error()
    {
        var r = InProcess.Run("extract", DemoCommand.SamplesFolder(), "--out", "/nonexistent-dir/out.jsonl");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot write /nonexistent-dir/out.jsonl", r.Stderr);
    }

    [Fact]
    public void Out_writes_the_jsonl_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"marsad-out-{Guid.NewGuid():N}.jsonl");
        try
        {
            var r = InProcess.Run("extract", Path.Combine(DemoCommand.SamplesFolder(), "articles.jsonl"), "--out", file);
            Assert.Equal((0, ""), (r.ExitCode, r.Stdout));
            var lines = File.ReadAllLines(file);
            Assert.Equal(6, lines.Length);
            Assert.All(lines, l => JsonDocument.Parse(l));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Parallel_extraction_keeps_the_input_order()
    {
        var file = Path.Combine(Path.GetTempPath(), $"marsad-order-{Guid.NewGuid():N}.jsonl");
        // Documents of very different lengths finish out of order on several threads.
        var ids = Enumerable.Range(0, 60).Select(i => $"d{i}").ToList();
        File.WriteAllLines(file, ids.Select((id, i) =>
            JsonSerializer.Serialize(new { id, text = string.Concat(Enumerable.Repeat("قال وزير الخارجية المصري إن القاهرة تدعم الحل السياسي في ليبيا. ", (i % 7) * 20 + 1)) })));
        try
        {
            var r = InProcess.Run("extract", file);
            Assert.Equal(0, r.ExitCode);
            Assert.Equal(ids, r.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Table_format_summarises_each_document()
    {
        var r = InProcess.Run("extract", Path.Combine(DemoCommand.SamplesFolder(), "moscow-talks-2020.txt"), "--format", "table");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("moscow-talks-2020 — حفتر يغادر موسكو دون توقيع اتفاق الهدنة", r.Stdout);
        Assert.Contains("published 2020-01-14", r.Stdout); // from the dateline
        Assert.Contains("Entities", r.Stdout);
        Assert.Contains("1 documents", r.Stdout);
        Assert.DoesNotContain("\u001b[", r.Stdout); // no colour codes outside a terminal
    }

    [Fact]
    public void Demo_extracts_every_sample_article()
    {
        var r = InProcess.Run("demo");
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var articles = Directory.EnumerateFiles(DemoCommand.SamplesFolder()).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.Contains("sisi-erdogan-new-delhi-2023 — السيسي وأردوغان يلتقيان في نيودلهي", r.Stdout);
        Assert.Contains("berlin-conference-2020", r.Stdout);
        Assert.Contains("8 documents", r.Stdout);
        Assert.Equal(3, articles.Count);
    }

    [Fact]
    public void Bench_reports_throughput_and_memory()
    {
        var samples = DemoCommand.SamplesFolder();
        var r = InProcess.Run("bench", Path.Combine(samples, "articles.jsonl"), Path.Combine(samples, "moscow-talks-2020.txt"), "--repeat", "1");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("corpus: 7 documents", r.Stdout);
        foreach (var part in new[] { "docs/s", "MB/s", "ms/doc", "allocated", "peak working set", "median" }) Assert.Contains(part, r.Stdout);
    }

    [Fact]
    public void Every_command_has_help_with_the_exit_codes()
    {
        var root = CliProcess.Run(["--help"]);
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("Exit codes", root.Stdout);
        var commands = root.Stdout[root.Stdout.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Where(l => l.Length > 2 && l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ')
            .Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Contains("extract", commands);
        Assert.Contains("demo", commands);
        Assert.Contains("bench", commands);
        foreach (var command in commands)
        {
            var help = CliProcess.Run([command, "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains($"marsad {command}", help.Stdout);
            Assert.Contains("Exit codes: 0", help.Stdout);
        }
    }
}
