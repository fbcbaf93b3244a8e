namespace Marsad.Store.Analysis.Claims;

/// <summary>
/// Groups claims (events) that tell the same happening: same type family, the actors of one within the actors of the
/// other, dates within a window and no two different places (see <see cref="ClaimQuery"/>). The most specific claims
/// (most actors) found the groups and the others join the first group they fit, so a vague claim ("an attack on X")
/// never chains two distinct incidents together; a claim naming one side only joins a group only at the same place
/// (<see cref="Identified"/>). Claims that name no actor cannot be identified and are left out.
/// </summary>
public sealed class ClaimGrouper(ClaimFamilies families, int windowDays)
{
    /// <summary>A claim's date: its own (<see cref="Own"/>) else its document's publication, as the days it can denote.</summary>
    internal readonly record struct Span(DateOnly Start, DateOnly End, bool Own);

    internal sealed record Bundle(int Order, string Family, TimelineEvent Anchor, HashSet<long> Actors, Span? Date, List<TimelineEvent> Claims)
    {
        public EntityRef? Place { get; set; } = Anchor.Location;
    }

    public IEnumerable<(string Family, IReadOnlyList<TimelineEvent> Claims)> Group(IEnumerable<TimelineEvent> claims)
    {
        var byFamily = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        foreach (var c in claims)
            if (families.FamilyOf(c.Type) is { } f && c.Sources.Count + c.Targets.Count > 0)
                (byFamily.TryGetValue(f, out var l) ? l : byFamily[f] = []).Add(c);
        foreach (var (family, list) in byFamily.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            foreach (var g in GroupFamily(family, list))
                yield return (family, g.Claims);
    }

    private List<Bundle> GroupFamily(string family, List<TimelineEvent> claims)
    {
        var groups = new List<Bundle>();
        // Groups by each actor of their anchor and by the days their date covers (in blocks of the window), so a
        // claim is compared only with the groups of its first actor whose dates can be near its own; undated groups
        // by actor and story.
        int block = windowDays + 1;
        var dated = new Dictionary<(long Actor, int Block), List<Bundle>>();
        var undated = new Dictionary<(long Actor, long Story), List<Bundle>>();
        foreach (var c in claims.OrderByDescending(c => Actors(c).Count).ThenBy(c => DateOf(c)?.Start).ThenBy(c => c.Id))
        {
            var actors = Actors(c);
            var date = DateOf(c);
            long first = actors.First();
            IEnumerable<Bundle> candidates = date is { } d
                ? Blocks(d.Start.AddDays(-windowDays), d.End.AddDays(windowDays)).SelectMany(b => dated.GetValueOrDefault((first, b)) ?? [])
                : undated.GetValueOrDefault((first, c.StoryId)) ?? [];
            var group = candidates.Where(g => Fits(g, c, actors, date)).MinBy(g => g.Order);
            if (group is null)
            {
                group = new Bundle(groups.Count, family, c, actors, date, []);
                groups.Add(group);
                foreach (var a in actors)
                    if (date is { } s)
                        foreach (var b in Blocks(s.Start, s.End)) Add(dated, (a, b), group);
                    else Add(undated, (a, c.StoryId), group);
            }
            group.Claims.Add(c);
            group.Place ??= c.Location;
        }
        return groups;

        IEnumerable<int> Blocks(DateOnly from, DateOnly to)
        {
            for (int b = from.DayNumber / block; b <= to.DayNumber / block; b++) yield return b;
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<Bundle>> index, TKey key, Bundle group) where TKey : notnull =>
        (index.TryGetValue(key, out var l) ? l : index[key] = []).Add(group);

    private bool Fits(Bundle g, TimelineEvent c, HashSet<long> actors, Span? date)
    {
        if (!actors.IsSubsetOf(g.Actors)) return false;
        if (g.Place is { } p && c.Location is { } l && p.Id != l.Id) return false;
        if (!Identified(g, c)) return false;
        if (g.Date is { } a && date is { } b) return Near(a, b, windowDays);
        return g.Date is null && date is null && g.Anchor.StoryId == c.StoryId;
    }

    /// <summary>
    /// Whether the actors and the dates are enough to say two claims tell one happening: when both name who acted and on whom.
    /// A claim naming one side only ("an attack on X", "X bombed") fits every happening of its family that involves X within
    /// the window, and in a war that is many a week (a round-up article alone tells several): it joins a group, or founds one
    /// another joins, only at the same place (both known). Else its numbers and dates would be compared with another
    /// incident's, a disagreement no outlet made.
    /// </summary>
    private static bool Identified(Bundle g, TimelineEvent c) =>
        (TwoSided(g.Anchor) && TwoSided(c)) || (g.Place is { } p && c.Location is { } l && p.Id == l.Id);

    private static bool TwoSided(TimelineEvent c) => c.Sources.Count > 0 && c.Targets.Count > 0;

    internal static bool Near(Span a, Span b, int days) => a.Start <= b.End.AddDays(days) && b.Start <= a.End.AddDays(days);

    internal static HashSet<long> Actors(TimelineEvent c) => [.. c.Sources.Concat(c.Targets).Select(a => a.Id)];

    internal static Span? DateOf(TimelineEvent c) =>
        Core.Model.PartialDate.TryParse(c.Date, out var d) ? new Span(d.Start, d.End, true)
        : Core.Model.PartialDate.TryParse(c.Published, out var p) ? new Span(p.Start, p.End, false)
        : null;
}
