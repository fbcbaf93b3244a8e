using Marsad.Core;
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

    /// <summary>
    /// The bar: on the project's sample articles and the seeds, the camps of the Libyan conflict they describe come
    /// out, each membership explained by events (a tie of events with a camp-mate that agrees with the camps).
    /// </summary>
    [Fact]
    public void On_the_samples_and_seeds_haftar_sides_with_egypt_the_uae_and_russia_and_the_gna_with_turkey_erdogan_and_qatar()
    {
        var ingest = CliProcess.Run(["ingest", DemoCommand.SamplesFolder(), Path.Combine(DataPaths.Shared, "seeds", "seeds.jsonl"), "--db", Db]);
        Assert.Equal(0, ingest.ExitCode);
        var r = CliProcess.Run(["camps", "--db", Db, "--format", "json"]);
        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        var period = Assert.Single(JsonDocument.Parse(r.Stdout).RootElement.GetProperty("periods").EnumerateArray());
        var camps = period.GetProperty("camps").EnumerateArray().ToList();
        // An actor is a member, or counted as one (a commander with his force, a capital with the government seated there).
        int CampOf(string nameEn) => camps.Single(c => c.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("actor").GetProperty("name_en").GetString() == nameEn
            || m.GetProperty("joined").EnumerateArray().Any(j => j.GetProperty("subject").GetProperty("name_en").GetString() == nameEn))).GetProperty("id").GetInt32();
        long IdOf(string nameEn) => camps.SelectMany(c => c.GetProperty("members").EnumerateArray()).Select(m => m.GetProperty("actor"))
            .Single(a => a.GetProperty("name_en").GetString() == nameEn).GetProperty("id").GetInt64();

        int haftar = CampOf("Khalifa Haftar"), gna = CampOf("Government of National Accord");
        Assert.NotEqual(haftar, gna);
        Assert.Equal([haftar, haftar, haftar], new[] { "Egypt", "United Arab Emirates", "Russia" }.Select(CampOf));
        Assert.Equal(gna, CampOf("Turkey"));
        Assert.Equal(gna, CampOf("Recep Tayyip Erdoğan")); // a head of state counts as his state
        Assert.Equal(gna, CampOf("Tripoli")); // the offensive on Tripoli (2019) is against the GNA seated there
        // Haftar accuses Chadian mercenaries of being funded by Qatar: Qatar backs them, by his claim, against him
        Assert.Equal(gna, CampOf("Qatar"));

        var ties = period.GetProperty("ties").EnumerateArray().Select(t => (A: t.GetProperty("a").GetInt64(), B: t.GetProperty("b").GetInt64(),
            Weight: t.GetProperty("weight").GetDouble(), Cooperative: t.GetProperty("cooperative").GetInt32())).ToList();
        var campOfId = camps.SelectMany(c => c.GetProperty("members").EnumerateArray().Select(m => (Id: m.GetProperty("actor").GetProperty("id").GetInt64(), Camp: c.GetProperty("id").GetInt32())))
            .ToDictionary(x => x.Id, x => x.Camp);
        foreach (var name in new[] { "Egypt", "United Arab Emirates", "Russia", "Turkey" })
        {
            long id = IdOf(name);
            Assert.True(ties.Any(t => (t.A == id || t.B == id) && t.Weight > 0 && t.Cooperative > 0 && campOfId[t.A] == campOfId[t.B]),
                $"{name}: no cooperative event with a member of its camp");
        }
        long lna = IdOf("Libyan National Army"), gnaId = IdOf("Government of National Accord");
        Assert.Contains(ties, t => (t.A, t.B) == (Math.Min(lna, gnaId), Math.Max(lna, gnaId)) && t.Weight < 0);
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
