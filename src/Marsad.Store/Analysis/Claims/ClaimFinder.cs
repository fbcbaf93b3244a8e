namespace Marsad.Store.Analysis.Claims;

/// <summary>
/// Contested claims read from a corpus store: the events of the dates asked for (through the shared event reads, so
/// events flagged as wrong are left out and merged entities are one), grouped by happening, with their disagreements.
/// </summary>
public sealed class ClaimFinder(ICorpusStore store, ClaimFamilies? families = null)
{
    private readonly ClaimFamilies _families = families ?? ClaimFamilies.Default;

    public ClaimReport Find(ClaimQuery q)
    {
        if (q.WindowDays < 0) throw new ArgumentException("the date window is 0 days or more");
        // Claims just outside the dates asked for may tell the same happening as one inside.
        var from = q.From is { } f ? Core.Model.PartialDate.FromDate(f.Start.AddDays(-q.WindowDays)) : (Core.Model.PartialDate?)null;
        var to = q.To is { } t ? Core.Model.PartialDate.FromDate(t.End.AddDays(q.WindowDays)) : (Core.Model.PartialDate?)null;
        var events = store.ExportEvents(new TimelineQuery([], from, to));
        var groups = new ClaimGrouper(_families, q.WindowDays).Group(events)
            .Where(g => g.Claims.Count >= Math.Max(1, q.MinClaims))
            .Select(g => Describe(g.Family, g.Claims))
            // One document telling a happening twice in agreement is a repetition, not a second claim.
            .Where(g => g.Contested || g.Documents > 1 || q.MinClaims <= 1)
            .Where(g => InDates(g, q))
            .Where(g => q.Entity is not { } e || g.Actors.Any(a => a.Id == e))
            .Where(g => q.Document is not { } d || g.Claims.Any(c => c.DocumentId == d))
            .ToList();
        int contested = groups.Count(g => g.Contested);
        var shown = groups.Where(g => g.Contested || !q.ContestedOnly)
            .OrderByDescending(g => g.Contested).ThenByDescending(g => g.Stories).ThenByDescending(g => g.Claims.Count)
            .ThenBy(g => g.From, StringComparer.Ordinal).ThenBy(g => g.Claims[0].Id)
            .ToList();
        return new ClaimReport(shown.Count, contested, shown.Take(Math.Max(0, q.Limit)).ToList());
    }

    private ClaimGroup Describe(string family, IReadOnlyList<TimelineEvent> claims)
    {
        var ordered = claims.OrderBy(c => ClaimGrouper.DateOf(c)?.Start).ThenBy(c => c.Id).ToList();
        var spans = ordered.Select(ClaimGrouper.DateOf).OfType<ClaimGrouper.Span>().ToList();
        return new ClaimGroup(family,
            ordered.SelectMany(c => c.Sources.Concat(c.Targets)).DistinctBy(a => a.Id).ToList(),
            spans.Count == 0 ? null : $"{spans.Min(s => s.Start):yyyy-MM-dd}",
            spans.Count == 0 ? null : $"{spans.Max(s => s.End):yyyy-MM-dd}",
            ordered.Select(c => c.Location).FirstOrDefault(l => l is not null),
            ordered.Select(c => c.DocumentId).Distinct().Count(),
            ordered.Select(c => c.StoryId).Distinct().Count(),
            ordered.Select(c => c.Outlet ?? c.DocumentId).Distinct().Count(),
            ordered,
            Disagreements.Find(ordered, _families.IsDirected(family)));
    }

    /// <summary>With dates asked for, a group counts when one of its claims lies within them (the others may lie just outside).</summary>
    private static bool InDates(ClaimGroup g, ClaimQuery q) =>
        (q.From is null && q.To is null) || g.Claims.Any(c => ClaimGrouper.DateOf(c) is { } s
            && (q.From is not { } f || s.End >= f.Start) && (q.To is not { } t || s.Start <= t.End));
}
