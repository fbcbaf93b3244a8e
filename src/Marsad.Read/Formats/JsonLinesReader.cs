using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads JSON Lines, one article per line: <c>id</c> (string or number; if absent, the file
/// name and line number), <c>text</c> (required, not empty), optional <c>title</c>, <c>published</c>
/// (YYYY, YYYY-MM or YYYY-MM-DD, a time part ignored), <c>url</c>, <c>outlet</c>, under these names or
/// the common ones of <see cref="JsonFieldMap"/>. Fields it does not read are counted and reported once
/// per file, as a warning on the file's last document. The stream is read line by line; a bad line is
/// reported with its number and the following lines go on.
/// </summary>
public static class JsonLinesReader
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static IEnumerable<ReadResult> Read(Stream stream, string origin, string fallbackId, JsonFieldMap? fields = null)
    {
        fields ??= JsonFieldMap.Default;
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadResult? pending = null;   // held back one line so that the file's summary can ride on its last document
        using var reader = new StreamReader(stream, s_utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        foreach (var line in BoundedLineReader.ReadLines(reader, ReadLimits.MaxJsonLineChars))
        {
            var where = $"{origin}:{line.Number}";
            ReadResult next;
            if (line.Text is null)
                next = ReadResult.Fail(where, $"line too long: {line.Length:N0} characters (the limit is {ReadLimits.MaxJsonLineChars:N0})");
            else if (!string.IsNullOrWhiteSpace(line.Text))
                next = ParseLine(line.Text, where, $"{fallbackId}-{line.Number}", fields, unknown);
            else continue;
            if (pending is not null) yield return pending;
            pending = next;
        }
        if (pending is null) yield break;
        if (unknown.Count > 0)
        {
            var list = string.Join(", ", unknown.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal).Take(10)
                .Select(u => $"\"{u.Key}\" ({u.Value:N0})"));
            var note = $"{origin}: fields not read, in how many lines: {list}{(unknown.Count > 10 ? $" and {unknown.Count - 10} more" : "")}; "
                + "map one to a document field with --field NAME=published (or id, text, title, url, outlet)";
            pending = pending with { Warning = pending.Warning is null ? note : pending.Warning + "; " + note };
        }
        yield return pending;
    }

    /// <summary>Parses one JSON Lines record into a document, or the reason it cannot be one.</summary>
    public static ReadResult ParseLine(string line, string origin, string fallbackId) =>
        ParseLine(line, origin, fallbackId, JsonFieldMap.Default, null);

    private static ReadResult ParseLine(string line, string origin, string fallbackId, JsonFieldMap fields, Dictionary<string, int>? unknown)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException ex) { return ReadResult.Fail(origin, "malformed JSON: " + FirstSentence(ex.Message)); }
        catch (ArgumentException) { return ReadResult.Fail(origin, "malformed text: an unpaired UTF-16 surrogate"); }
        using (json)
        {
            if (unknown is not null && json.RootElement.ValueKind == JsonValueKind.Object)
                foreach (var p in json.RootElement.EnumerateObject())
                    if (!fields.IsKnown(p.Name)) unknown[p.Name] = unknown.GetValueOrDefault(p.Name) + 1;
            try { return ToDocument(json.RootElement, origin, fallbackId, fields); }
            // A string escape that is not valid UTF-16 ("\ud800" alone) parses but cannot be read.
            catch (InvalidOperationException) { return ReadResult.Fail(origin, "malformed JSON: a string with an invalid \\u escape"); }
        }
    }

    private static ReadResult ToDocument(JsonElement root, string origin, string fallbackId, JsonFieldMap fields)
    {
        if (root.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, $"expected a JSON object, found {Kind(root)}");

        string id;
        if (!Field(root, fields, "id", out var idValue) || idValue.ValueKind == JsonValueKind.Null) id = fallbackId;
        else if (idValue.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(idValue.GetString())) id = idValue.GetString()!;
        else if (idValue.ValueKind == JsonValueKind.Number) id = idValue.GetRawText();
        else return ReadResult.Fail(origin, $"\"id\" must be a non-empty string or a number, found {Kind(idValue)}");

        if (!Field(root, fields, "text", out var textValue)) return ReadResult.Fail(origin, "missing \"text\"");
        if (textValue.ValueKind != JsonValueKind.String) return ReadResult.Fail(origin, $"\"text\" must be a string, found {Kind(textValue)}");
        var text = textValue.GetString()!;
        // U+0000 means nothing in an article and PostgreSQL cannot store it: replaced (same length, offsets kept) and reported.
        bool nul = text.Contains('\0');
        if (nul) text = text.Replace('\0', '\uFFFD');
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "empty \"text\"");
        if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(text.Length));

        var warnings = new List<string>();
        var doc = new Document(id, text)
        {
            Origin = origin,
            Title = OptionalString(root, fields, "title", warnings),
            Url = OptionalString(root, fields, "url", warnings),
            Outlet = OptionalString(root, fields, "outlet", warnings),
            Published = Published(root, fields, warnings),
        };
        if (nul) warnings.Add("NUL characters (\\u0000) in \"text\" were replaced by U+FFFD");
        else if (text.Contains('\uFFFD')) warnings.Add("invalid UTF-8 bytes were replaced by U+FFFD");
        return ReadResult.Ok(doc, warnings.Count > 0 ? string.Join("; ", warnings) : null);
    }

    /// <summary>The first present, non-null field among the names that may hold <paramref name="target"/>.</summary>
    private static bool Field(JsonElement root, JsonFieldMap fields, string target, out JsonElement value)
    {
        foreach (var name in fields.NamesOf(target))
            if (root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        value = default;
        return false;
    }

    private static string? OptionalString(JsonElement root, JsonFieldMap fields, string name, List<string> warnings)
    {
        if (!Field(root, fields, name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString()!.Replace('\0', '\uFFFD');
        warnings.Add($"ignored \"{name}\": expected a string, found {Kind(v)}");
        return null;
    }

    private static PartialDate? Published(JsonElement root, JsonFieldMap fields, List<string> warnings)
    {
        if (!Field(root, fields, "published", out var v)) return null;
        // A bare year as a number (2019) is unambiguous enough to accept.
        var raw = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number when v.TryGetInt32(out int year) => year.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (PartialDate.TryParse(raw, out var date)) return date;
        // feeds and CMS exports write RFC 1123 ("Tue, 04 Jun 2019 10:00:00 GMT") or ISO 8601 with an offset: the day as written
        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            return PartialDate.FromDate(DateOnly.FromDateTime(dto.DateTime));
        warnings.Add($"ignored \"published\" {v.GetRawText()}: expected YYYY, YYYY-MM or YYYY-MM-DD (or an RFC 1123 / ISO 8601 timestamp)");
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
