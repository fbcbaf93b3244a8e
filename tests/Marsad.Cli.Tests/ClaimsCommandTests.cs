using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary><c>marsad claims</c> as a real process over three short reports (written for this test) extracted by the real pipeline.</summary>
public sealed class ClaimsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-claims-").FullName;
    private string Db => Path.Combine(_dir, "corpus.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>One bombing: asserted with seven dead, denied by the attacker, reported elsewhere with twelve dead.</summary>
    private static readonly string[] s_reports =
    [
        """{"id":"c1","published":"2019-04-08","outlet":"الوسط","text":"قالت حكومة الوفاق الوطني إن قوات خليفة حفتر قصفت مطار معيتيقة في طرابلس أمس، ما أدى إلى مقتل سبعة مدنيين."}""",
        """{"id":"c2","published":"2019-04-09","outlet":"العربية","text":"ونفت قوات خليفة حفتر قصف مطار معيتيقة في طرابلس."}""",
        """{"id":"c3","published":"2019-04-09","outlet":"المرصد","text":"قصفت قوات خليفة حفتر مطار معيتيقة في طرابلس، ما أدى إلى مقتل 12 مدنيا، بحسب مصادر طبية."}""",
    ];

    private void Ingest()
    {
        var file = Path.Combine(_dir, "reports.jsonl");
        File.WriteAllLines(file, s_reports);
        var ingest = CliProcess.Run(["ingest", file, "--db", Db]);
        Assert.Equal(0, ingest.ExitCode);
    }

    private static IEnumerable<string> Documents(JsonElement group) =>
        group.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("document_id").GetString()!).Distinct();

    [Fact]
    public void Claims_show_the_denial_and_the_two_tolls_of_one_bombing_side_by_side()
    {
        Ingest();
        var r = CliProcess.Run(["claims", "--db", Db, "--contested", "--format", "json"]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var groups = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.All(groups, g => Assert.True(g.GetProperty("contested").GetBoolean()));

        var denied = groups.Single(g => g.GetProperty("disagreements").EnumerateArray().Any(d => d.GetProperty("kind").GetString() == "denial"));
        Assert.Equal(["c1", "c2", "c3"], Documents(denied).Order());
        var deniedClaim = denied.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("modality").GetString() == "denied");
        Assert.Equal(("c2", "العربية"), (deniedClaim.GetProperty("document_id").GetString(), deniedClaim.GetProperty("outlet").GetString()));

        var toll = groups.Single(g => g.GetProperty("disagreements").EnumerateArray().Any(d => d.GetProperty("kind").GetString() == "count"));
        var count = toll.GetProperty("disagreements").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "count");
        Assert.Equal("killed", count.GetProperty("unit").GetString());
        Assert.Equal(["12", "7"], count.GetProperty("sides").EnumerateArray().Select(s => s.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["c1", "c3"], Documents(toll).Order());

        var byEntity = CliProcess.Run(["claims", "--db", Db, "--entity", "حفتر", "--format", "jsonl"]);
        Assert.Equal(0, byEntity.ExitCode);
        Assert.True(byEntity.Lines.Count() >= 2, byEntity.Stdout);

        var table = CliProcess.Run(["claims", "--db", Db, "--contested"]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("denial", table.Stdout);
        Assert.Contains("العربية", table.Stdout);
    }

    [Theory]
    [InlineData("--window-days", "-1")]
    [InlineData("--min-claims", "0")]
    [InlineData("--from", "yesterday")]
    [InlineData("--entity", "no such actor anywhere")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        Ingest();
        var r = CliProcess.Run(["claims", "--db", Db, option, value]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains(option == "--entity" ? value : option, r.Stderr);
    }
}
