using System.Text;
using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Read;

/// <summary>
/// Reads documents from files, folders (recursive) and standard input ("-"). First version:
/// UTF-8 text and JSON Lines; encodings and HTML come with the readers issue.
/// </summary>
public static class DocumentReader
{
    /// <summary>Largest accepted document, in characters.</summary>
    public const int MaxDocumentChars = 2_000_000;

    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                foreach (var r in ReadBytes("-", "stdin", ms.ToArray())) yield return r;
            }
            else if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    foreach (var r in ReadFile(f)) yield return r;
            }
            else foreach (var r in ReadFile(path)) yield return r;
        }
    }

    public static IEnumerable<ReadResult> ReadFile(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message)];
        }
        return ReadBytes(path, Path.GetFileNameWithoutExtension(path), bytes);
    }

    private static IEnumerable<ReadResult> ReadBytes(string origin, string id, byte[] bytes)
    {
        var text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        if (origin.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)) return ReadJsonl(origin, text);
        var doc = new Document(id, text) { Origin = origin };
        return [ReadResult.Ok(doc)];
    }

    private static IEnumerable<ReadResult> ReadJsonl(string origin, string text)
    {
        int lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{origin}:{lineNo}";
            ReadResult r;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.GetProperty("id").ToString();
                var doc = new Document(id, root.GetProperty("text").GetString() ?? "") { Origin = where };
                if (root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String) doc.Title = t.GetString();
                if (root.TryGetProperty("published", out var p) && PartialDate.TryParse(p.GetString(), out var pd)) doc.Published = pd;
                r = ReadResult.Ok(doc);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                r = ReadResult.Fail(where, "malformed JSON line: " + ex.Message);
            }
            yield return r;
        }
    }
}
