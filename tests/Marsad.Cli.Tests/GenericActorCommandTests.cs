using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary>
/// Generic actors (DESIGN.md, "Generic actors") end to end with the real command and a real SQLite file:
/// ingest → entity → export as ACLED, GDELT and GEXF.
/// </summary>
public sealed class GenericActorCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-generic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Two short reports written for this test: police and security forces tied to Egypt, unnamed gunmen, protesters, casualties.</summary>
    private const string Reports =
        """
        {"id":"gx1","published":"2021-03-02","outlet":"الوطن","text":"هاجم مسلحون مجهولون دورية للشرطة المصرية في شمال سيناء أمس، وقتل ثلاثة جنود مصريين. وتظاهر مئات المحتجين في القاهرة احتجاجا على الهجوم."}
        {"id":"gx2","published":"2021-03-05","outlet":"المرصد","text":"اعتقلت قوات الأمن المصرية عشرة متظاهرين في الإسكندرية. وقال مصدر أمني إن الشرطة المصرية ألقت القبض على مسلحين في سيناء."}
        """;

    [Fact]
    public void Generic_actors_are_listed_profiled_and_exported_with_sector_and_affiliation()
    {
        var file = Path.Combine(_dir, "reports.jsonl");
        var db = Path.Combine(_dir, "corpus.db");
        File.WriteAllText(file, Reports + "\n");
        Assert.Equal(0, CliProcess.Run(["ingest", file, "--db", db]).ExitCode);

        var list = CliProcess.Run(["entity", "--kind", "generic", "--format", "json", "--db", db]);
        Assert.Equal(0, list.ExitCode);
        var generic = JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray().ToList();
        Assert.All(generic, e => Assert.Equal("generic", e.GetProperty("kind").GetString()));
        var police = generic.Single(e => e.GetProperty("sector").GetString() == "COP" && e.GetProperty("type").GetString() == "ORG");
        // named by the first of its names in ordinal order (الشرطة المصرية, not قوات الأمن المصرية), whichever report was stored first
        Assert.Equal(("police (Egypt)", 2, "Egypt"), (police.GetProperty("name_en").GetString(), police.GetProperty("documents").GetInt32(),
            police.GetProperty("affiliation").GetProperty("name_en").GetString()));
        Assert.Equal(2, CliProcess.Run(["entity", "--kind", "nameless", "--db", db]).ExitCode);

        var profile = CliProcess.Run(["entity", "قوات الأمن المصرية", "--db", db]);
        Assert.Equal(0, profile.ExitCode);
        Assert.Contains("generic actor", profile.Stdout);
        Assert.Contains("sector COP", profile.Stdout);
        Assert.Contains("(Egypt)", profile.Stdout);

        var acled = CliProcess.Run(["export", "--format", "acled", "--out", "-", "--db", db]);
        Assert.Equal(0, acled.ExitCode);
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(acled.Stdout)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData) rows.Add(header.Zip(parser.ReadFields()!).ToDictionary(p => p.First, p => p.Second));
        var byPolice = rows.Where(r => r["actor1"] == "Police Forces of Egypt").ToList();
        Assert.NotEmpty(byPolice);
        Assert.All(byPolice, r => Assert.Equal("1", r["inter1"]));
        Assert.All(byPolice, r => Assert.Contains("actor1_sector=COP; actor1_affiliation=Egypt", r["tags"]));
        Assert.Contains(rows, r => r["fatalities"] == "3");

        var gdelt = CliProcess.Run(["export", "--format", "gdelt", "--out", "-", "--db", db]);
        Assert.Equal(0, gdelt.ExitCode);
        var fields = gdelt.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(fields, f => Assert.Equal(58, f.Length));
        Assert.Contains(fields, f => (f[5], f[7], f[12]) == ("EGYCOP", "EGY", "COP"));   // Actor1Code, Actor1CountryCode, Actor1Type1Code

        var gexf = CliProcess.Run(["export", "--format", "gexf", "--out", "-", "--db", db]);
        Assert.Equal(0, gexf.ExitCode);
        Assert.Contains("title=\"sector\"", gexf.Stdout);
        Assert.Contains("value=\"COP\"", gexf.Stdout);
    }
}
