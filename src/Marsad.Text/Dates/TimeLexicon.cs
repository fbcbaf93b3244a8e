using Marsad.Text.Data;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Dates;

public enum TimeUnit : byte { Day, Week, Month, Year }

/// <summary>A month name: its number and whether it needs date context (مارس is also a verb).</summary>
public readonly record struct MonthName(int Month, bool NeedsContext);

/// <summary>
/// The time vocabulary, loaded once from data/text: months.tsv (both month-name systems and the
/// Maghrebi forms, from CLDR), weekdays.tsv and time_words.tsv (relative words and period words).
/// </summary>
public sealed class TimeLexicon
{
    public static TimeLexicon Default { get; } = new();

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
    /// <summary>أيام، يومين، أسبوع …: a unit and its own count (0 when a number must precede it).</summary>
    public PhraseTable<(TimeUnit Unit, int Count)> Durations { get; }
    /// <summary>Nouns after which العام means "general" (الأمين العام).</summary>
    public PhraseTable<int> Adjectival { get; }

    private TimeLexicon()
    {
        Months = new(TextData.Rows("months.tsv", 4).Select(r =>
            (r.Cells[1], new MonthName(Month(r.Line, r.Cells[0]), r.Cells[3] == "yes"))));
        Weekdays = new(TextData.Rows("weekdays.tsv", 2).Select(r =>
            (r.Cells[1], (int)TextData.ParseNumber("weekdays.tsv", r.Line, r.Cells[0]))));
        var words = TextData.Rows("time_words.tsv", 3).ToList();
        IEnumerable<(string, T)> Of<T>(string kind, Func<int, string, T> parse) =>
            words.Where(w => w.Cells[0] == kind).Select(w => (w.Cells[1], parse(w.Line, w.Cells[2])));
        var unknown = words.FirstOrDefault(w => w.Cells[0] is not ("day" or "unit" or "direction" or "this" or "part" or "season" or "prefix" or "preposition" or "adjective" or "notday" or "ago" or "duration" or "ordinal"));
        if (unknown.Cells is not null) throw new InvalidDataException($"data/text/time_words.tsv:{unknown.Line}: unknown kind '{unknown.Cells[0]}'");
        Days = new(Of("day", Int));
        Units = new(Of("unit", Enum<TimeUnit>));
        Directions = new(Of("direction", Int));
        This = new(Of("this", Int));
        Parts = new(Of("part", Enum<TimePart>));
        Seasons = new(Of("season", Enum<TimePart>));
        Prefixes = new(Of("prefix", Enum<TimeUnit>));
        Prepositions = new(Of("preposition", Enum<TimeUnit>));
        Adjectival = new(Of("adjective", (_, _) => 0));
        NotDay = new(Of("notday", (_, _) => 0));
        Ago = new(Of("ago", Int));
        Ordinals = new(Of("ordinal", Int));
        Durations = new(Of("duration", Duration));
        FirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
                Months.FirstWords.Concat(Weekdays.FirstWords).Concat(Days.FirstWords).Concat(Units.FirstWords).Concat(This.FirstWords)
                    .Concat(Parts.FirstWords).Concat(Seasons.FirstWords).Concat(Prefixes.FirstWords).Concat(Ago.FirstWords).Concat(Ordinals.FirstWords), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first words of every table: a token that is none of them (and no number) starts no expression.</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords { get; }

    private static int Month(int line, string cell) =>
        int.TryParse(cell, out int m) && m is >= 1 and <= 12 ? m : throw new InvalidDataException($"data/text/months.tsv:{line}: bad month '{cell}'");

    private static (TimeUnit, int) Duration(int line, string cell)
    {
        var parts = cell.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], out int count) && count >= 0) return (Enum<TimeUnit>(line, parts[0]), count);
        throw new InvalidDataException($"data/text/time_words.tsv:{line}: expected unit:count, got '{cell}'");
    }

    private static int Int(int line, string cell) => (int)TextData.ParseNumber("time_words.tsv", line, cell);

    private static T Enum<T>(int line, string cell) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(cell, ignoreCase: true, out var v) ? v
            : throw new InvalidDataException($"data/text/time_words.tsv:{line}: unknown value '{cell}'");
}
