using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Text.Dates;

namespace Marsad.Events.Time;

/// <summary>
/// Gives an event the date of the time expression of its own clause: the nearest one inside the clause
/// window after the trigger (زيارة … إلى باريس في أكتوبر الماضي) or just before the trigger in the same
/// clause (أمس الاثنين التقى …). Only when the clause has none: a time adverbial fronted before a comma
/// that opens the sentence (وفي نوفمبر الماضي، وقّعت …), then an expression before the trigger cut off by
/// a dash or colon (a dateline: القاهرة 3 أبريل - استقبل …). An expression in another clause (the
/// reporting clause, a clause after a comma) never dates the event. Expressions without a value
/// (relative ones when the publication date is unknown) give no date: the publication date is never
/// used in place of one.
/// </summary>
public static class EventDater
{
    private const int BeforeReach = 6, FrontReach = 3;

    public static EventDate? Date(TokenSequence seq, IReadOnlyList<(TimeExpression Expr, int Token)> times, int trigStart, int trigEnd, int windowStart, int windowEnd)
    {
        int sentence = seq.SentenceOf(trigStart);
        (TimeExpression Expr, int Token)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in times)
        {
            if (t.Expr.Value is null || seq.SentenceOf(t.Token) != sentence) continue;
            int d;
            if (t.Token >= trigEnd && t.Token < windowEnd) d = t.Token - trigEnd;
            else if (t.Token < trigStart && t.Token >= Math.Max(windowStart, trigStart - BeforeReach))
                d = Cut(seq, End(seq, t.Expr), trigStart) ? 1000 + trigStart - t.Token : trigStart - t.Token + 2;
            else if (Fronted(seq, t, windowStart)) d = 500;
            else continue;
            if (d < bestDistance) { bestDistance = d; best = t; }
        }
        return best is { } b ? new EventDate(b.Expr.Value!.Value, b.Expr.Span) : null;
    }

    /// <summary>The token after the expression.</summary>
    private static int End(TokenSequence seq, TimeExpression e) => seq.Document.TokenIndexAtOrAfter(e.Span.End);

    /// <summary>A dash or colon between the expression and the trigger: a dateline, not the clause's time.</summary>
    private static bool Cut(TokenSequence seq, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (seq.IsPunct(k) && seq.FirstChar(k) is '-' or '–' or '—' or ':') return true;
        return false;
    }

    /// <summary>وفي 12 مارس الماضي، وقّعت …: the expression opens the sentence and a comma ends it just before the trigger's clause.</summary>
    private static bool Fronted(TokenSequence seq, (TimeExpression Expr, int Token) t, int windowStart)
    {
        int after = End(seq, t.Expr);
        if (after != windowStart - 1 || after >= seq.End || !seq.IsPunct(after) || seq.FirstChar(after) is not (',' or '،')) return false;
        return t.Token - seq.SentenceAt(t.Token).FirstToken <= FrontReach;
    }
}
