using System.Text.Json;

namespace Marsad.Cli.Tests;

/// <summary>Checks one output line against the extraction contract of DESIGN.md.</summary>
public static class ContractShape
{
    public static void AssertDocument(JsonElement doc, string text)
    {
        Assert.Equal(JsonValueKind.String, doc.GetProperty("id").ValueKind);
        Assert.True(doc.TryGetProperty("title", out _));
        Assert.True(doc.TryGetProperty("published", out var published));
        Assert.True(published.ValueKind is JsonValueKind.Null or JsonValueKind.String);
        foreach (var e in doc.GetProperty("entities").EnumerateArray())
        {
            foreach (var field in new[] { "id", "kb", "name", "name_en", "type", "mentions" }) Assert.True(e.TryGetProperty(field, out _), field);
            Assert.Contains(e.GetProperty("type").GetString(), new[] { "PER", "ORG", "GPE", "LOC", "MISC" });
        }
        var entityIds = doc.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
        foreach (var ev in doc.GetProperty("events").EnumerateArray())
        {
            foreach (var field in new[] { "type", "mode", "cameo", "source", "target", "date", "location", "modality", "attribution", "quantities", "trigger", "evidence", "confidence" })
                Assert.True(ev.TryGetProperty(field, out _), field);
            foreach (var id in ev.GetProperty("source").EnumerateArray().Concat(ev.GetProperty("target").EnumerateArray()))
                Assert.Contains(id.GetString(), entityIds);
        }
        foreach (var r in doc.GetProperty("relations").EnumerateArray())
        {
            Assert.Contains(r.GetProperty("subject").GetString(), entityIds);
            Assert.Contains(r.GetProperty("object").GetString(), entityIds);
        }
        AssertSpans(doc, text);
    }

    /// <summary>Every object with start, end and text (mentions, triggers, evidence) quotes the document exactly.</summary>
    public static int AssertSpans(JsonElement e, string text)
    {
        int count = 0;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("start", out var s) && e.TryGetProperty("end", out var en) && e.TryGetProperty("text", out var t))
            {
                int start = s.GetInt32(), end = en.GetInt32();
                Assert.InRange(start, 0, end);
                Assert.InRange(end, start, text.Length);
                Assert.Equal(text[start..end], t.GetString());
                count++;
            }
            foreach (var p in e.EnumerateObject()) count += AssertSpans(p.Value, text);
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) count += AssertSpans(item, text);
        return count;
    }
}
