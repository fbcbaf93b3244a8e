using System.Text.Json;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;

namespace Marsad.Cli.Tests;

public class ExtractContractTests
{
    [Fact]
    public void Every_span_text_equals_the_document_text_between_its_offsets()
    {
        var doc = new Document("t1", "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم ليبيا.") { Published = new PartialDate(2020, 1, 5) };
        TestPipeline.Pipeline.Process(doc);
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

    [Fact]
    public void Every_entity_has_a_kind_and_generic_ones_a_sector_and_an_affiliation_id()
    {
        var doc = new Document("t2", "وقالت مصادر أمنية مصرية إن جنودا مصريين ومسلحين مجهولين اشتبكوا قرب الحدود الليبية.");
        TestPipeline.Pipeline.Process(doc);
        using var json = JsonDocument.Parse(ExtractionJsonWriter.ToJson(doc));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var ids = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.All(entities, e => Assert.Contains(e.GetProperty("kind").GetString(), new[] { "named", "generic" }));
        var generic = entities.Where(e => e.GetProperty("kind").GetString() == "generic").ToList();
        Assert.True(generic.Count >= 3);
        foreach (var e in generic)
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("kb").ValueKind);
            Assert.True(e.TryGetProperty("sector", out _));
            var affiliation = e.GetProperty("affiliation");
            if (affiliation.ValueKind != JsonValueKind.Null) Assert.Contains(affiliation.GetString(), ids);
        }
        var soldiers = generic.Single(e => e.GetProperty("name").GetString() == "جنودا مصريين");
        Assert.Equal(("PER", "MIL"), (soldiers.GetProperty("type").GetString(), soldiers.GetProperty("sector").GetString()));
        var egypt = entities.Single(e => e.GetProperty("id").GetString() == soldiers.GetProperty("affiliation").GetString());
        Assert.Equal("Q79", egypt.GetProperty("kb").GetString());
        // named entities carry no generic fields
        Assert.All(entities.Where(e => e.GetProperty("kind").GetString() == "named"), e => Assert.False(e.TryGetProperty("sector", out _)));
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
