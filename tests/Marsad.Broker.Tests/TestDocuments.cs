using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Read;

namespace Marsad.Broker.Tests;

/// <summary>Distinct documents made from the project's own samples (samples/): sample text plus a numbered line.</summary>
public static class TestDocuments
{
    private static readonly Lazy<IReadOnlyList<Document>> s_samples = new(() =>
        [.. DocumentReader.ReadAll([Path.GetFullPath(Path.Combine(DataPaths.Data, "..", "samples"))]).Where(r => !r.IsError).Select(r => r.Document!)]);

    public static List<Document> Make(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var s = s_samples.Value[i % s_samples.Value.Count];
            return new Document($"doc-{i:D3}", s.Text + $"\n\nنشرة رقم {i + 1}") { Title = s.Title, Published = s.Published, Outlet = s.Outlet };
        }),
    ];

    /// <summary>
    /// One document of at least <paramref name="chars"/> characters, the samples repeated with numbered lines: many seconds
    /// of extraction, so that a worker killed once it announces the document is killed in the middle of it.
    /// </summary>
    public static Document Long(string id, int chars)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; text.Length < chars; i++)
            text.Append(s_samples.Value[i % s_samples.Value.Count].Text).Append($"\n\nنشرة رقم {i + 1}\n\n");
        return new Document(id, text.ToString()) { Title = "long " + id };
    }
}
