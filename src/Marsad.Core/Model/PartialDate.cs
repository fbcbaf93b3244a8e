using System.Globalization;

namespace Marsad.Core.Model;

public enum DatePrecision { Year, Month, Day }

/// <summary>A calendar date known to year, month or day precision ("2018", "2018-05", "2018-05-03").</summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0)
{
    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>The first day the date can denote (for ordering and arithmetic).</summary>
    public DateOnly Start => new(Year, Month == 0 ? 1 : Month, Day == 0 ? 1 : Day);

    /// <summary>The last day the date can denote.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Start,
        DatePrecision.Month => new(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new(Year, 12, 31),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Whether this period holds the other (2015-08 holds 2015-08-04 and itself).</summary>
    public bool Holds(PartialDate other) => Start <= other.Start && other.End <= End;

    public string PrecisionName => Precision.ToString().ToLowerInvariant();

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; a time part after 'T' or a space is ignored.</summary>
    public static bool TryParse(string? s, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        int cut = s.IndexOfAny(['T', ' ']);
        if (cut > 0) s = s[..cut];
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int y) || parts[0].Length != 4 || y < 1) return false;
        int m = 0, d = 0;
        if (parts.Length >= 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out m) || m is < 1 or > 12)) return false;
        if (parts.Length == 3 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out d) || d < 1 || d > DateTime.DaysInMonth(y, m))) return false;
        date = new PartialDate(y, m, d);
        return true;
    }
}
