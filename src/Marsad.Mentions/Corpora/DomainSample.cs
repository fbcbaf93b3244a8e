using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Mentions.Corpora;

/// <summary>One sentence of an article, by character offsets into one of its fields (standoff: no text).</summary>
public sealed record StandoffSentence(string ArticleId, string Field, int Start, int End, string Split);

/// <summary>
/// Draws the sentences of the domain NER set (data/ner/domain) from the unlabelled news, by a fixed rule:
/// articles in the order of a seeded hash of their id; from each, the first body sentence of
/// <see cref="MinWords"/>–<see cref="MaxWords"/> words that holds a political cue (a title word or a
/// reporting verb); one sentence per article; every fourth one drawn is the dev split (the part annotated
/// twice). Deterministic for the file, the cues, the count and the seed.
/// </summary>
public sealed class DomainSample(IReadOnlySet<string> cueWords)
{
    public const int MinWords = 8, MaxWords = 45;

    /// <summary>A sampled sentence with what an annotator needs to read it (kept outside the repository).</summary>
    public sealed record Drawn(StandoffSentence Sentence, string Title, string Text, IReadOnlyList<Token> Tokens, string Previous);

    public List<Drawn> Draw(string newsFile, int count, int seed)
    {
        var order = new List<(ulong Key, long Line)>();
        long line = 0;
        foreach (var json in Lines(newsFile))
        {
            using var doc = JsonDocument.Parse(json);
            order.Add((Hash(seed, doc.RootElement.GetProperty("id").GetString()!), line++));
        }
        order.Sort();
        var rank = new Dictionary<long, int>();
        for (int i = 0; i < order.Count; i++) rank[order[i].Line] = i;

        // Read the file once more and keep, for the first articles in hash order (20 per sentence wanted
        // are plenty: most articles have a fitting sentence), each one's first fitting sentence.
        var found = new SortedDictionary<int, Drawn>();
        line = 0;
        foreach (var json in Lines(newsFile))
        {
            int r = rank[line++];
            if (r >= 20 * count) continue;
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            string text = root.GetProperty("text").GetString() ?? "";
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            int k = sentences.FindIndex(s => Fits(tokens, s));
            if (k < 0) continue;
            var s = sentences[k];
            found[r] = new Drawn(new StandoffSentence(root.GetProperty("id").GetString()!, "text", s.Span.Start, s.Span.End, ""),
                root.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "", text,
                tokens.GetRange(s.FirstToken, s.EndToken - s.FirstToken),
                k > 0 ? text[sentences[k - 1].Span.Start..sentences[k - 1].Span.End] : "");
        }
        var drawn = found.Values.Take(count).ToList();
        for (int i = 0; i < drawn.Count; i++)
            drawn[i] = drawn[i] with { Sentence = drawn[i].Sentence with { Split = i % 4 == 3 ? "dev" : "train" } };
        return drawn;
    }

    private bool Fits(List<Token> tokens, Sentence s)
    {
        int words = 0; bool cue = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (tokens[i].Kind != TokenKind.Word) continue;
            words++;
            cue |= cueWords.Contains(tokens[i].StemNorm) || cueWords.Contains(tokens[i].Norm);
        }
        return cue && words is >= MinWords and <= MaxWords;
    }

    /// <summary>FNV-1a of the seed and the id: an order that does not depend on the file's order.</summary>
    private static ulong Hash(int seed, string id)
    {
        ulong h = 14695981039346656037UL ^ (uint)seed;
        foreach (byte b in Encoding.UTF8.GetBytes(id)) { h ^= b; h *= 1099511628211UL; }
        return h;
    }

    internal static IEnumerable<string> Lines(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        for (string? l; (l = reader.ReadLine()) is not null;)
            if (l.Length > 0) yield return l;
    }
}
