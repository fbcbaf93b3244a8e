using System.Text.Json;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

/// <summary><c>marsad camps</c> as a real process over a corpus ingested from the sample articles.</summary>
public sealed class CampsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-camps-").FullName;
    private string Db => Path.Combine(_dir, "corpus.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Camps_partition_every_actor_once_per_window_with_a_consistent_fit()
    {
        var ingest = CliProcess.Run(["ingest", DemoCommand.SamplesFolder(), "--db", Db]);
        Assert.Equal(0, ingest.ExitCode);

        var r = CliProcess.Run(["camps", "--db", Db, "--format", "json"]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        var period = Assert.Single(report.GetProperty("periods").EnumerateArray());
        var members = period.GetProperty("camps").EnumerateArray().SelectMany(c => c.GetProperty("members").EnumerateArray())
            .Select(m => m.GetProperty("actor").GetProperty("id").GetInt64()).ToList();
        Assert.True(members.Count >= 4, r.Stdout);
        Assert.Equal(members.Count, members.Distinct().Count());
        var tied = period.GetProperty("ties").EnumerateArray().SelectMany(t => new[] { t.GetProperty("a").GetInt64(), t.GetProperty("b").GetInt64() }).ToHashSet();
        Assert.Equal(tied.Order(), members.Order());
        double total = period.GetProperty("total_weight").GetDouble(), frustration = period.GetProperty("frustration").GetDouble();
        Assert.Equal(1 - frustration / total, period.GetProperty("balance").GetDouble(), 3);

        var years = CliProcess.Run(["camps", "--db", Db, "--window", "year", "--format", "jsonl"]);
        Assert.Equal(0, years.ExitCode);
        var names = years.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("period").GetString()!).ToList();
        Assert.True(names.Count >= 2);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);

        var table = CliProcess.Run(["camps", "--db", Db]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("balance", table.Stdout);
    }

    [Theory]
    [InlineData("--window", "decade")]
    [InlineData("--min-events", "0")]
    [InlineData("--from", "yesterday")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var r = CliProcess.Run(["camps", "--db", Db, option, value]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
    }
}
