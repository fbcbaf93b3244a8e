using System.Globalization;

namespace Marsad.Store.Analysis.Claims;

/// <summary>How the claims about one happening disagree (see <see cref="Disagreement"/>).</summary>
public static class Disagreements
{
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<TimelineEvent> claims, bool directed)
    {
        var found = new List<Disagreement>();
        if (Denial(claims) is { } denial) found.Add(denial);
        found.AddRange(Counts(claims));
        if (Dates(claims) is { } dates) found.Add(dates);
        if (directed && Direction(claims) is { } direction) found.Add(direction);
        return found;
    }

    /// <summary>Some claims say it happened (asserted or reported), others deny it.</summary>
    private static Disagreement? Denial(IReadOnlyList<TimelineEvent> claims)
    {
        var affirmed = claims.Where(c => c.Modality is "asserted" or "reported").Select(c => c.Id).ToList();
        var denied = claims.Where(c => c.Modality == "denied").Select(c => c.Id).ToList();
        return affirmed.Count > 0 && denied.Count > 0
            ? new Disagreement(DisagreementKinds.Denial, null, [new ClaimSide("affirmed", affirmed), new ClaimSide("denied", denied)])
            : null;
    }

    /// <summary>Per unit (killed, wounded, aircraft …), claims giving different numbers; a claim giving a range is one side ("800–1200").</summary>
    private static IEnumerable<Disagreement> Counts(IReadOnlyList<TimelineEvent> claims)
    {
        var units = claims.SelectMany(c => c.Quantities.Select(q => q.Unit)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            var sides = claims
                .Select(c => (c.Id, Value: string.Join("–", c.Quantities.Where(q => q.Unit == unit).Select(q => q.Value).Distinct().Order()
                    .Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))))
                .Where(x => x.Value.Length > 0)
                .GroupBy(x => x.Value)
                .Select(g => new ClaimSide(g.Key, g.Select(x => x.Id).ToList())).ToList();
            if (sides.Count > 1) yield return new Disagreement(DisagreementKinds.Count, unit, sides);
        }
    }

    /// <summary>The claims' own dates (not their documents') include two that cannot be the same day.</summary>
    private static Disagreement? Dates(IReadOnlyList<TimelineEvent> claims)
    {
        var dated = claims.Select(c => (c.Id, c.Date, Span: ClaimGrouper.DateOf(c))).Where(x => x.Span is { Own: true }).ToList();
        // Two spans cannot be one day exactly when one starts after another ends.
        bool apart = dated.Count > 1 && dated.Max(x => x.Span!.Value.Start) > dated.Min(x => x.Span!.Value.End);
        return apart
            ? new Disagreement(DisagreementKinds.Date, null, dated.GroupBy(x => x.Date!).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ClaimSide(g.Key, g.Select(x => x.Id).ToList())).ToList())
            : null;
    }

    /// <summary>One claim names A acting on B, another B acting on A.</summary>
    private static Disagreement? Direction(IReadOnlyList<TimelineEvent> claims)
    {
        var pairs = claims.SelectMany(c => c.Sources.SelectMany(s => c.Targets.Where(t => t.Id != s.Id).Select(t => (S: s, T: t, c.Id)))).ToList();
        var named = pairs.Select(p => (p.S.Id, p.T.Id)).ToHashSet();
        var reversed = pairs.Where(p => named.Contains((p.T.Id, p.S.Id))).ToList();
        if (reversed.Count == 0) return null;
        return new Disagreement(DisagreementKinds.Direction, null, reversed
            .GroupBy(p => (p.S.Id, p.T.Id)).OrderBy(g => g.Key)
            .Select(g => new ClaimSide($"{g.First().S.Name} → {g.First().T.Name}", g.Select(p => p.Id).Distinct().ToList())).ToList());
    }
}
