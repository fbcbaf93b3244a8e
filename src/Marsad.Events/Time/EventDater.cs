using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Text.Dates;

namespace Marsad.Events.Time;

/// <summary>
/// Gives an event the date of the time expression that governs it: one inside the event's clause
/// window after the trigger (زيارة … إلى باريس في أكتوبر الماضي), else one just before the trigger in
/// the same clause (أمس الاثنين التقى …). Expressions without a value (relative ones when the
/// publication date is unknown) give no date: the publication date is never used in place of one.
/// </summary>
public static class EventDater
{
    private const int BeforeReach = 6;

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
            else if (t.Token < trigStart && t.Token >= Math.Max(windowStart, trigStart - BeforeReach)) d = trigStart - t.Token + 2;
            else continue;
            if (d < bestDistance) { bestDistance = d; best = t; }
        }
        return best is { } b ? new EventDate(b.Expr.Value!.Value, b.Expr.Span) : null;
    }
}
