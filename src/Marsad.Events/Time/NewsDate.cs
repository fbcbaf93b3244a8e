using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Learning;
using Marsad.Text.Dates;
using Marsad.Text.Words;

namespace Marsad.Events.Time;

/// <summary>
/// The date of an article's own news, for the events it tells without a time of their own. A news report
/// anchors itself in the days just before its publication (أمس، أول أمس، الثلاثاء) and dates events by them:
/// an event it tells with a verb, asserted or reported, in a sentence whose only times are such anchors, is
/// the article's news and happened between those days and the publication: it is given the month that
/// holds them (else the year), never the day. Not for background told in the pluperfect (وكان قد وقّع …: an
/// auxiliary before the trigger in its sentence), plans, requests, denials or hypotheticals, event nouns
/// (الاتفاق النووي names an act of any time; فرضت حصاراً a state begun long ago), a sentence with a time of
/// another frame (in 1961, since June), nor in an article none of whose events an anchor dates (an essay,
/// an anniversary piece).
/// </summary>
public sealed class NewsDate(FunctionWords functions)
{
    /// <summary>
    /// The month (else the year) that holds the article's news days, from its earliest anchor — a relative day
    /// one of its events was dated with (an anchor that dates no event, as in the proverb ما أشبه الليلة
    /// بالبارحة, is none) — to its publication; null when it has no anchor or the days span two years.
    /// </summary>
    public static PartialDate? Of(IEnumerable<EventDate?> eventDates, IReadOnlyList<(TimeExpression Expr, int Token)> times, PartialDate? published)
    {
        var used = eventDates.Where(d => d?.Span is not null).Select(d => d!.Span!.Value).ToHashSet();
        var anchors = times.Where(t => used.Contains(t.Expr.Span) && IsAnchor(t.Expr, published)).Select(t => t.Expr.Value!.Value.Start).ToList();
        if (anchors.Count == 0) return null;
        DateOnly first = anchors.Min(), last = published!.Value.Start;
        if (first.Year != last.Year) return null;
        return first.Month == last.Month ? new PartialDate(first.Year, first.Month) : new PartialDate(first.Year);
    }

    /// <summary>A relative day in the week before publication; the publication day itself is no anchor (اليوم also means "nowadays").</summary>
    private static bool IsAnchor(TimeExpression e, PartialDate? published) =>
        e.Relative && e.Bound is null && e.Value is { Precision: DatePrecision.Day } d && published is { Precision: DatePrecision.Day } p
        && d.Start < p.Start && d.Start.DayNumber >= p.Start.DayNumber - TimeExpression.NewsDays;

    /// <summary>The article's news date for an event without a date of its own, when it tells the article's news.</summary>
    public EventDate? For(TokenSequence seq, IReadOnlyList<(TimeExpression Expr, int Token)> times, PartialDate? news, PartialDate? published, Candidate c, Modality modality)
    {
        if (news is null || modality is not (Modality.Asserted or Modality.Reported) || !c.Trigger.IsVerb) return null;
        int sentence = seq.SentenceOf(c.Trigger.Start);
        foreach (var t in times)
            if (seq.SentenceOf(t.Token) == sentence && !IsAnchor(t.Expr, published)) return null;
        for (int k = seq.SentenceAt(c.Trigger.Start).FirstToken; k < c.Trigger.Start; k++)
            if (seq[k].Kind == TokenKind.Word && functions.Is(seq[k], WordClass.Auxiliary)) return null;
        return new EventDate(news.Value);
    }
}
