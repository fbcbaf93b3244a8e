using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Events.Learning.Corpora;

/// <summary>
/// Reads the Arabic event GSR (../shared/eval/event-gsr-dev/gsr.jsonl: one sentence per line, coded for
/// ASSAULT or PROTEST by several coders; see its README). Each item is a one-sentence document judged for
/// its coded types only; "ambiguous" items are left out. Trigger and actor spans are the coders' majority
/// tokens, located inside the majority's offsets.
/// </summary>
public static class GsrCorpus
{
    /// <summary>The <see cref="GoldDocument.Split"/> of GSR items.</summary>
    public const string Split = "gsr";

    public static List<GoldDocument> Read(string path)
    {
        var docs = new List<GoldDocument>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { if (Item(line) is { } d) docs.Add(d); }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{n}: {e.Message}");
            }
        }
        return docs;
    }

    private static GoldDocument? Item(string line)
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var id = r.GetProperty("id").GetString()!;
        var text = r.GetProperty("text").GetString()!;
        ulong judged = 1;
        bool known = true;
        bool any = false;
        foreach (var label in r.GetProperty("labels").EnumerateObject())
        {
            if (!Enum.TryParse<EventType>(label.Name, out var type)) continue;
            if (label.Value.GetProperty("label").GetString() == "ambiguous") return null;
            judged |= 1UL << EventModel.ClassOf(type);
            any = true;
        }
        if (!any) return null;
        var events = new List<GoldEvent>();
        foreach (var g in r.GetProperty("gold").EnumerateArray())
        {
            if (!Enum.TryParse<EventType>(g.GetProperty("type").GetString(), out var type)) continue;
            var trigger = Spans(text, g, "trigger");
            if (trigger.Count == 0) known = false;
            events.Add(new GoldEvent(type, trigger, Cover(Spans(text, g, "source")), Cover(Spans(text, g, "target"))));
        }
        // "AAW_ARB_20071026.0026-2": sentences of one source document share the part before the dash
        int dash = id.LastIndexOf('-');
        var group = dash > 0 ? id[..dash] : id;
        return new GoldDocument(id, text, Split, group, [new GoldSentence(new TextSpan(0, text.Length), judged, known, events)]);
    }

    /// <summary>One actor: the span from its first token to its last.</summary>
    private static List<TextSpan> Cover(List<TextSpan> tokens) => tokens.Count == 0 ? [] : [new TextSpan(tokens[0].Start, tokens[^1].End)];

    /// <summary>The majority's tokens, each found in order inside the majority's offsets.</summary>
    private static List<TextSpan> Spans(string text, JsonElement g, string role)
    {
        var spans = new List<TextSpan>();
        if (!g.TryGetProperty(role + "_majority", out var words) || words.ValueKind != JsonValueKind.String) return spans;
        if (!g.TryGetProperty(role + "_majority_offsets", out var off) || off.ValueKind != JsonValueKind.Array) return spans;
        int start = Math.Clamp(off[0].GetInt32(), 0, text.Length), end = Math.Clamp(off[1].GetInt32(), start, text.Length);
        int at = start;
        foreach (var w in words.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int k = text.IndexOf(w, at, end - at, StringComparison.Ordinal);
            if (k < 0) continue;
            spans.Add(new TextSpan(k, k + w.Length));
            at = k + w.Length;
        }
        return spans;
    }
}
