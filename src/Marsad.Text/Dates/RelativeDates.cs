using Marsad.Core.Model;

namespace Marsad.Text.Dates;

/// <summary>
/// Calendar arithmetic against a publication date. Each method returns null when the publication
/// date is unknown or too coarse for the answer (أمس needs the day; الشهر الماضي needs the month),
/// because a date is never guessed.
/// </summary>
public static class RelativeDates
{
    private static bool Has(PartialDate? p, DatePrecision need) =>
        p is { } d && d.Precision >= need && d.Year is >= 2 and <= 9998 && d.Month is >= 0 and <= 12
        && (d.Day == 0 || (d.Month > 0 && d.Day <= DateTime.DaysInMonth(d.Year, d.Month)));

    /// <summary>Day arithmetic that stays inside the calendar (DateOnly's years 1–9999).</summary>
    private static PartialDate? AddDays(DateOnly d, int days) =>
        d.DayNumber + (long)days is var n && n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber
            ? PartialDate.FromDate(DateOnly.FromDayNumber((int)n)) : null;

    /// <summary>أمس = -1, اليوم = 0, غدا = +1 …</summary>
    public static PartialDate? Days(PartialDate? pub, int offset) =>
        Has(pub, DatePrecision.Day) ? AddDays(pub!.Value.Start, offset) : null;

    /// <summary>الشهر الماضي = -1 …, month precision.</summary>
    public static PartialDate? Months(PartialDate? pub, int offset)
    {
        if (!Has(pub, DatePrecision.Month)) return null;
        int k = pub!.Value.Year * 12 + pub.Value.Month - 1 + offset;
        return new PartialDate(k / 12, k % 12 + 1);
    }

    public static PartialDate? Years(PartialDate? pub, int offset) => Has(pub, DatePrecision.Year) ? new PartialDate(pub!.Value.Year + offset) : null;

    /// <summary>الأسبوع الماضي: a week has no calendar precision of its own, so the month it falls in.</summary>
    public static PartialDate? Weeks(PartialDate? pub, int offset)
    {
        if (!Has(pub, DatePrecision.Day)) return null;
        return AddDays(pub!.Value.Start, 7 * offset) is { } d ? new PartialDate(d.Year, d.Month) : null;
    }

    /// <summary>
    /// A weekday: with الماضي the last one strictly before publication, with المقبل/القادم the next one
    /// strictly after; a bare weekday in news reporting means the most recent one up to and
    /// including the publication day (الاثنين in a Tuesday's report is yesterday).
    /// </summary>
    public static PartialDate? Weekday(PartialDate? pub, int isoWeekday, int? direction)
    {
        if (!Has(pub, DatePrecision.Day)) return null;
        var d = pub!.Value.Start;
        int today = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
        int back = (today - isoWeekday + 7) % 7; // 0..6 days back to the most recent one
        int offset = direction switch
        {
            > 0 => (isoWeekday - today + 7) % 7 is 0 ? 7 : (isoWeekday - today + 7) % 7,
            < 0 => back == 0 ? -7 : -back,
            _ => -back,
        };
        return AddDays(d, offset);
    }

    /// <summary>
    /// A named month: with الماضي the most recent such month strictly before the publication month,
    /// with المقبل the next one strictly after, with الجاري the one of the publication year; with
    /// nothing, the occurrence nearest to publication (ties go to the past).
    /// </summary>
    public static PartialDate? NamedMonth(PartialDate? pub, int month, int? direction)
    {
        if (!Has(pub, DatePrecision.Year)) return null;
        var p = pub!.Value;
        if (p.Precision == DatePrecision.Year) return direction is null or 0 ? new PartialDate(p.Year, month) : null;
        int year = direction switch
        {
            < 0 => month < p.Month ? p.Year : p.Year - 1,
            > 0 => month > p.Month ? p.Year : p.Year + 1,
            0 => p.Year,
            _ => Nearest(p, month),
        };
        return new PartialDate(year, month);
    }

    private static int Nearest(PartialDate p, int month)
    {
        int now = p.Year * 12 + p.Month, best = p.Year;
        foreach (int y in new[] { p.Year, p.Year - 1, p.Year + 1 })
            if (Math.Abs(y * 12 + month - now) < Math.Abs(best * 12 + month - now)) best = y;
        return best;
    }

    /// <summary>
    /// A season (spring = March–May, summer = June–August, autumn = September–November, winter =
    /// December–February, dated by the year of its January), as a year-precision date: with الماضي the
    /// last one that ended before the publication month, with المقبل the next one not yet begun, with
    /// الحالي the one running or nearest in the publication year.
    /// </summary>
    public static PartialDate? Season(PartialDate? pub, TimePart season, int direction)
    {
        if (!Has(pub, DatePrecision.Month)) return null;
        var p = pub!.Value;
        int first = season switch { TimePart.Spring => 3, TimePart.Summer => 6, TimePart.Autumn => 9, _ => 12 };
        int now = p.Year * 12 + p.Month - 1;
        // The occurrence starting in year y begins at month index y*12+first-1 and lasts three months.
        int start = p.Year * 12 + first - 1;
        if (direction < 0) { while (start + 2 >= now) start -= 12; }
        else if (direction > 0) { while (start <= now) start += 12; }
        else if (start - now > 6) start -= 12;
        int year = start / 12;
        return new PartialDate(season == TimePart.Winter ? year + 1 : year);
    }
}
