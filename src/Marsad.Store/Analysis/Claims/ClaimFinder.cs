namespace Marsad.Store.Analysis.Claims;

/// <summary>
/// Contested claims read from a corpus store: the events of the dates asked for (through the store's short event read,
/// <see cref="ICorpusStore.ActorEvents"/>, so events flagged as wrong are left out and merged entities are one), grouped
/// by happening, with their disagreements; the sentences and titles are read for the groups shown only.
/// </summary>
public sealed class ClaimFinder(ICorpusStore store, ClaimFamilies families)
{
    private readonly ClaimFamilies _families = families;

    public ClaimReport Find(ClaimQuery q)
    {
        if (q.WindowDays < 0) throw new ArgumentException("the date window is 0 days or more");
        // Claims just outside the dates asked for may tell the same happening as one inside.
        var from = q.From is { } f ? Core.Model.PartialDate.FromDate(f.Start.AddDays(-q.WindowDays)) : (Core.Model.PartialDate?)null;
        var to = q.To is { } t ? Core.Model.PartialDate.FromDate(t.End.AddDays(q.WindowDays)) : (Core.Model.PartialDate?)null;
        var groups = Groups(from, to, q.WindowDays)
            .Where(g => g.Claims.Count >= Math.Max(1, q.MinClaims))
            // One document telling a happening twice in agreement is a repetition, not a second claim.
            .Where(g => g.Contested || g.Documents > 1 || q.MinClaims <= 1)
            .Where(g => InDates(g, q))
            .Where(g => q.Entity is not { } e || g.Actors.Any(a => a.Id == e))
            .Where(g => q.Document is not { } d || g.Claims.Any(c => c.DocumentId == d))
            .ToList();
        int contested = groups.Count(g => g.Contested);
        var shown = groups.Where(g => g.Contested || !q.ContestedOnly).ToList();
        if (q.ClaimsPerGroup < 1) throw new ArgumentException("a group shows one claim or more");
        var page = WithText([.. shown.Take(Math.Max(0, q.Limit)).Select(g => Shown(g, q.ClaimsPerGroup))]);
        return new ClaimReport(shown.Count, contested, WithCoMentions(page, q.WindowDays));
    }

    /// <summary>The co-mentions of each group's actors within its dates widened by the window (see <see cref="ClaimGroup.CoMentions"/>).</summary>
    private List<ClaimGroup> WithCoMentions(List<ClaimGroup> groups, int windowDays)
    {
        if (groups.Count == 0) return groups;
        var set = VersionedCache.Get(store, "co-mentions", () => store.CoMentions());
        var byPair = set.Pairs.GroupBy(c => (c.A, c.B)).ToDictionary(g => g.Key, g => g.ToList());
        return [.. groups.Select(g =>
        {
            if (g.From is null || g.To is null) return g;
            string from = DateOnly.ParseExact(g.From, "yyyy-MM-dd").AddDays(-windowDays).ToString("yyyy-MM-dd"),
                to = DateOnly.ParseExact(g.To, "yyyy-MM-dd").AddDays(windowDays).ToString("yyyy-MM-dd");
            var ties = new List<ClaimCoMention>();
            foreach (var a in g.Actors)
                foreach (var b in g.Actors.Where(b => b.Id > a.Id))
                    if (byPair.TryGetValue((a.Id, b.Id), out var rows)
                        && rows.Where(r => r.Date is { } d && string.CompareOrdinal(d, from) >= 0 && string.CompareOrdinal(d, to) <= 0).Sum(r => r.Sentences) is > 0 and var n)
                        ties.Add(new ClaimCoMention(a, b, n, from, to));
            return g with { CoMentions = [.. ties.OrderByDescending(t => t.Sentences).ThenBy(t => t.A.Id).ThenBy(t => t.B.Id)] };
        })];
    }

    /// <summary>
    /// Every group of the claims dated within [from, to], described, in the order shown (contested first, then by stories,
    /// claims, date); kept until the store changes, so the filters of another question cost no grouping.
    /// </summary>
    private IReadOnlyList<ClaimGroup> Groups(Core.Model.PartialDate? from, Core.Model.PartialDate? to, int windowDays) =>
        VersionedCache.Get(store, ("claims", _families, from, to, windowDays), () =>
        {
            var set = store.ActorEvents(new ActorEventQuery(from, to));
            return (IReadOnlyList<ClaimGroup>)[.. new ClaimGrouper(_families, windowDays).Group(Completed(set.Events).Select(e => Claim(e, set.Actors)))
                .Select(g => Describe(g.Family, g.Claims))
                .OrderByDescending(g => g.Contested).ThenByDescending(g => g.Stories).ThenByDescending(g => g.Claims.Count)
                .ThenBy(g => g.From, StringComparer.Ordinal).ThenBy(g => g.Claims[0].Id)];
        });

    /// <summary>At most <paramref name="limit"/> of a group's claims in their order, the first of each side of each disagreement among them.</summary>
    private static ClaimGroup Shown(ClaimGroup g, int limit)
    {
        if (g.Claims.Count <= limit) return g;
        var keep = g.Disagreements.SelectMany(d => d.Sides).Select(s => s.Events[0]).ToHashSet();
        foreach (var c in g.Claims)
        {
            if (keep.Count >= limit) break;
            keep.Add(c.Id);
        }
        return g with { Claims = [.. g.Claims.Where(c => keep.Contains(c.Id))], ClaimCount = g.Claims.Count };
    }

    /// <summary>
    /// The events as claims are compared: a claim naming one side only takes the other side from the claims of its family in
    /// the same sentence (قصفت قوات حفتر المطار، ما أدى إلى مقتل 12 مدنيا: the toll's attacker is the bombing's), so that it can be
    /// told apart from the happenings of other actors (see <see cref="ClaimGrouper"/>). Only for grouping: a claim is shown
    /// as extracted.
    /// </summary>
    private IEnumerable<ActorEvent> Completed(IReadOnlyList<ActorEvent> events)
    {
        var bySentence = events.Where(e => e.Sentence >= 0 && _families.FamilyOf(e.Type) is not null)
            .GroupBy(e => (e.DocumentId, e.Sentence, Family: _families.FamilyOf(e.Type)!))
            .Where(g => g.Skip(1).Any()).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var e in events)
        {
            bool noSource = e.Sources.Count == 0, noTarget = e.Targets.Count == 0;
            if (noSource == noTarget || e.Sentence < 0 || _families.FamilyOf(e.Type) is not { } family
                || !bySentence.TryGetValue((e.DocumentId, e.Sentence, family), out var mates))
            {
                yield return e;
                continue;
            }
            // The side it lacks, from the claims of the sentence that name both (an actor it names stays on its own side).
            var named = noSource ? e.Targets : e.Sources;
            var sides = mates.Where(m => m.Id != e.Id && m.Sources.Count > 0 && m.Targets.Count > 0)
                .SelectMany(m => noSource ? m.Sources : m.Targets).Distinct().Where(a => !named.Contains(a)).ToList();
            yield return sides.Count == 0 ? e : noSource ? e with { Sources = sides } : e with { Targets = sides };
        }
    }

    /// <summary>An event as a claim, without its sentence (read later for the groups shown).</summary>
    private static TimelineEvent Claim(ActorEvent e, IReadOnlyDictionary<long, EntityRef> refs) =>
        new(e.Id, e.OwnDate, e.DatePrecision, e.Published, e.Type, null, null, [.. e.Sources.Select(a => refs[a])], [.. e.Targets.Select(a => refs[a])],
            e.Location is { } l ? refs.GetValueOrDefault(l) : null, e.Modality, e.Attribution, e.Quantities, e.DocumentId, null, e.Outlet, "", "")
        { StoryId = e.StoryId };

    /// <summary>The claims of the groups shown, read again whole (sentence, title, mode, story size).</summary>
    private List<ClaimGroup> WithText(List<ClaimGroup> groups)
    {
        var ids = groups.SelectMany(g => g.Claims.Select(c => c.Id)).ToList();
        if (ids.Count == 0) return groups;
        var whole = store.Timeline(new TimelineQuery([], Limit: ids.Count, Ids: ids)).ToDictionary(e => e.Id);
        return [.. groups.Select(g => g with { Claims = [.. g.Claims.Select(c => whole.GetValueOrDefault(c.Id, c))] })];
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
