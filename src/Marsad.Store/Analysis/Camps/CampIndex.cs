namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// The weighted events of a corpus and their tie sums per calendar month, so that the network of a period is the sum
/// of its whole months (and the events of the days of a month it covers only in part). Built once per store version
/// (see <see cref="CampFinder"/>), it answers every window without reading an event again. A person joined to the
/// organisation he commands or the state he represents (<see cref="AlignmentJoins"/>) is counted as it in every event.
/// </summary>
public sealed class CampIndex
{
    private sealed class Month
    {
        public readonly List<(ActorEvent Event, DateOnly Day, double Weight)> Events = [];
        public readonly TieSums Sums = new();
        public readonly List<(CoMention Pair, DateOnly Day)> CoMentions = [];
    }

    private readonly SortedDictionary<int, Month> _months = [];
    private readonly Month _undated = new();
    private readonly double _coSource;

    public IReadOnlyDictionary<long, EntityRef> Actors { get; }
    /// <summary>Per organisation, the people (and capitals) counted as it, with the relation that joins them.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<RelationCount>> Joined { get; private set; } = new Dictionary<long, IReadOnlyList<RelationCount>>();
    /// <summary>The first and last days of the dated events, null when there are none.</summary>
    public DateOnly? First { get; private set; }
    public DateOnly? Last { get; private set; }
    /// <summary>Events without a date (neither theirs nor their document's).</summary>
    public int Undated { get; private set; }

    private CampIndex(IReadOnlyDictionary<long, EntityRef> actors, double coSource)
    {
        Actors = actors;
        _coSource = coSource;
    }

    /// <param name="joins">Person → the relation that makes him one actor with an organisation (none: every actor its own).</param>
    /// <param name="coMentions">Co-mentions (weaker, unsigned evidence): summed beside the ties, never in them.</param>
    /// <param name="seats">A capital actor and an event's day → the government it stands for then (null: itself; see <see cref="SeatsOfGovernment"/>).</param>
    public static CampIndex Build(ActorEventSet set, TieWeights weights, IReadOnlyDictionary<long, RelationCount>? joins = null, CoMentionSet? coMentions = null,
        Func<long, DateOnly?, EntityRef?>? seats = null)
    {
        joins ??= new Dictionary<long, RelationCount>();
        var actors = new Dictionary<long, EntityRef>(set.Actors);
        foreach (var (id, actor) in coMentions?.Actors ?? new Dictionary<long, EntityRef>()) actors.TryAdd(id, actor);
        foreach (var r in joins.Values) actors[r.Object.Id] = r.Object;
        var seated = new Dictionary<(long Place, long Government), int>();
        long As(long a) => joins.TryGetValue(a, out var r) ? r.Object.Id : a;
        var index = new CampIndex(actors, weights.CoSource);
        foreach (var original in set.Events)
        {
            var day = default(DateOnly);
            bool dated = original.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out day);
            long Seat(long a)
            {
                if (seats?.Invoke(a, dated ? day : null) is not { } g) return a;
                actors[g.Id] = g;
                seated[(a, g.Id)] = seated.GetValueOrDefault((a, g.Id)) + 1;
                return g.Id;
            }
            var e = original with { Sources = [.. original.Sources.Select(Seat).Select(As).Distinct()], Targets = [.. original.Targets.Select(Seat).Select(As).Distinct()] };
            double w = weights.Of(e.Type, e.Modality, e.Confidence);
            if (!dated) index.Undated++;
            else
            {
                index.First = index.First is { } f && f <= day ? f : day;
                index.Last = index.Last is { } l && l >= day ? l : day;
            }
            if (!TieSums.Counts(e, w)) continue;
            var month = !dated ? index._undated
                : index._months.TryGetValue(Key(day), out var m) ? m : index._months[Key(day)] = new Month();
            month.Events.Add((e, day, w));
            month.Sums.Add(e, w, weights.CoSource);
        }
        foreach (var c in coMentions?.Pairs ?? [])
        {
            var pair = c with { A = Math.Min(As(c.A), As(c.B)), B = Math.Max(As(c.A), As(c.B)) };
            if (pair.A == pair.B) continue; // a commander and the force he is counted as
            var day = default(DateOnly);
            bool dated = c.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out day);
            var month = !dated ? index._undated
                : index._months.TryGetValue(Key(day), out var m) ? m : index._months[Key(day)] = new Month();
            month.CoMentions.Add((pair, day));
            month.Sums.AddCoMention(pair);
        }
        // Who is counted as whom: commanders as their forces, capitals as their governments (the events that made it so).
        index.Joined = joins.Values.Concat(seated.Select(s => new RelationCount(actors[s.Key.Place], actors[s.Key.Government], SeatRelation, SeatLabel, s.Value)))
            .GroupBy(r => r.Object.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<RelationCount>)[.. g.OrderBy(r => r.Subject.Id)]);
        return index;
    }

    /// <summary>The relation type and label of a capital counted as its government (<see cref="RelationCount.Documents"/>: its events).</summary>
    public const string SeatRelation = "SEAT";
    public const string SeatLabel = "seat of government";

    private static int Key(DateOnly d) => d.Year * 12 + d.Month - 1;

    /// <summary>The tie sums of the events dated within [from, to], and of the undated ones when asked.</summary>
    public TieSums Sum(DateOnly? from, DateOnly? to, bool undated)
    {
        var sums = new TieSums();
        foreach (var (key, month) in Months(from, to))
        {
            bool whole = (from is not { } f || Key(f) < key || f.Day == 1)
                && (to is not { } t || Key(t) > key || t.AddDays(1).Day == 1);
            if (whole) sums.Add(month.Sums);
            else
            {
                foreach (var (e, day, w) in month.Events) if (Within(day, from, to)) sums.Add(e, w, _coSource);
                foreach (var (c, day) in month.CoMentions) if (Within(day, from, to)) sums.AddCoMention(c);
            }
        }
        if (undated) sums.Add(_undated.Sums);
        return sums;
    }

    /// <summary>The weighted events dated within [from, to] (and the undated ones when asked), with their weights.</summary>
    public IEnumerable<(ActorEvent Event, double Weight)> Events(DateOnly? from, DateOnly? to, bool undated)
    {
        foreach (var (_, month) in Months(from, to))
            foreach (var (e, day, w) in month.Events)
                if (Within(day, from, to)) yield return (e, w);
        if (undated) foreach (var (e, _, w) in _undated.Events) yield return (e, w);
    }

    public double CoSource => _coSource;

    private IEnumerable<KeyValuePair<int, Month>> Months(DateOnly? from, DateOnly? to) =>
        _months.Where(m => (from is not { } f || m.Key >= Key(f)) && (to is not { } t || m.Key <= Key(t)));

    private static bool Within(DateOnly day, DateOnly? from, DateOnly? to) => (from is not { } f || day >= f) && (to is not { } t || day <= t);
}
