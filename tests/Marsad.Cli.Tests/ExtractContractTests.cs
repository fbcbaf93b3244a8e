using System.Text.Json;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Extraction;

namespace Marsad.Cli.Tests;

public class ExtractContractTests
{
    [Fact]
    public void Every_span_text_equals_the_document_text_between_its_offsets()
    {
        var doc = new Document("t1", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم ليبيا.") { Published = new PartialDate(2020, 1, 5) };
        MarsadPipeline.Default.Process(doc);
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(doc));
        var root = json.RootElement;
        Assert.Equal("t1", root.GetProperty("id").GetString());
        Assert.Equal("2020-01-05", root.GetProperty("published").GetString());
        foreach (var span in SpanObjects(root))
        {
            int s = span.GetProperty("start").GetInt32(), e = span.GetProperty("end").GetInt32();
            Assert.Equal(doc.Text[s..e], span.GetProperty("text").GetString());
        }
    }

    private static IEnumerable<JsonElement> SpanObjects(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("start", out _) && e.TryGetProperty("end", out _) && e.TryGetProperty("text", out _)) yield return e;
            foreach (var p in e.EnumerateObject()) foreach (var x in SpanObjects(p.Value)) yield return x;
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) foreach (var x in SpanObjects(item)) yield return x;
    }
}
