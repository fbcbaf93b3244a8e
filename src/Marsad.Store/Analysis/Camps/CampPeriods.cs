using Marsad.Core.Model;

namespace Marsad.Store.Analysis.Camps;

/// <summary>Consecutive calendar windows (month, quarter, year) covering a date range.</summary>
public static class CampPeriods
{
    public sealed record Period(string Name, DateOnly Start, DateOnly End)
    {
        public bool Contains(DateOnly d) => d >= Start && d <= End;
    }

    public static IEnumerable<Period> Cover(DateOnly from, DateOnly to, CampWindow window)
    {
        if (window == CampWindow.All) { yield return new Period("all", from, to); yield break; }
        var start = window switch
        {
            CampWindow.Month => new DateOnly(from.Year, from.Month, 1),
            CampWindow.Quarter => new DateOnly(from.Year, (from.Month - 1) / 3 * 3 + 1, 1),
            _ => new DateOnly(from.Year, 1, 1),
        };
        while (start <= to)
        {
            var next = window switch { CampWindow.Month => start.AddMonths(1), CampWindow.Quarter => start.AddMonths(3), _ => start.AddYears(1) };
            string name = window switch
            {
                CampWindow.Month => $"{start:yyyy-MM}",
                CampWindow.Quarter => $"{start.Year}-Q{(start.Month - 1) / 3 + 1}",
                _ => $"{start.Year}",
            };
            yield return new Period(name, start, next.AddDays(-1));
            start = next;
        }
    }

    /// <summary>The last day a partial date can denote.</summary>
    public static DateOnly End(PartialDate d) => d.Precision switch
    {
        DatePrecision.Day => d.Start,
        DatePrecision.Month => d.Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(d.Year, 12, 31),
    };
}
