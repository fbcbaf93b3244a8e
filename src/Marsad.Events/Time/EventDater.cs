using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Text.Dates;
using Marsad.Text.Words;

namespace Marsad.Events.Time;

/// <summary>
/// Gives an event the date of the time expression of its own clause: the nearest one after the trigger
/// up to the clause's end (زيارة … إلى باريس في أكتوبر الماضي; past an event noun inside the clause:
/// استعادوا السيطرة على عشر قرى اليوم الثلاثاء) or just before the trigger in the same clause (أمس
/// الاثنين التقى …). Only when the clause has none: an expression set off by commas right after the clause
/// (التقى … في مسقط، الخميس، لبحث …), a time adverbial fronted before a comma that opens the sentence
/// (وفي نوفمبر الماضي، وقّعت …), then an expression before the trigger cut off by a dash or colon (a
/// dateline: القاهرة 3 أبريل - استقبل …). An expression in another clause never dates the event: the
/// reporting clause, a clause after a comma, nor a verb phrase opened after the trigger by an auxiliary or
/// a verbal particle (اقتحام مخيم كان المقاتلون قد لجؤوا إليه الاثنين: Monday is when they took refuge).
/// The bound of a span (منذ يونيو 2014، حتى نهاية العام) is no time of an act: it dates only an event
/// inside its own phrase (منذ اندلاع النزاع في أبريل). Expressions without a value (relative ones when
/// the publication date is unknown) give no date: the publication date is never used in place of one.
/// </summary>
public sealed class EventDater(FunctionWords functions)
{
    private const int BeforeReach = 6, FrontReach = 3;

    public EventDate? Date(TokenSequence seq, IReadOnlyList<(TimeExpression Expr, int Token)> times, int trigStart, int trigEnd, int windowStart, int clauseEnd)
    {
        int sentence = seq.SentenceOf(trigStart);
        int end = OwnPhraseEnd(seq, trigEnd, clauseEnd);
        (TimeExpression Expr, int Token)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in times)
        {
            if (t.Expr.Value is null || seq.SentenceOf(t.Token) != sentence || !Bounds(seq, t.Expr, trigStart, t.Token)) continue;
            int d;
            if (t.Token >= trigEnd && t.Token < end) d = t.Token - trigEnd;
            else if (t.Token < trigStart && t.Token >= Math.Max(windowStart, trigStart - BeforeReach))
                d = Cut(seq, End(seq, t.Expr), trigStart) ? 1000 + trigStart - t.Token : trigStart - t.Token + 2;
            else if (end == clauseEnd && SetOff(seq, t, clauseEnd)) d = 400;
            else if (Fronted(seq, t, windowStart)) d = 500;
            else continue;
            if (d < bestDistance) { bestDistance = d; best = t; }
        }
        return best is { } b ? new EventDate(b.Expr.Value!.Value, b.Expr.Span) : null;
    }

    /// <summary>A date read off the bound of a span (منذ اندلاع النزاع في أبريل) dates the act inside the phrase, never the clause that governs it.</summary>
    public static bool OfBound(IReadOnlyList<(TimeExpression Expr, int Token)> times, EventDate date) =>
        times.Any(t => t.Expr.Bound is not null && t.Expr.Span == date.Span);

    /// <summary>The clause's end, or an auxiliary or verbal particle before it that opens another verb's phrase.</summary>
    private int OwnPhraseEnd(TokenSequence seq, int trigEnd, int clauseEnd)
    {
        for (int k = trigEnd; k < clauseEnd; k++)
            if (seq[k].Kind == TokenKind.Word && functions.Is(seq[k], WordClass.Auxiliary | WordClass.Verbal)) return k;
        return clauseEnd;
    }

    /// <summary>An expression without a bound word, or one whose bound word's phrase holds the trigger.</summary>
    private static bool Bounds(TokenSequence seq, TimeExpression e, int trigStart, int token) =>
        e.Bound is not { } b || (seq.Document.TokenIndexAtOrAfter(b.Start) < trigStart && trigStart < token);

    /// <summary>The token after the expression.</summary>
    private static int End(TokenSequence seq, TimeExpression e) => seq.Document.TokenIndexAtOrAfter(e.Span.End);

    /// <summary>A dash or colon between the expression and the trigger: a dateline, not the clause's time.</summary>
    private static bool Cut(TokenSequence seq, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (seq.IsPunct(k) && seq.FirstChar(k) is '-' or '–' or '—' or ':') return true;
        return false;
    }

    private static bool IsComma(TokenSequence seq, int k) => k < seq.End && seq.IsPunct(k) && seq.FirstChar(k) is ',' or '،';

    /// <summary>… في مسقط، الخميس، لبحث …: the expression alone between the comma that ends the clause and the next comma or the sentence's end.</summary>
    private static bool SetOff(TokenSequence seq, (TimeExpression Expr, int Token) t, int clauseEnd)
    {
        if (t.Token != clauseEnd + 1 || !IsComma(seq, clauseEnd)) return false;
        int after = End(seq, t.Expr);
        return after >= seq.SentenceAt(t.Token).EndToken || IsComma(seq, after) || (seq.IsPunct(after) && seq.FirstChar(after) == '.');
    }

    /// <summary>وفي 12 مارس الماضي، وقّعت …: the expression opens the sentence and a comma ends it just before the trigger's clause.</summary>
    private static bool Fronted(TokenSequence seq, (TimeExpression Expr, int Token) t, int windowStart)
    {
        int after = End(seq, t.Expr);
        if (after != windowStart - 1 || !IsComma(seq, after)) return false;
        return t.Token - seq.SentenceAt(t.Token).FirstToken <= FrontReach;
    }
}
