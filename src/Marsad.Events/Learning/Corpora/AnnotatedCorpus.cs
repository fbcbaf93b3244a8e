using System.IO.Compression;
using System.Text.Json;
using Marsad.Core.Model;

namespace Marsad.Events.Learning.Corpora;

/// <summary>
/// Reads Marsad's event corpus (data/events/annotation/corpus.jsonl; format in its GUIDELINES and README):
/// standoff sentences with character offsets into the articles of ../shared/data/unlabelled/news-ar.jsonl.gz,
/// which is read for the texts of the articles named. Every type is judged in every sentence.
/// </summary>
public static class AnnotatedCorpus
{
    public static List<GoldDocument> Read(string corpusPath, string articlesPath)
    {
        var byArticle = new Dictionary<string, (string Split, List<GoldSentence> Sentences)>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(corpusPath))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                var article = r.GetProperty("article").GetString()!;
                var split = r.GetProperty("split").GetString()!;
                var events = new List<GoldEvent>();
                foreach (var e in r.GetProperty("events").EnumerateArray())
                {
                    var type = Enum.Parse<EventType>(e.GetProperty("type").GetString()!);
                    var trig = e.GetProperty("trigger");
                    events.Add(new GoldEvent(type, [Span(trig)], Spans(e, "source"), Spans(e, "target")));
                }
                var sentence = new GoldSentence(new TextSpan(r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32()), 0, true, events);
                if (!byArticle.TryGetValue(article, out var a)) byArticle[article] = a = (split, []);
                a.Sentences.Add(sentence);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
            {
                throw new InvalidDataException($"{corpusPath}:{n}: {e.Message}");
            }
        }
        var texts = Texts(articlesPath, byArticle.Keys.ToHashSet(StringComparer.Ordinal));
        var docs = new List<GoldDocument>();
        foreach (var (id, a) in byArticle.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!texts.TryGetValue(id, out var text)) throw new InvalidDataException($"{corpusPath}: article '{id}' is not in {articlesPath}");
            if (a.Sentences.Exists(s => s.Span.End > text.Length)) throw new InvalidDataException($"{corpusPath}: a sentence of '{id}' ends past the article's text");
            docs.Add(new GoldDocument(id, text, a.Split, id, a.Sentences));
        }
        return docs;
    }

    private static TextSpan Span(JsonElement pair) => new(pair[0].GetInt32(), pair[1].GetInt32());

    private static List<TextSpan> Spans(JsonElement e, string role) =>
        e.TryGetProperty(role, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(Span).ToList() : [];

    /// <summary>The texts of the wanted articles (JSON Lines, gzip'd or not: id and text).</summary>
    private static Dictionary<string, string> Texts(string path, HashSet<string> wanted)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input);
        while (reader.ReadLine() is { } line && texts.Count < wanted.Count)
        {
            // the id is read off the line before the line is parsed: most articles are not wanted
            int at = line.IndexOf("\"id\": \"", StringComparison.Ordinal);
            if (at >= 0)
            {
                int from = at + 7, to = line.IndexOf('"', from);
                if (to > from && !wanted.Contains(line[from..to])) continue;
            }
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").ToString();
            if (wanted.Contains(id)) texts[id] = json.RootElement.GetProperty("text").GetString()!;
        }
        return texts;
    }
}
