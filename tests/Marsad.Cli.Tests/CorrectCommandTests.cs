using System.Text.Json;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

/// <summary><c>marsad correct</c> end to end with the real command and a real SQLite file: merge, fix, flag, re-ingest, split, undo, list.</summary>
public sealed class CorrectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-correct-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "corpus.db");

    private JsonElement Json(params string[] args)
    {
        var r = CliProcess.Run([.. args, "--format", "json", "--db", Db]);
        Assert.True(r.ExitCode == 0, $"{string.Join(' ', args)}: {r.ExitCode} {r.Stderr}");
        return JsonDocument.Parse(r.Stdout).RootElement.Clone();
    }

    private JsonElement Entity(string name) => Json("entity", name).GetProperty("entity");

    private int Events(string name) => Json("timeline", name).GetArrayLength();

    private HashSet<string> Aliases(string name) =>
        Json("entity", name).GetProperty("aliases").EnumerateArray().Select(a => a.GetProperty("alias").GetString()!).ToHashSet();

    private HashSet<long> EventIds(string name) => Json("timeline", name).EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToHashSet();

    [Fact]
    public void Corrections_apply_to_profiles_timelines_and_exports_survive_reingest_and_undo()
    {
        var articles = Path.Combine(_dir, "articles.jsonl");
        File.Copy(Path.Combine(DemoCommand.SamplesFolder(), "articles.jsonl"), articles);
        Assert.Equal(0, CliProcess.Run(["ingest", articles, "--db", Db]).ExitCode);
        var people = Json("entity", "--type", "PER", "--kind", "named").EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetInt64(), Name: e.GetProperty("name").GetString()!)).ToList();
        // Two people, one with events the other is not part of.
        var events = people.Take(6).ToDictionary(p => p.Id, p => EventIds(p.Name));
        var (into, from) = people.Take(6).SelectMany(a => people.Take(6).Select(b => (Into: a, From: b)))
            .First(x => x.Into.Id != x.From.Id && x.Into.Name != x.From.Name && !events[x.From.Id].IsSubsetOf(events[x.Into.Id]));
        int fromEvents = events[from.Id].Count;
        var fromAliases = Aliases(from.Name);

        var merge = Json("correct", "merge", from.Name, into.Name, "--author", "tester", "--reason", "one actor")[0];
        Assert.Equal(("merge_entities", "tester", "one actor"), (merge.GetProperty("action").GetString(), merge.GetProperty("author").GetString(), merge.GetProperty("reason").GetString()));
        Assert.Equal(into.Id, Entity(from.Name).GetProperty("id").GetInt64());
        Assert.Superset(fromAliases, Aliases(into.Name));
        Assert.Equal(events[into.Id].Union(events[from.Id]).Order(), EventIds(into.Name).Order());
        var fixType = Json("correct", "type", into.Name, "ORG", "--author", "tester")[0];

        // Every article again, each text changed: stored anew (new entity rows); the corrections hold.
        File.WriteAllLines(articles, File.ReadAllLines(articles).Select(l => l.Replace("\"text\": \"", "\"text\": \"تقرير. ")));
        var again = CliProcess.Run(["ingest", articles, "--replace", "--db", Db]);
        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"\b6 replaced", again.Stdout + again.Stderr);
        var merged = Entity(from.Name);
        Assert.Equal((into.Name, "ORG"), (merged.GetProperty("name").GetString(), merged.GetProperty("type").GetString()));
        var export = CliProcess.Run(["export", "--format", "jsonl", "--entity", into.Name, "--out", "-", "--db", Db]);
        Assert.Contains(export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("entities").EnumerateArray()),
            e => e.GetProperty("name").GetString() == from.Name && e.GetProperty("type").GetString() == "ORG");

        // A flagged event leaves the timeline and comes back when unflagged.
        var ev = Json("timeline", into.Name)[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        int before = Events(into.Name);
        Json("correct", "flag", ev, "--reason", "not what happened");
        Assert.Equal(before - 1, Events(into.Name));
        Json("correct", "unflag", ev);
        Assert.Equal(before, Events(into.Name));

        var split = Json("correct", "split", into.Name);
        Assert.Equal(merge.GetProperty("id").GetInt64(), split[0].GetProperty("id").GetInt64());
        Assert.NotEqual(Entity(into.Name).GetProperty("id").GetInt64(), Entity(from.Name).GetProperty("id").GetInt64());
        Assert.Equal(fromEvents, Events(from.Name));
        Json("correct", "undo", fixType.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("PER", Entity(into.Name).GetProperty("type").GetString());

        var audit = Json("correct", "list").EnumerateArray().ToList();
        Assert.Equal(["flag_event", "set_type", "merge_entities"], audit.Select(c => c.GetProperty("action").GetString()));
        Assert.All(audit, c => Assert.NotEqual(JsonValueKind.Null, c.GetProperty("undone_at").ValueKind));

        Assert.Equal(2, CliProcess.Run(["correct", "type", into.Name, "ANIMAL", "--db", Db]).ExitCode);
        Assert.Equal(1, CliProcess.Run(["correct", "split", into.Name, "--db", Db]).ExitCode);
        Assert.Equal(1, CliProcess.Run(["correct", "undo", "999", "--db", Db]).ExitCode);
    }
}
