using System.Globalization;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Mentions.Tagging;
using Marsad.Text.Tokenization;

namespace Marsad.Mentions.Corpora;

/// <summary>One entity of a standoff annotation: character offsets into an article's field and a type (PER, ORG, LOC, MISC).</summary>
public sealed record StandoffEntity(string ArticleId, string Field, int Start, int End, string Type);

/// <summary>
/// A labelled corpus kept as standoff (data/ner/domain): <c>sentences.tsv</c> (article id, field, start,
/// end, split) and <c>entities.tsv</c> (article id, field, start, end, type) over the articles of the
/// unlabelled news file, which holds the text. Sentences are tokenised as the pipeline does and labelled
/// BIO from the entity offsets. An entity that does not fall on token boundaries inside one sentence,
/// or overlaps another, is an error naming its line: the annotation and the tokenizer must agree.
/// </summary>
public static class StandoffCorpus
{
    public const string SentencesFile = "sentences.tsv", EntitiesFile = "entities.tsv";

    /// <summary>The labelled sentences of one split ("train", "dev") or of all (null), in file order.</summary>
    public static List<LabeledSentence> Read(string dir, string newsFile, string? split = null)
    {
        var sentences = ReadSentences(Path.Combine(dir, SentencesFile));
        var entities = ReadEntities(Path.Combine(dir, EntitiesFile));
        var wanted = sentences.Where(s => split is null || s.Sentence.Split == split).ToList();
        var ids = wanted.Select(s => s.Sentence.ArticleId).ToHashSet(StringComparer.Ordinal);
        var texts = ArticleFields(newsFile, ids);
        var byArticle = entities.ToLookup(e => (e.Entity.ArticleId, e.Entity.Field));
        var result = new List<LabeledSentence>(wanted.Count);
        foreach (var (s, lineNo) in wanted)
        {
            if (!texts.TryGetValue((s.ArticleId, s.Field), out var text))
                throw new InvalidDataException($"{SentencesFile}:{lineNo}: article {s.ArticleId} ({s.Field}) is not in {Path.GetFileName(newsFile)}");
            if (s.End > text.Length) throw new InvalidDataException($"{SentencesFile}:{lineNo}: offsets {s.Start}-{s.End} beyond the {text.Length} characters of {s.ArticleId}");
            var tokens = Tokenizer.Tokenize(text).Where(t => t.Start >= s.Start && t.End <= s.End).ToList();
            if (tokens.Count == 0 || tokens[0].Start != s.Start || tokens[^1].End != s.End)
                throw new InvalidDataException($"{SentencesFile}:{lineNo}: offsets {s.Start}-{s.End} of {s.ArticleId} are not a run of tokens");
            var labels = new int[tokens.Count];
            foreach (var (e, eLine) in byArticle[(s.ArticleId, s.Field)])
            {
                if (e.End <= s.Start || e.Start >= s.End) continue;
                int first = tokens.FindIndex(t => t.Start == e.Start), last = tokens.FindIndex(t => t.End == e.End);
                if (first < 0 || last < first)
                    throw new InvalidDataException($"{EntitiesFile}:{eLine}: offsets {e.Start}-{e.End} of {e.ArticleId} do not fall on token boundaries of its sentence");
                int type = Array.IndexOf(BioLabels.Types, e.Type);
                for (int i = first; i <= last; i++)
                {
                    if (labels[i] != BioLabels.O) throw new InvalidDataException($"{EntitiesFile}:{eLine}: entity {e.Start}-{e.End} of {e.ArticleId} overlaps another");
                    labels[i] = i == first ? BioLabels.Begin(type) : BioLabels.Inside(type);
                }
            }
            result.Add(new LabeledSentence([.. tokens.Select(t => text[t.Start..t.End])], labels) { StartsDocument = true });
        }
        return result;
    }

    public static List<(StandoffSentence Sentence, int Line)> ReadSentences(string path) =>
        [.. Rows(path, 5).Select(r => (new StandoffSentence(r.Fields[0], r.Fields[1], Int(r, 2, path), Int(r, 3, path),
            r.Fields[4] is "train" or "dev" ? r.Fields[4] : throw new InvalidDataException($"{path}:{r.Line}: split '{r.Fields[4]}' is not train or dev")), r.Line))];

    public static List<(StandoffEntity Entity, int Line)> ReadEntities(string path) =>
        [.. Rows(path, 5).Select(r => (new StandoffEntity(r.Fields[0], r.Fields[1], Int(r, 2, path), Int(r, 3, path),
            BioLabels.Types.Contains(r.Fields[4]) ? r.Fields[4] : throw new InvalidDataException($"{path}:{r.Line}: type '{r.Fields[4]}' is not PER, ORG, LOC or MISC")), r.Line))];

    /// <summary>Writes the sentence list (standoff only) with a header that says how it was drawn.</summary>
    public static void WriteSentences(string path, IEnumerable<StandoffSentence> sentences, string header)
    {
        using var w = new StreamWriter(path);
        foreach (var line in header.Split('\n')) w.WriteLine("# " + line.TrimEnd());
        w.WriteLine("# article_id\tfield\tstart\tend\tsplit");
        foreach (var s in sentences) w.WriteLine($"{s.ArticleId}\t{s.Field}\t{s.Start}\t{s.End}\t{s.Split}");
    }

    private static Dictionary<(string, string), string> ArticleFields(string newsFile, HashSet<string> ids)
    {
        var texts = new Dictionary<(string, string), string>();
        foreach (var json in DomainSample.Lines(newsFile))
        {
            using var doc = JsonDocument.Parse(json);
            var id = doc.RootElement.GetProperty("id").GetString()!;
            if (!ids.Contains(id)) continue;
            foreach (var field in (ReadOnlySpan<string>)["title", "text"])
                if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String) texts[(id, field)] = v.GetString()!;
        }
        return texts;
    }

    private sealed record Row(string[] Fields, int Line);

    private static IEnumerable<Row> Rows(string path, int columns)
    {
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var f = raw.Split('\t');
            if (f.Length != columns) throw new InvalidDataException($"{path}:{lineNo}: expected {columns} tab-separated columns, got {f.Length}");
            yield return new Row(f, lineNo);
        }
    }

    private static int Int(Row r, int i, string path) =>
        int.TryParse(r.Fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v
            : throw new InvalidDataException($"{path}:{r.Line}: '{r.Fields[i]}' is not an offset");
}
