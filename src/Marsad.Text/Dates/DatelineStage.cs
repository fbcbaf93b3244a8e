using Marsad.Core.Model;
using Marsad.Core.Pipeline;

namespace Marsad.Text.Dates;

/// <summary>
/// Pipeline stage after the text stage: a document whose metadata gave no publication date takes
/// it from a dateline — a full date (day, month, year) alone on a short line near the top, as
/// news pages print it ("25 ابريل 2018", "القاهرة - الأحد 5 يناير 2020"). A date inside a sentence
/// of the body is an event date, not the publication date, so long lines are not searched.
/// </summary>
public sealed class DatelineStage(TimeLexicon time) : IDocumentStage
{
    /// <summary>Only the first lines of the text hold a dateline.</summary>
    public const int MaxLines = 5;
    /// <summary>A dateline line is short: place, date, perhaps an agency.</summary>
    public const int MaxLineChars = 80;

    public string Name => "dateline";
    public DocumentLayers Reads => DocumentLayers.Tokens;
    public DocumentLayers Writes => DocumentLayers.Dateline;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Published is null) document.Published = Find(document);
    }

    public PartialDate? Find(Document document)
    {
        var text = document.Text;
        int end = HeadEnd(text);
        if (end == 0) return null;
        var tokens = document.Tokens.Count > 0 ? document.Tokens : Tokenization.Tokenizer.Tokenize(text);
        int count = 0;
        while (count < tokens.Count && tokens[count].End <= end) count++;
        var head = tokens.Take(count).ToList();
        foreach (var expr in TimeExpressionFinder.Find(text, head, published: null, time))
        {
            if (expr.Relative || expr.Value is not { Precision: DatePrecision.Day } date) continue;
            if (LineLength(text, expr.Span.Start) <= MaxLineChars) return date;
        }
        return null;
    }

    /// <summary>The offset where the first <see cref="MaxLines"/> non-blank lines end.</summary>
    private static int HeadEnd(string text)
    {
        int lines = 0, i = 0;
        while (i < text.Length && lines < MaxLines)
        {
            int nl = text.IndexOf('\n', i);
            int lineEnd = nl < 0 ? text.Length : nl;
            if (!text.AsSpan(i, lineEnd - i).IsWhiteSpace()) lines++;
            i = nl < 0 ? text.Length : nl + 1;
        }
        return i;
    }

    private static int LineLength(string text, int offset)
    {
        int start = offset > 0 ? text.LastIndexOf('\n', offset - 1) + 1 : 0;
        int end = text.IndexOf('\n', offset);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start).Trim().Length;
    }
}
