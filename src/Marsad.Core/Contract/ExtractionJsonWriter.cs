using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Core.Contract;

/// <summary>
/// Writes a processed document as one JSON object in the public extraction contract
/// (DESIGN.md, "Extraction output"). Field names and shapes here are the contract: change them
/// only together with DESIGN.md.
/// </summary>
public static class ExtractionJsonWriter
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Arabic stays readable; the relaxed encoder still escapes quotes and control characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static string ToJson(Document doc)
    {
        using var ms = new MemoryStream();
        Write(ms, doc);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static void Write(Stream stream, Document doc)
    {
        using var w = new Utf8JsonWriter(stream, s_options);
        Write(w, doc);
    }

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartObject();
        w.WriteString("id", doc.Id);
        WriteNullable(w, "title", doc.Title);
        WriteNullable(w, "published", doc.Published?.ToString());
        if (doc.Url is not null) w.WriteString("url", doc.Url);
        if (doc.Outlet is not null) w.WriteString("outlet", doc.Outlet);

        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            WriteNullable(w, "kb", e.Kb);
            w.WriteString("name", e.Name);
            WriteNullable(w, "name_en", e.NameEn);
            w.WriteString("type", e.Type.ToString());
            w.WriteString("kind", e.IsGeneric ? "generic" : "named");
            if (e.IsGeneric)
            {
                WriteNullable(w, "sector", e.Sector);
                WriteNullable(w, "affiliation", e.Affiliation?.Id);
            }
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions.OrderBy(m => m.Span.Start))
            {
                w.WriteStartObject();
                WriteSpanFields(w, doc, m.Span);
                if (m.Nisba) w.WriteBoolean("nisba", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in doc.Events) WriteEvent(w, doc, ev);
        w.WriteEndArray();

        w.WriteStartArray("relations");
        foreach (var r in doc.Relations)
        {
            w.WriteStartObject();
            w.WriteString("type", r.Type.ToString());
            w.WriteString("subject", r.Subject.Id);
            w.WriteString("object", r.Object.Id);
            w.WriteString("label", r.Label);
            WriteNullable(w, "label_en", r.LabelEn);
            WriteSpan(w, doc, "evidence", r.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document doc, Event ev)
    {
        w.WriteStartObject();
        w.WriteString("type", ev.Type.ToString());
        WriteNullable(w, "mode", ev.Mode);
        WriteNullable(w, "cameo", ev.Cameo);
        WriteIds(w, "source", ev.Sources);
        WriteIds(w, "target", ev.Targets);
        if (ev.Date is { } date)
        {
            w.WriteStartObject("date");
            w.WriteString("value", date.Date.ToString());
            w.WriteString("precision", date.Date.PrecisionName);
            w.WriteEndObject();
        }
        else w.WriteNull("date");
        WriteNullable(w, "location", ev.Location?.Id);
        w.WriteString("modality", ev.Modality.ToString().ToLowerInvariant());
        if (ev.Attribution is { } a)
        {
            w.WriteStartObject("attribution");
            WriteNullable(w, "entity", a.Entity?.Id);
            WriteNullable(w, "text", a.Text);
            w.WriteEndObject();
        }
        else w.WriteNull("attribution");
        w.WriteStartArray("quantities");
        foreach (var q in ev.Quantities)
        {
            w.WriteStartObject();
            w.WriteNumber("value", q.Value);
            w.WriteString("unit", q.Unit);
            WriteNullable(w, "item", q.Item);
            w.WriteString("text", doc.TextOf(q.Span));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteSpan(w, doc, "trigger", ev.Trigger);
        WriteSpan(w, doc, "evidence", ev.Evidence);
        w.WriteNumber("confidence", Math.Round(ev.Confidence, 3));
        w.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter w, string name, List<Entity> entities)
    {
        w.WriteStartArray(name);
        foreach (var e in entities) w.WriteStringValue(e.Id);
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, string name, TextSpan span)
    {
        w.WriteStartObject(name);
        WriteSpanFields(w, doc, span);
        w.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter w, Document doc, TextSpan span)
    {
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", doc.TextOf(span));
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
