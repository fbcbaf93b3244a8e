using System.IO.Compression;
using System.Text.Json;
using Marsad.Mentions.Tagging;
using Marsad.Text.Tokenization;

namespace Marsad.Mentions.Corpora;

/// <summary>
/// Unlabelled text as the tagger sees it, held compactly: every distinct <see cref="TokenView"/> once
/// (<see cref="Types"/>), the running text as indices into them, and where each sequence (a title, an
/// article body, a corpus sentence) starts. Ten million words take about 40 MB.
/// </summary>
public sealed class TokenCorpus
{
    private readonly Dictionary<TokenView, int> _index = [];
    private readonly List<TokenView> _types = [];
    private int[] _tokens = new int[1 << 16];
    private readonly List<int> _starts = [0];

    public IReadOnlyList<TokenView> Types => _types;
    public int TokenCount { get; private set; }
    public int SequenceCount => _starts.Count - 1;

    /// <summary>Type indices of sequence <paramref name="s"/>.</summary>
    public ReadOnlySpan<int> Sequence(int s) => _tokens.AsSpan(_starts[s], _starts[s + 1] - _starts[s]);

    public void Add(ReadOnlySpan<TokenView> sequence)
    {
        if (sequence.Length == 0) return;
        if (TokenCount + sequence.Length > _tokens.Length) Array.Resize(ref _tokens, Math.Max(_tokens.Length * 2, TokenCount + sequence.Length));
        foreach (var t in sequence)
        {
            if (!_index.TryGetValue(t, out int id)) { id = _types.Count; _index.Add(t, id); _types.Add(t); }
            _tokens[TokenCount++] = id;
        }
        _starts.Add(TokenCount);
    }

    /// <summary>
    /// Adds the titles and texts of a JSON Lines file of articles (<c>title</c>, <c>text</c>; gzip'd when
    /// the name ends in .gz), tokenised as the pipeline does, on every core and in file order, so the
    /// result is the same for every run. A line that is not an article object is an error naming it.
    /// </summary>
    public void AddArticles(string path, int batch = 512)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var lines = new List<(int No, string Text)>(batch);
        int lineNo = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length > 0) lines.Add((lineNo, line));
            if (lines.Count == batch) Flush();
        }
        Flush();

        void Flush()
        {
            var parsed = new TokenView[lines.Count][][];
            Parallel.For(0, lines.Count, i => parsed[i] = Parse(path, lines[i].No, lines[i].Text));
            foreach (var article in parsed) foreach (var seq in article) Add(seq);
            lines.Clear();
        }
    }

    private static TokenView[][] Parse(string path, int lineNo, string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var result = new List<TokenView[]>(2);
            foreach (var field in (ReadOnlySpan<string>)["title", "text"])
                if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String)
                    result.Add([.. Tokenizer.Tokenize(v.GetString()!).Select(TokenView.From)]);
            return [.. result];
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}:{lineNo}: not a JSON article object ({e.Message})");
        }
    }
}
