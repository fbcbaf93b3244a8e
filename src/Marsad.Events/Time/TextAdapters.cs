using System.Globalization;
using Marsad.Core.Model;
using Marsad.Events.Analysis;

namespace Marsad.Events.Time;

/// <summary>A time expression with its resolved value (null when it cannot be known).</summary>
public readonly record struct TimeExpr(TextSpan Span, PartialDate? Value);

/// <summary>A number with its value (scales such as مليار applied).</summary>
public readonly record struct NumberExpr(TextSpan Span, double Value);

/// <summary>
/// Minimal readers of numbers and dates used until the text stage's NumberFinder and
/// TimeExpressionFinder are available on main; they are replaced by calls to those.
/// Numbers: digits with an optional scale word. Dates: "عام 2015", month names of both systems with a
/// year or with الماضي/المقبل/الحالي, أمس, and الصيف/الشهر/العام الماضي, resolved against the publication date.
/// </summary>
public static class TextAdapters
{
    private static readonly Dictionary<string, int> s_months = new(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["كانون الثاني"] = 1, ["فبراير"] = 2, ["شباط"] = 2, ["مارس"] = 3, ["اذار"] = 3, ["ابريل"] = 4, ["نيسان"] = 4,
        ["مايو"] = 5, ["ايار"] = 5, ["يونيو"] = 6, ["حزيران"] = 6, ["يوليو"] = 7, ["تموز"] = 7, ["اغسطس"] = 8, ["اب"] = 8,
        ["سبتمبر"] = 9, ["ايلول"] = 9, ["اكتوبر"] = 10, ["تشرين الاول"] = 10, ["نوفمبر"] = 11, ["تشرين الثاني"] = 11, ["ديسمبر"] = 12, ["كانون الاول"] = 12,
    };

    public static List<NumberExpr> Numbers(Document doc)
    {
        var list = new List<NumberExpr>();
        var t = doc.Tokens;
        for (int i = 0; i < t.Count; i++)
        {
            if (t[i].Kind != TokenKind.Number) continue;
            var s = t[i].Norm.Replace('٫', '.').Replace(",", "");
            if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) continue;
            int end = i + 1;
            if (end < t.Count)
            {
                double scale = t[end].Norm switch
                {
                    "الف" or "الاف" or "الفا" => 1e3, "مليون" or "ملايين" => 1e6, "مليار" or "مليارات" => 1e9, _ => 1,
                };
                if (scale > 1) { v *= scale; end++; }
            }
            list.Add(new NumberExpr(new TextSpan(t[i].Start, t[end - 1].End), v));
        }
        return list;
    }

    public static List<TimeExpr> Times(Document doc)
    {
        var list = new List<TimeExpr>();
        var t = doc.Tokens;
        var pub = doc.Published;
        for (int i = 0; i < t.Count; i++)
        {
            var n = t[i].StemNorm;
            if (t[i].Kind == TokenKind.Number && t[i].Norm.Length == 4 && int.TryParse(t[i].Norm, out int y) && y is > 1900 and < 2100
                && i > 0 && t[i - 1].StemNorm is "عام" or "سنه" or "العام")
            {
                list.Add(new TimeExpr(new TextSpan(t[i - 1].Start, t[i].End), new PartialDate(y)));
                continue;
            }
            if (t[i].Norm is "امس" or "الامس")
            {
                list.Add(new TimeExpr(t[i].Span, pub is { Precision: DatePrecision.Day } p ? PartialDate.FromDate(p.Start.AddDays(-1)) : null));
                continue;
            }
            int month = 0, end = i + 1;
            if (end < t.Count && s_months.TryGetValue(n + " " + t[end].Norm, out int m2)) { month = m2; end++; }
            else if (s_months.TryGetValue(n, out int m1)) month = m1;
            if (month > 0)
            {
                // a second name of the same month after a slash: مايو/ أيار
                if (end + 1 < t.Count && doc.Text[t[end].Start] == '/' )
                {
                    if (end + 2 < t.Count && s_months.ContainsKey(t[end + 1].Norm + " " + t[end + 2].Norm)) end += 3;
                    else if (s_months.ContainsKey(t[end + 1].Norm)) end += 2;
                }
                PartialDate? value = null;
                if (end < t.Count && t[end].Kind == TokenKind.Number && int.TryParse(t[end].Norm, out int yy) && yy > 1900) { value = new PartialDate(yy, month); end++; }
                else if (pub is { } p && end < t.Count && t[end].Norm is "الماضي" or "المقبل" or "القادم" or "الحالي" or "الجاري")
                {
                    int year = t[end].Norm switch
                    {
                        "الماضي" => month >= p.Month && p.Month > 0 ? p.Year - 1 : p.Year,
                        "المقبل" or "القادم" => month <= p.Month ? p.Year + 1 : p.Year,
                        _ => p.Year,
                    };
                    value = new PartialDate(year, month); end++;
                }
                if (i > 0 && t[i - 1].Kind == TokenKind.Number && int.TryParse(t[i - 1].Norm, out int day) && day is >= 1 and <= 31 && value is { } v && end <= t.Count)
                    value = new PartialDate(v.Year, v.Month, day);
                list.Add(new TimeExpr(new TextSpan(t[i].Start, t[end - 1].End), value));
                i = end - 1;
                continue;
            }
            if (pub is { } pd && i + 1 < t.Count && t[i + 1].Norm == "الماضي")
            {
                PartialDate? v = n switch
                {
                    "صيف" or "ربيع" or "خريف" or "شتاء" or "عام" => new PartialDate(pd.Year - 1),
                    "شهر" when pd.Month > 0 => PartialDate.FromDate(pd.Start.AddMonths(-1)) with { Day = 0 },
                    _ => null,
                };
                if (v is not null) { list.Add(new TimeExpr(new TextSpan(t[i].Start, t[i + 1].End), v)); i++; }
            }
        }
        return list;
    }
}
