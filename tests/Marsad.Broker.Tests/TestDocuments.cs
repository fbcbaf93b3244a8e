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
}
