using Marsad.Core;
using Marsad.Text.Data;

namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Which government a capital named as an actor stands for, on a day: its state (the knowledge base's capitals), or for
/// a divided state the rival government that held it then (<c>data/analysis/seats.tsv</c>, argued there).
/// </summary>
public sealed class SeatsOfGovernment(IReadOnlyDictionary<string, string> capitals, IReadOnlyList<SeatsOfGovernment.Seat> seats)
{
    /// <summary>A capital held by <see cref="Government"/> (null: no one) from <see cref="From"/> to <see cref="To"/>.</summary>
    public sealed record Seat(string Capital, string? Government, DateOnly From, DateOnly To);

    public static SeatsOfGovernment None { get; } = new(new Dictionary<string, string>(), []);

    private readonly ILookup<string, Seat> _byCapital = seats.ToLookup(s => s.Capital, StringComparer.Ordinal);

    /// <summary>The government (a KB id) the capital <paramref name="kb"/> stands for on <paramref name="day"/>, or null.</summary>
    public string? GovernmentOf(string? kb, DateOnly? day)
    {
        if (kb is null) return null;
        if (!_byCapital.Contains(kb)) return capitals.GetValueOrDefault(kb);
        var rows = _byCapital[kb];
        if (day is not { } d) return null;
        return rows.FirstOrDefault(s => d >= s.From && d <= s.To) is { } held ? held.Government : capitals.GetValueOrDefault(kb);
    }

    /// <summary>The capitals of data/kb/marsad-kb.tsv and the exceptions of data/analysis/seats.tsv.</summary>
    public static SeatsOfGovernment Load(DataFolder data) =>
        Load(LexiconFile.Read(data, "kb", "marsad-kb.tsv"), LexiconFile.Read(data, "analysis", "seats.tsv"));

    public static SeatsOfGovernment Load(IEnumerable<LexiconLine> knowledgeBase, IEnumerable<LexiconLine> exceptions)
    {
        // knowledge-base columns: id, kind, type, name_ar, name_en, iso2, state …
        var capitals = knowledgeBase.Where(l => l.Fields.Length > 6 && l.Fields[1] == "capital" && l.Fields[6].Length > 0)
            .GroupBy(l => l.Fields[0]).ToDictionary(g => g.Key, g => g.First().Fields[6], StringComparer.Ordinal);
        var seats = new List<Seat>();
        foreach (var l in LexiconFile.Rows(exceptions, 5))
        {
            if (l.Section != "seats") throw l.Error($"unexpected line in section '{l.Section}'");
            if (!DateOnly.TryParseExact(l.Fields[2], "yyyy-MM-dd", out var from) || !DateOnly.TryParseExact(l.Fields[3], "yyyy-MM-dd", out var to) || to < from)
                throw l.Error("from and to are dates (YYYY-MM-DD), from first");
            if (seats.Any(s => s.Capital == l.Fields[0] && s.From <= to && from <= s.To)) throw l.Error($"'{l.Fields[0]}' is held by two governments at once");
            seats.Add(new Seat(l.Fields[0], l.Fields[1] == "-" ? null : l.Fields[1], from, to));
        }
        return new SeatsOfGovernment(capitals, seats);
    }
}
