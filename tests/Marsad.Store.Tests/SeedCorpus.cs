using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Read;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

/// <summary>
/// The five seed articles from ../shared/seeds (read in place, never copied), run once per test
/// process through the real pipeline, plus a syndicated copy of one of them made here: another id,
/// a new title line, its last paragraph cut.
/// </summary>
public static class SeedCorpus
{
    private static readonly Lazy<IReadOnlyList<Document>> s_seeds = new(Load);

    public static string File => Path.Combine(DataPaths.Shared, "seeds", "seeds.jsonl");

    public static IReadOnlyList<Document> Processed => s_seeds.Value;

    /// <summary>A fresh, processed near-copy of the seed at <paramref name="index"/>.</summary>
    public static Document NearCopy(int index)
    {
        var original = Processed[index];
        var paragraphs = original.Text.Split('\n').Skip(1).ToList();
        while (paragraphs.Count > 0 && string.IsNullOrWhiteSpace(paragraphs[^1])) paragraphs.RemoveAt(paragraphs.Count - 1);
        paragraphs.RemoveAt(paragraphs.Count - 1);
        var copy = new Document("copy-of-" + original.Id, "عنوان آخر للخبر نفسه\n" + string.Join("\n", paragraphs)) { Outlet = "وكالة أخرى" };
        return TestPipeline.Pipeline.Process(copy);
    }

    private static IReadOnlyList<Document> Load()
    {
        if (!System.IO.File.Exists(File)) throw new FileNotFoundException($"the seed articles are not at {File} (set MARSAD_SHARED to the shared folder)");
        var docs = DocumentReader.ReadAll([File]).Select(r => r.Document ?? throw new InvalidDataException(r.Error)).ToList();
        foreach (var d in docs) TestPipeline.Pipeline.Process(d);
        return docs;
    }
}
