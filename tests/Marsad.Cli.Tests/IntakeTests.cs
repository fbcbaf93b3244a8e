namespace Marsad.Cli.Tests;

/// <summary>Intake hygiene end to end with the real command and a real SQLite file.</summary>
public sealed class IntakeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-intake-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    [Theory]
    [InlineData("search", "حفتر")]
    [InlineData("stats")]
    [InlineData("export", "--format", "acled", "--out", "x.csv")]
    public void A_query_on_a_database_that_does_not_exist_is_a_usage_error_and_creates_nothing(params string[] args)
    {
        var db = PathOf("typo.db");
        var r = CliProcess.Run([.. args, "--db", db], workingDirectory: _dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no corpus database at", r.Stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Reingesting_with_a_date_field_fixed_updates_the_metadata_and_says_so()
    {
        var db = PathOf("c.db");
        var file = PathOf("feed.jsonl");
        const string text = "التقى وزير الخارجية المصري نظيره التونسي في القاهرة لبحث التعاون بين البلدين.";
        File.WriteAllText(file, $$"""{"id":"n1","text":"{{text}}","fecha":"2019-06-04"}""" + "\n");
        var first = CliProcess.Run(["ingest", file, "--db", db]);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("\"fecha\" (1)", first.Stderr);           // the unread field is reported, not silently dropped

        var again = CliProcess.Run(["ingest", file, "--db", db, "--field", "fecha=published", "--format", "json"]);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("\"metadata_updated\": 1", again.Stdout);
        var export = CliProcess.Run(["export", "--format", "jsonl", "--out", "-", "--db", db]);
        Assert.Contains("\"published\":\"2019-06-04\"", export.Stdout);

        var third = CliProcess.Run(["ingest", file, "--db", db, "--field", "fecha=published", "--format", "json"]);
        Assert.Contains("\"unchanged\": 1", third.Stdout);
    }
}
