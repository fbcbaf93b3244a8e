using Marsad.Text.Normalization;
using Marsad.Text.Data;
using Marsad.Text.Numbers;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Dates;

public enum TimeUnit : byte { Day, Week, Month, Year }

/// <summary>A month name: its number and whether it needs date context (مارس is also a verb).</summary>
public readonly record struct MonthName(int Month, bool NeedsContext);

/// <summary>
/// The time vocabulary of data/text: months.tsv (both month-name systems and the Maghrebi forms, from
/// CLDR), weekdays.tsv and time_words.tsv (relative words and period words). Immutable and thread-safe.
/// </summary>
public sealed class TimeLexicon
{
    public PhraseTable<MonthName> Months { get; }
    public PhraseTable<int> Weekdays { get; }
    /// <summary>أمس → -1, أول أمس → -2, اليوم → 0, غدا → 1.</summary>
    public PhraseTable<int> Days { get; }
    public PhraseTable<TimeUnit> Units { get; }
    /// <summary>الماضي → -1, الجاري → 0, المقبل → 1.</summary>
    public PhraseTable<int> Directions { get; }
    /// <summary>هذا / هذه before a unit.</summary>
    public PhraseTable<int> This { get; }
    public PhraseTable<TimePart> Parts { get; }
    public PhraseTable<TimePart> Seasons { get; }
    /// <summary>شهر، عام، سنة، يوم، الموافق: words that introduce a month, a year or a day and belong to the expression.</summary>
    public PhraseTable<TimeUnit> Prefixes { get; }
    /// <summary>في، منذ، خلال …: words after which a bare four-digit number is a year.</summary>
    public PhraseTable<TimeUnit> Prepositions { get; }
    /// <summary>Words after which اليوم means "the day", not "today" (اليوم الأول).</summary>
    public PhraseTable<int> NotDay { get; }
    /// <summary>الأول: an ordinal day before من + month.</summary>
    public PhraseTable<int> Ordinals { get; }
    /// <summary>قبل، منذ: before a duration counted back from publication.</summary>
    public PhraseTable<int> Ago { get; }
    /// <summary>منذ: before a point in time, the start of a span lasting until now (value = how many words may stand between).</summary>
    public PhraseTable<int> Since { get; }
    /// <summary>اعتبارا من، ابتداء من …: right before the time a measure takes effect (value = how many words may stand between).</summary>
    public PhraseTable<int> From { get; }
    /// <summary>حتى: right before a point in time, the end of a span.</summary>
    public PhraseTable<int> Until { get; }
    /// <summary>صباح، مساء، ليل …: a part of the day before a day word.</summary>
    public PhraseTable<int> DayParts { get; }
    /// <summary>أيام، يومين، أسبوع …: a unit and its own count (0 when a number must precede it).</summary>
    public PhraseTable<(TimeUnit Unit, int Count)> Durations { get; }
    /// <summary>Nouns after which العام means "general" (الأمين العام).</summary>
    public PhraseTable<int> Adjectival { get; }

    /// <summary>من joining a day to its month or a month to its year (normalised, matched as written).</summary>
    public System.Collections.Frozen.FrozenSet<string> OfWords { get; }
    /// <summary>من، على after "ago" and a duration: a span before something, not a date.</summary>
    public System.Collections.Frozen.FrozenSet<string> SpanWords { get; }
    /// <summary>محرم … ذو الحجة: the months of the Hijri calendar, by number.</summary>
    public PhraseTable<int> HijriMonths { get; }
    /// <summary>هـ right after a year: a Hijri year.</summary>
    public System.Collections.Frozen.FrozenSet<string> HijriMarks { get; }
    /// <summary>م right after a year: the Common Era.</summary>
    public System.Collections.Frozen.FrozenSet<string> EraMarks { get; }

    /// <summary>The reader of the counts in durations (قبل ثلاثة أيام).</summary>
    public NumberFinder Numbers { get; }

    /// <param name="rows">The lines of a data/text table by file name.</param>
    /// <param name="numbers">The number reader of the same tables.</param>
    public TimeLexicon(Func<string, IEnumerable<LexiconLine>> rows, NumberFinder numbers)
    {
        Numbers = numbers;
        Months = new(LexiconFile.Rows(rows("months.tsv"), 4).Select(r =>
            (r.Fields[1], new MonthName(Month(r), r.Fields[3] == "yes"))));
        Weekdays = new(LexiconFile.Rows(rows("weekdays.tsv"), 2).Select(r =>
            (r.Fields[1], (int)r.NumberAt(0))));
        var words = LexiconFile.Rows(rows("time_words.tsv"), 3).ToList();
        IEnumerable<(string, T)> Of<T>(string kind, Func<LexiconLine, T> parse) =>
            words.Where(w => w.Fields[0] == kind).Select(w => (w.Fields[1], parse(w)));
        var unknown = words.FirstOrDefault(w => w.Fields[0] is not ("day" or "unit" or "direction" or "this" or "part" or "season" or "prefix" or "preposition" or "adjective" or "notday" or "ago" or "duration" or "ordinal" or "of" or "span" or "since" or "from" or "until" or "daypart" or "hijri" or "hijri_month" or "era"));
        if (unknown.Fields is not null) throw unknown.Error($"unknown kind '{unknown.Fields[0]}'");
        Days = new(Of("day", Int));
        Units = new(Of("unit", Enum<TimeUnit>));
        Directions = new(Of("direction", Int));
        This = new(Of("this", Int));
        Parts = new(Of("part", Enum<TimePart>));
        Seasons = new(Of("season", Enum<TimePart>));
        Prefixes = new(Of("prefix", Enum<TimeUnit>));
        Prepositions = new(Of("preposition", Enum<TimeUnit>));
        Adjectival = new(Of("adjective", _ => 0));
        NotDay = new(Of("notday", _ => 0));
        Ago = new(Of("ago", Int));
        Since = new(Of("since", Int));
        From = new(Of("from", Int));
        Until = new(Of("until", Int));
        DayParts = new(Of("daypart", _ => 0));
        Ordinals = new(Of("ordinal", Int));
        HijriMonths = new(Of("hijri_month", Int));
        Durations = new(Of("duration", Duration));
        System.Collections.Frozen.FrozenSet<string> Words(string kind) => System.Collections.Frozen.FrozenSet.ToFrozenSet(
            words.Where(w => w.Fields[0] == kind).Select(w => ArabicNormalizer.Normalize(w.Fields[1])), StringComparer.Ordinal);
        OfWords = Words("of");
        SpanWords = Words("span");
        HijriMarks = Words("hijri");
        EraMarks = Words("era");
        FirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
                Months.FirstWords.Concat(Weekdays.FirstWords).Concat(Days.FirstWords).Concat(Units.FirstWords).Concat(This.FirstWords)
                    .Concat(Parts.FirstWords).Concat(Seasons.FirstWords).Concat(Prefixes.FirstWords).Concat(Ago.FirstWords).Concat(Ordinals.FirstWords), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first words of every table: a token that is none of them (and no number) starts no expression.</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords { get; }

    private static int Month(LexiconLine l) =>
        int.TryParse(l.Fields[0], out int m) && m is >= 1 and <= 12 ? m : throw l.Error($"bad month '{l.Fields[0]}'");

    private static (TimeUnit, int) Duration(LexiconLine l)
    {
        var parts = l.Fields[2].Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], out int count) && count >= 0) return (Enum<TimeUnit>(l, parts[0]), count);
        throw l.Error($"expected unit:count, got '{l.Fields[2]}'");
    }

    private static int Int(LexiconLine l) => (int)l.NumberAt(2);

    private static T Enum<T>(LexiconLine l) where T : struct, System.Enum => Enum<T>(l, l.Fields[2]);

    private static T Enum<T>(LexiconLine l, string cell) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(cell, ignoreCase: true, out var v) ? v : throw l.Error($"unknown value '{cell}'");
}
