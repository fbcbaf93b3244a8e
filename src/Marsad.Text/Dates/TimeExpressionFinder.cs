using Marsad.Core.Model;
using Marsad.Text.Numbers;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Dates;

/// <summary>
/// Finds time expressions and resolves them to Gregorian dates against the publication date:
/// full dates (25 أبريل 2018، الحادي عشر من سبتمبر 2001، 2018/4/25، ٢٥-٤-٢٠١٨، الاثنين 25 أبريل; Hijri ones,
/// 1436/10/20 هـ، 20 شوال 1436 هـ, by the Umm al-Qura calendar), days of a month named from publication
/// (الخامس من الشهر الجاري), months with a year
/// (أبريل/نيسان 2018، مارس من العام الماضي), years (عام 2015، في 2017), relative days (أمس، أول أمس،
/// غدا، أمس الاثنين), weekdays (الاثنين الماضي), units (الأسبوع/الشهر/العام الماضي، هذا العام),
/// named months with a direction (أكتوبر/ تشرين الأول الماضي), seasons (الصيف الماضي) and periods
/// (مطلع يناير الماضي، أواخر العام، النصف الأول من شهر مايو المقبل). Expressions do not overlap and
/// come in text order.
/// </summary>
public static class TimeExpressionFinder
{
    public static List<TimeExpression> Find(Document doc, TimeLexicon lexicon) =>
        Find(doc.Text, doc.Tokens.Count > 0 ? doc.Tokens : Tokenizer.Tokenize(doc.Text), doc.Published, lexicon);

    public static List<TimeExpression> Find(string text, IReadOnlyList<Token> tokens, PartialDate? published, TimeLexicon lexicon)
    {
        var m = new Matcher(text, tokens, published, lexicon);
        var found = new List<TimeExpression>();
        var first = lexicon.FirstWords;
        for (int i = 0, previousEnd = 0; i < tokens.Count;)
        {
            var t = tokens[i];
            bool candidate = t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && TokenKeys.IsAnyOf(first, t));
            if (candidate && m.TryAt(i, out var expr, out int end))
            {
                found.Add(m.WithSpan(expr, i, previousEnd));
                i = previousEnd = end;
            }
            else i++;
        }
        return found;
    }

    /// <summary>One reading: the token range [.., End), the value and whether it is relative.</summary>
    private readonly record struct Reading(int End, PartialDate? Value, bool Relative, TimePart Part = TimePart.None);

    private readonly struct Matcher(string text, IReadOnlyList<Token> tokens, PartialDate? pub, TimeLexicon lex)
    {
        public bool TryAt(int i, out TimeExpression expr, out int end)
        {
            expr = default; end = i;
            Reading r;
            if (lex.Parts.TryMatch(tokens, i, bare: true, out var part, out int j))
            {
                // مطلع يناير الماضي، أواخر العام، النصف الأول من شهر مايو المقبل
                if (!Core(j, periodBefore: true, out r)) return false;
                r = r with { Part = r.Part == TimePart.None ? part : r.Part };
            }
            else if (!Core(i, periodBefore: false, out r)) return false;
            end = r.End;
            expr = new TimeExpression(new TextSpan(StartOf(tokens[i]), tokens[end - 1].End), r.Value, r.Relative, r.Part);
            return true;
        }

        /// <summary>
        /// The expression at <paramref name="i"/> read with the span word before it (data/text time_words.tsv), not
        /// across punctuation or back into the previous expression (<paramref name="notBefore"/>). Right after a
        /// from-word (اعتبارا من السبت) it is when a measure takes effect, the clause's time. After a since-word it
        /// opens a span lasting until now: a named month there is a past one (منذ أغسطس in July), and it is the
        /// bound of the span (<see cref="TimeExpression.Bound"/>), not the clause's time — the span's start is not
        /// when a tally over it or a "first since" happened (قتل 250 ألفا منذ مارس 2011) — unless it is a day of
        /// the news week right after the word (منذ صباح أمس): the span is then the news days, and the day dates the
        /// clause. After an until-word (حتى نهاية العام) it is the bound of a span.
        /// </summary>
        public TimeExpression WithSpan(TimeExpression expr, int i, int notBefore)
        {
            for (int k = i - 1; k >= notBefore && i - k <= BoundLookBack; k--)
            {
                if (tokens[k].Kind == TokenKind.Punctuation) return expr;
                if (lex.From.TryMatch(tokens, k, bare: true, out int reach, out int end) && end <= i && i - end <= reach && OnlyDayParts(end, i))
                    return expr;
                if (lex.Until.TryMatch(tokens, k, bare: true, out reach, out end) && end <= i && i - end <= reach)
                    return expr with { Bound = SpanOf(k, end) };
                if (!lex.Since.TryMatch(tokens, k, bare: true, out reach, out end) || end > i || i - end > reach) continue;
                if (!OnlyDayParts(end, i)) return expr with { Bound = SpanOf(k, end) };
                var past = Past(expr);
                return InNewsWeek(past) ? past : past with { Bound = SpanOf(k, end) };
            }
            return expr;
        }

        private TextSpan SpanOf(int from, int to) => new(StartOf(tokens[from]), tokens[to - 1].End);

        /// <summary>The expression as a time before publication: a named month later than it is the year before's.</summary>
        private TimeExpression Past(TimeExpression expr) =>
            expr is { Relative: true, Value: { Precision: DatePrecision.Month } v } && pub is { } p && v.Start > p.Start
                ? expr with { Value = new PartialDate(v.Year - 1, v.Month) } : expr;

        /// <summary>A day of the week up to publication: the days a news report tells.</summary>
        private bool InNewsWeek(TimeExpression expr) =>
            expr.Value is { Precision: DatePrecision.Day } d && pub is { Precision: DatePrecision.Day } p
            && d.Start <= p.Start && d.Start.DayNumber >= p.Start.DayNumber - TimeExpression.NewsDays;

        /// <summary>Whether the tokens [from, to) are parts of the day (منذ صباح أمس) or nothing.</summary>
        private bool OnlyDayParts(int from, int to)
        {
            while (from < to && lex.DayParts.TryMatch(tokens, from, bare: false, out _, out int next) && next <= to) from = next;
            return from == to;
        }

        /// <summary>How far back a bound word is looked for (each word's own reach, from the data, is shorter).</summary>
        private const int BoundLookBack = 10;

        /// <summary>Proclitics (وأمس، وفي) stay outside the span unless the word itself is in the lexicon (فبراير).</summary>
        private int StartOf(Token t)
        {
            var n = t.Norm;
            bool known = lex.Months.ContainsWord(n) || lex.Weekdays.ContainsWord(n) || lex.Days.ContainsWord(n) || lex.Units.ContainsWord(n)
                || lex.This.ContainsWord(n) || lex.Parts.ContainsWord(n) || lex.Seasons.ContainsWord(n) || lex.Prefixes.ContainsWord(n);
            if (t.Proclitics.Length == 0 || known) return t.Start;
            return TokenKeys.BareStart(text, t);
        }

        private bool Core(int i, bool periodBefore, out Reading r) =>
            DayWord(i, out r) || Ago(i, out r) || Weekday(i, out r) || NumericDate(i, out r) || HijriDate(i, out r) || MonthExpression(i, periodBefore, out r)
            || UnitExpression(i, out r) || SeasonExpression(i, out r) || Year(i, periodBefore, out r);

        // أمس، اليوم، غدا، أول أمس — optionally with the weekday that names the same day (أمس الاثنين).
        private bool DayWord(int i, out Reading r)
        {
            r = default;
            int at = lex.Prefixes.TryMatch(tokens, i, bare: true, out var unit, out int p) && unit == TimeUnit.Day ? p : i; // يوم أمس
            if (!lex.Days.TryMatch(tokens, at, bare: at == i, out int offset, out int j)) return false;
            if (offset == 0 && lex.NotDay.TryMatch(tokens, j, bare: false, out _, out _)) return false; // اليوم الأول
            var value = RelativeDates.Days(pub, offset);
            if (lex.Weekdays.TryMatch(tokens, j, bare: false, out int iso, out int k))
            {
                j = k;
                // أمس الاثنين in a report published a day or two after it was written (the metadata date is
                // the later one): the weekday the writer wrote names the day, the one nearest the day word's — but a
                // past day word's never after the publication (أمس الأحد in a crawl dated the Saturday after: the Sunday before)
                if (value is { } v && (IsoWeekday(v.Start) - iso + 7) % 7 is var back and not 0)
                {
                    value = RelativeDates.Days(v, back <= 3 ? -back : 7 - back);
                    if (offset < 0 && value is { } f && pub is { } published && f.Start > published.Start) value = RelativeDates.Days(v, -back);
                }
            }
            r = new Reading(j, value, true);
            return true;
        }

        private static int IsoWeekday(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

        // قبل يومين، قبل ثلاثة أيام، منذ عامين، قبل 15 يوما — counted back from publication. Not when the
        // duration is anchored to something else (قبل ثلاثة أيام من الانتخابات), is a year (منذ عام 2011) or a
        // named month (منذ شهر مايو).
        private bool Ago(int i, out Reading r)
        {
            r = default;
            if (!lex.Ago.TryMatch(tokens, i, bare: true, out int sign, out int j)) return false;
            double count = 0;
            if (j < tokens.Count && lex.Numbers.TryRead(text, tokens, j, out var number, out int k) && !number.Approximate)
            {
                count = number.Value; j = k;
            }
            if (!lex.Durations.TryMatch(tokens, j, bare: false, out var duration, out int end)) return false;
            if (count == 0) count = duration.Count;
            else if (duration.Count == 2) return false;
            if (count is < 1 or > 1000 || count != Math.Floor(count)) return false;
            if (end < tokens.Count && (lex.SpanWords.Contains(tokens[end].Norm) || YearToken(end) > 0)) return false;
            // منذ شهر مايو، منذ شهر رمضان: "the month of May", not a month ago
            if (lex.Months.TryMatch(tokens, end, bare: false, out _, out _) || lex.HijriMonths.TryMatch(tokens, end, bare: false, out _, out _)) return false;
            int n = sign * (int)count;
            var value = duration.Unit switch
            {
                TimeUnit.Day => RelativeDates.Days(pub, n),
                TimeUnit.Week => RelativeDates.Days(pub, 7 * n),
                TimeUnit.Month => RelativeDates.Months(pub, n),
                _ => RelativeDates.Years(pub, n),
            };
            r = new Reading(end, value, true);
            return true;
        }

        // [يوم] الاثنين [الماضي|المقبل] or [يوم] الاثنين [الموافق] 25 أبريل 2018
        private bool Weekday(int i, out Reading r)
        {
            r = default;
            int j = i;
            if (lex.Prefixes.TryMatch(tokens, j, bare: true, out var unit, out int k) && unit == TimeUnit.Day) j = k;
            if (!lex.Weekdays.TryMatch(tokens, j, bare: j == i, out int iso, out j)) return false;
            int dateAt = lex.Prefixes.TryMatch(tokens, j, bare: false, out var u2, out k) && u2 == TimeUnit.Day ? k : j;
            if (NumericDate(dateAt, out r) || (MonthExpression(dateAt, false, out r) && r.Value?.Precision == DatePrecision.Day))
                return true;
            int? direction = null;
            if (lex.Directions.TryMatch(tokens, j, bare: false, out int dir, out k)) { direction = dir; j = k; }
            r = new Reading(j, RelativeDates.Weekday(pub, iso, direction), true);
            return true;
        }

        // الشهر الماضي، العام المقبل، السنة الجارية، الأسبوع الماضي، هذا العام
        private bool UnitExpression(int i, out Reading r)
        {
            r = default;
            int direction, j;
            if (lex.This.TryMatch(tokens, i, bare: true, out _, out int k) && lex.Units.TryMatch(tokens, k, bare: false, out var unit, out j))
                direction = 0;
            else if (lex.Units.TryMatch(tokens, i, bare: true, out unit, out k) && lex.Directions.TryMatch(tokens, k, bare: false, out direction, out j))
            {
                // الأمين العام الحالي: here العام is the adjective "general".
                if (unit == TimeUnit.Year && i > 0 && lex.Adjectival.TryMatch(tokens, i - 1, bare: true, out _, out _)) return false;
            }
            else return false;
            var value = unit switch
            {
                TimeUnit.Week => RelativeDates.Weeks(pub, direction),
                TimeUnit.Month => RelativeDates.Months(pub, direction),
                TimeUnit.Year => RelativeDates.Years(pub, direction),
                _ => RelativeDates.Days(pub, direction),
            };
            r = new Reading(j, value, true);
            return true;
        }

        // الصيف الماضي، الشتاء المقبل، صيف 2018، صيف العام الماضي
        private bool SeasonExpression(int i, out Reading r)
        {
            r = default;
            if (!lex.Seasons.TryMatch(tokens, i, bare: true, out var season, out int j)) return false;
            if (lex.Directions.TryMatch(tokens, j, bare: false, out int dir, out int k))
            {
                r = new Reading(k, RelativeDates.Season(pub, season, dir), true, season);
                return true;
            }
            if (YearAfter(j, out var year)) { r = year with { Part = season }; return true; }
            return false;
        }

        // [25|الأول] [من] [شهر] أبريل[/ نيسان] [[من] [عام] 2018 | من العام الماضي | الماضي]
        private bool MonthExpression(int i, bool periodBefore, out Reading r)
        {
            r = default;
            if (i >= tokens.Count) return false;
            int j = i, day = 0;
            bool context = periodBefore || (i > 0 && lex.Prepositions.TryMatch(tokens, i - 1, bare: true, out _, out _)), of = false;
            if (tokens[j].Kind == TokenKind.Number)
            {
                day = IntToken(j, 2);
                if (day is < 1 or > 31) return false;
                j++;
                if (j < tokens.Count && lex.OfWords.Contains(tokens[j].Norm)) { j++; of = true; }
                context = true;
            }
            else if (lex.Ordinals.TryMatch(tokens, j, bare: false, out int ordinal, out int k0) && k0 < tokens.Count && lex.OfWords.Contains(tokens[k0].Norm)
                     && !(i > 0 && lex.Units.TryMatch(tokens, i - 1, bare: true, out _, out _)))
            {
                day = ordinal; j = k0 + 1; context = of = true; // الأول من يناير (but not الأسبوع الأول من يناير)
            }
            // الخامس من الشهر الجاري، 25 من الشهر الماضي: a day of a month named from the publication's
            if (of && IsMonthUnit(j) && UnitExpression(j, out var ofMonth) && ofMonth.Value is { Precision: DatePrecision.Month } om)
            {
                r = new Reading(ofMonth.End, WithDay(om.Year, om.Month, day), true);
                return true;
            }
            if (lex.Prefixes.TryMatch(tokens, j, bare: j == i, out var unit, out int k) && unit == TimeUnit.Month) { j = k; context = true; }
            if (!lex.Months.TryMatch(tokens, j, bare: j == i, out var month, out j)) return false;
            // The written pair of both systems: مايو/ أيار، أيار (مايو)
            int pairAt = j < tokens.Count && tokens[j].Norm is "/" or "(" or "-" ? j + 1 : j;
            if (pairAt > j && lex.Months.TryMatch(tokens, pairAt, bare: false, out var other, out k) && other.Month == month.Month)
            {
                j = k < tokens.Count && tokens[k].Norm == ")" && tokens[j].Norm == "(" ? k + 1 : k;
                context = true;
            }
            PartialDate? value;
            bool relative;
            if (YearAfter(j, out var year))
            {
                j = year.End; relative = year.Relative;
                value = year.Value is { } y ? WithDay(y.Year, month.Month, day) : null;
            }
            else if (lex.Directions.TryMatch(tokens, j, bare: false, out int dir, out k))
            {
                j = k; relative = true;
                value = RelativeDates.NamedMonth(pub, month.Month, dir) is { } m ? WithDay(m.Year, m.Month, day) : null;
            }
            else
            {
                if (month.NeedsContext && !context) return false;
                relative = true;
                value = RelativeDates.NamedMonth(pub, month.Month, null) is { } m ? WithDay(m.Year, m.Month, day) : null;
            }
            r = new Reading(j, value, relative);
            return true;
        }

        // After a month or a season: 2018، عام 2018، من عام 2018، 2018م، من العام الماضي، من هذا العام
        private bool YearAfter(int j, out Reading r)
        {
            r = default;
            if (j < tokens.Count && lex.OfWords.Contains(tokens[j].Norm)) j++;
            if (j >= tokens.Count) return false;
            if (UnitExpression(j, out var u) && u.End > j && IsYearUnit(j)) { r = u; return true; }
            if (lex.Prefixes.TryMatch(tokens, j, bare: false, out var unit, out int k) && unit == TimeUnit.Year) j = k;
            int y = YearToken(j);
            if (y < 0) return false;
            r = new Reading(AfterEra(j + 1), new PartialDate(y), false);
            return true;
        }

        private bool IsMonthUnit(int j) =>
            (lex.Units.TryMatch(tokens, j, bare: true, out var u, out _) && u == TimeUnit.Month)
            || (lex.This.TryMatch(tokens, j, bare: true, out _, out int k) && lex.Units.TryMatch(tokens, k, bare: false, out u, out _) && u == TimeUnit.Month);

        private bool IsYearUnit(int j) =>
            (lex.Units.TryMatch(tokens, j, bare: true, out var u, out _) && u == TimeUnit.Year)
            || (lex.This.TryMatch(tokens, j, bare: true, out _, out int k) && lex.Units.TryMatch(tokens, k, bare: false, out u, out _) && u == TimeUnit.Year);

        // عام 2015، العام 2015، سنة ٢٠١٥م; after في/منذ/خلال or a period word a bare 1900–2100 is a year.
        private bool Year(int i, bool periodBefore, out Reading r)
        {
            r = default;
            int j = i;
            bool prefixed = lex.Prefixes.TryMatch(tokens, i, bare: true, out var unit, out int k) && unit == TimeUnit.Year;
            if (prefixed) j = k;
            int y = YearToken(j);
            if (y < 0) return false;
            bool licensed = periodBefore || (i > 0 && lex.Prepositions.TryMatch(tokens, i - 1, bare: true, out _, out _));
            if (!prefixed && !(licensed && y is >= 1900 and <= 2100))
                return false;
            r = new Reading(AfterEra(j + 1), new PartialDate(y), false);
            return true;
        }

        // 2018/4/25، 25/4/2018، ٢٥-٤-٢٠١٨، 25.04.2018 (day first, as Arabic writes it)
        private bool NumericDate(int i, out Reading r)
        {
            r = default;
            if (i >= tokens.Count || tokens[i].Kind != TokenKind.Number) return false;
            Span<int> parts = stackalloc int[3];
            Span<int> widths = stackalloc int[3];
            int n = 0, j = i;
            var t = tokens[i];
            var s = text.AsSpan(t.Start, t.Span.Length);
            if (s.Count('.') == 2)
            {
                // The tokenizer keeps 25.04.2018 as one number token.
                foreach (var range in s.Split('.'))
                {
                    widths[n] = s[range].Length;
                    parts[n++] = DigitNumber.ParseInt(s[range], 4);
                }
                j = i + 1;
            }
            else
            {
                char sep = '\0';
                while (n < 3 && j < tokens.Count && tokens[j].Kind == TokenKind.Number)
                {
                    widths[n] = tokens[j].Span.Length;
                    parts[n++] = IntToken(j, 4);
                    j++;
                    if (n == 3) break;
                    // the separator must touch both numbers and be the same each time
                    if (j + 1 >= tokens.Count || tokens[j].Span.Length != 1 || tokens[j].Start != tokens[j - 1].End
                        || tokens[j + 1].Start != tokens[j].End || text[tokens[j].Start] is not ('/' or '-' or '.')) break;
                    if (sep != '\0' && text[tokens[j].Start] != sep) break;
                    sep = text[tokens[j].Start];
                    j++;
                }
            }
            if (n != 3 || parts[0] < 0 || parts[1] < 0 || parts[2] < 0) return false;
            int y, m, d;
            if (widths[0] == 4) (y, m, d) = (parts[0], parts[1], parts[2]);
            else if (widths[2] == 4) (d, m, y) = (parts[0], parts[1], parts[2]);
            else return false;
            if (m > 12 && d <= 12) (d, m) = (m, d);
            // 1436/10/20 هـ: a date of the Hijri calendar (no news dates a day of the Gregorian 14th century)
            if (y is >= HijriFirstYear and <= HijriLastYear)
            {
                if (!FromHijri(y, m, d, out var g)) return false;
                r = new Reading(AfterHijriMark(j), g, false);
                return true;
            }
            if (y is < 1000 or > 2999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
            r = new Reading(j, new PartialDate(y, m, d), false);
            return true;
        }

        // 20 شوال 1436 هـ، 5 رمضان 1436: a day of a Hijri month and year
        private bool HijriDate(int i, out Reading r)
        {
            r = default;
            int day = IntToken(i, 2);
            if (day is < 1 or > 30 || !lex.HijriMonths.TryMatch(tokens, i + 1, bare: false, out int month, out int j)) return false;
            if (j >= tokens.Count || tokens[j].Kind != TokenKind.Number || tokens[j].Span.Length != 4) return false;
            int y = IntToken(j, 4);
            if (y is < HijriFirstYear or > HijriLastYear || !FromHijri(y, month, day, out var g)) return false;
            r = new Reading(AfterHijriMark(j + 1), g, false);
            return true;
        }

        /// <summary>The years the Umm al-Qura calendar (Saudi Arabia's official one, the Hijri dates of its press) covers.</summary>
        private const int HijriFirstYear = 1318, HijriLastYear = 1500;

        private static readonly System.Globalization.UmAlQuraCalendar UmAlQura = new();

        private static bool FromHijri(int y, int m, int d, out PartialDate date)
        {
            date = default;
            if (m is < 1 or > 12 || d < 1 || d > UmAlQura.GetDaysInMonth(y, m)) return false;
            date = PartialDate.FromDate(DateOnly.FromDateTime(UmAlQura.ToDateTime(y, m, d, 0, 0, 0, 0)));
            return true;
        }

        /// <summary>Skips a هـ written right after a Hijri year.</summary>
        private int AfterHijriMark(int j) =>
            j < tokens.Count && lex.HijriMarks.Contains(tokens[j].Norm) && tokens[j].Start - tokens[j - 1].End <= 1 ? j + 1 : j;

        /// <summary>A four-digit year token (1000–2999) not followed by هـ (a Hijri year), else -1.</summary>
        private int YearToken(int j)
        {
            if (j >= tokens.Count || tokens[j].Kind != TokenKind.Number || tokens[j].Span.Length != 4) return -1;
            if (j + 1 < tokens.Count && lex.HijriMarks.Contains(tokens[j + 1].Norm) && tokens[j + 1].Start - tokens[j].End <= 1) return -1;
            int y = IntToken(j, 4);
            return y is >= 1000 and <= 2999 ? y : -1;
        }

        /// <summary>Skips a "م" (ميلادي, AD) written right after a year.</summary>
        private int AfterEra(int j) =>
            j < tokens.Count && lex.EraMarks.Contains(tokens[j].Norm) && tokens[j].Start - tokens[j - 1].End <= 1 ? j + 1 : j;

        private int IntToken(int j, int maxDigits) =>
            j < tokens.Count && tokens[j].Kind == TokenKind.Number ? DigitNumber.ParseInt(text.AsSpan(tokens[j].Start, tokens[j].Span.Length), maxDigits) : -1;

        private static PartialDate WithDay(int year, int month, int day) =>
            day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : new PartialDate(year, month);
    }
}
