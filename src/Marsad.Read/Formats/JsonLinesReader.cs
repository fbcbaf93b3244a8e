using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads JSON Lines, one article per line: <c>id</c> (string or number; if absent, the file
/// name and line number), <c>text</c> (required, not empty), optional <c>title</c>, <c>published</c>
/// (YYYY, YYYY-MM or YYYY-MM-DD, a time part ignored), <c>url</c>, <c>outlet</c>; other fields are
/// ignored. The stream is read line by line; a bad line is reported with its number and the
/// following lines go on.
/// </summary>
public static class JsonLinesReader
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static IEnumerable<ReadResult> Read(Stream stream, string origin, string fallbackId)
    {
        using var reader = new StreamReader(stream, s_utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        foreach (var line in BoundedLineReader.ReadLines(reader, ReadLimits.MaxJsonLineChars))
        {
            var where = $"{origin}:{line.Number}";
            if (line.Text is null)
                yield return ReadResult.Fail(where, $"line too long: {line.Length:N0} characters (the limit is {ReadLimits.MaxJsonLineChars:N0})");
            else if (!string.IsNullOrWhiteSpace(line.Text))
                yield return ParseLine(line.Text, where, $"{fallbackId}-{line.Number}");
        }
    }

    /// <summary>Parses one JSON Lines record into a document, or the reason it cannot be one.</summary>
    public static ReadResult ParseLine(string line, string origin, string fallbackId)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException ex) { return ReadResult.Fail(origin, "malformed JSON: " + FirstSentence(ex.Message)); }
        catch (ArgumentException) { return ReadResult.Fail(origin, "malformed text: an unpaired UTF-16 surrogate"); }
        using (json)
        {
            try { return ToDocument(json.RootElement, origin, fallbackId); }
            // A string escape that is not valid UTF-16 ("\ud800" alone) parses but cannot be read.
            catch (InvalidOperationException) { return ReadResult.Fail(origin, "malformed JSON: a string with an invalid \\u escape"); }
        }
    }

    private static ReadResult ToDocument(JsonElement root, string origin, string fallbackId)
    {
        if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, $"expected a JSON object, found {Kind(root)}");

        string id;
        if (!root.TryGetProperty("id", out var idValue) || idValue.ValueKind == JsonValueKind.Null) id = fallbackId;
        else if (idValue.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(idValue.GetString())) id = idValue.GetString()!;
        else if (idValue.ValueKind == JsonValueKind.Number) id = idValue.GetRawText();
        else return ReadResult.Fail(origin, $"\"id\" must be a non-empty string or a number, found {Kind(idValue)}");

        if (!root.TryGetProperty("text", out var textValue)) return ReadResult.Fail(origin, "missing \"text\"");
        if (textValue.ValueKind != JsonValueKind.String) return ReadResult.Fail(origin, $"\"text\" must be a string, found {Kind(textValue)}");
        var text = textValue.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "empty \"text\"");
        if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(text.Length));

        var warnings = new List<string>();
        var doc = new Document(id, text)
        {
            Origin = origin,
            Title = OptionalString(root, "title", warnings),
            Url = OptionalString(root, "url", warnings),
            Outlet = OptionalString(root, "outlet", warnings),
            Published = Published(root, warnings),
        };
        if (text.Contains('\uFFFD')) warnings.Add("invalid UTF-8 bytes were replaced by U+FFFD");
        return ReadResult.Ok(doc, warnings.Count > 0 ? string.Join("; ", warnings) : null);
    }

    private static string? OptionalString(JsonElement root, string name, List<string> warnings)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString();
        warnings.Add($"ignored \"{name}\": expected a string, found {Kind(v)}");
        return null;
    }

    private static PartialDate? Published(JsonElement root, List<string> warnings)
    {
        if (!root.TryGetProperty("published", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        // A bare year as a number (2019) is unambiguous enough to accept.
        var raw = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number when v.TryGetInt32(out int year) => year.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (PartialDate.TryParse(raw, out var date)) return date;
        warnings.Add($"ignored \"published\" {v.GetRawText()}: expected YYYY, YYYY-MM or YYYY-MM-DD");
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // System.Text.Json messages end with " LineNumber: 0 | BytePositionInLine: 12." — keep the position, drop the line.
    private static string FirstSentence(string message) =>
        message.Replace("LineNumber: 0 | ", "", StringComparison.Ordinal);
}
