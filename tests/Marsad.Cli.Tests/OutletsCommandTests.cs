using System.Text.Json;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

/// <summary><c>marsad outlets</c> as a real process over the sample articles plus two short reports written for this test.</summary>
public sealed class OutletsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-outlets-").FullName;
    private string Db => Path.Combine(_dir, "corpus.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Ingest()
    {
        var file = Path.Combine(_dir, "reports.jsonl");
        File.WriteAllLines(file,
        [
            """{"id":"o1","published":"2019-04-08","outlet":"الوسط","text":"قالت حكومة الوفاق الوطني إن قوات خليفة حفتر قصفت مطار معيتيقة في طرابلس أمس."}""",
            """{"id":"o2","published":"2019-04-09","outlet":"العربية","text":"ونفت قوات خليفة حفتر قصف مطار معيتيقة في طرابلس."}""",
        ]);
        Assert.Equal(0, CliProcess.Run(["ingest", DemoCommand.SamplesFolder(), file, "--db", Db]).ExitCode);
    }

    [Fact]
    public void Outlets_report_each_outlets_mix_and_tone_beside_the_rest_of_the_corpus()
    {
        Ingest();
        var r = CliProcess.Run(["outlets", "--db", Db, "--format", "json"]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var report = JsonDocument.Parse(r.Stdout).RootElement;
        var outlets = report.GetProperty("outlets").EnumerateArray().ToDictionary(o => o.GetProperty("outlet").GetString()!);
        Assert.Contains("الوسط", outlets.Keys);
        Assert.InRange(outlets.Values.Sum(o => o.GetProperty("events").GetInt32()), 1, report.GetProperty("corpus").GetProperty("events").GetInt32());
        foreach (var o in outlets.Values)
        {
            Assert.Equal(1.0, o.GetProperty("modalities").EnumerateArray().Sum(m => m.GetProperty("share").GetDouble()), 2);
            Assert.InRange(o.GetProperty("modality_divergence").GetDouble(), 0, 1);
        }
        // The denying outlet reports a denial only: far from the corpus's mix, and no tone about anyone.
        var arabiya = outlets["العربية"];
        Assert.Equal("denied", arabiya.GetProperty("modalities")[0].GetProperty("modality").GetString());
        Assert.True(arabiya.GetProperty("modality_divergence").GetDouble() > 0.5, arabiya.ToString());
        Assert.Empty(arabiya.GetProperty("actors").EnumerateArray());
        var wasat = outlets["الوسط"];
        Assert.Contains(wasat.GetProperty("actors").EnumerateArray(), a => a.GetProperty("actor").GetProperty("name_en").GetString() == "Khalifa Haftar"
            && a.GetProperty("hostile_share").GetDouble() == 1.0);

        var table = CliProcess.Run(["outlets", "--db", Db, "--outlet", "الوسط"]);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("tone divergence", table.Stdout);
        Assert.DoesNotContain("العربية", table.Stdout);
    }

    [Theory]
    [InlineData("--min-events", "0")]
    [InlineData("--limit", "0")]
    [InlineData("--to", "soon")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        Ingest();
        var r = CliProcess.Run(["outlets", "--db", Db, option, value]);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains(option, r.Stderr);
    }
}
