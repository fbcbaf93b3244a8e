using System.Text.Json;
using Marsad.Core;

namespace Marsad.Cli.Tests;

public class SeedsContractTests
{
    /// <summary>The evaluation seeds live outside the repository (../shared); the test runs where they exist.</summary>
    private static string SeedsFile => Path.Combine(DataPaths.Shared, "seeds", "seeds.jsonl");

    [Fact]
    public void Extracting_the_seeds_prints_one_contract_object_per_article_with_exact_spans()
    {
        if (!File.Exists(SeedsFile)) return;
        var texts = File.ReadLines(SeedsFile).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("text").GetString()!);

        var r = CliProcess.Run(["extract", SeedsFile]);

        Assert.Equal((0, ""), (r.ExitCode, r.Stderr));
        Assert.Equal(texts.Count, r.Lines.Length);
        Assert.Equal(5, r.Lines.Length);
        int spans = 0;
        foreach (var line in r.Lines)
        {
            var doc = JsonDocument.Parse(line).RootElement;
            ContractShape.AssertDocument(doc, texts[doc.GetProperty("id").GetString()!]);
            spans += ContractShape.AssertSpans(doc, texts[doc.GetProperty("id").GetString()!]);
        }
        Assert.True(spans > 0, "the seeds produced no spans at all");
    }
}
