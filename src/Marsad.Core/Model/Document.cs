namespace Marsad.Core.Model;

/// <summary>
/// The one currency between pipeline stages: the original text, its metadata and every
/// annotation as spans into that text. The text is never rewritten; normalised forms live
/// on tokens. Stages add to the lists in pipeline order (read → text → mentions → linking → events).
/// </summary>
public sealed class Document(string id, string text)
{
    public string Id { get; } = id;
    public string Text { get; } = text;
    public string? Title { get; set; }
    public PartialDate? Published { get; set; }
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    /// <summary>Where the document came from (file path, "path:line" for JSONL, "-" for stdin).</summary>
    public string? Origin { get; set; }

    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<Entity> Entities { get; } = [];
    public List<Event> Events { get; } = [];
    public List<Relation> Relations { get; } = [];

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
