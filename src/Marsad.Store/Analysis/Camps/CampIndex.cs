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

        public Month Copy()
        {
            var copy = new Month();
            copy.Events.AddRange(Events);
            copy.Sums.Add(Sums);
            copy.CoMentions.AddRange(CoMentions);
            return copy;
        }
    }

    private readonly SortedDictionary<int, Month> _months;
    private Month _undated;
    private readonly TieWeights _weights;
    private readonly Dictionary<long, EntityRef> _actors;
    private readonly IReadOnlyDictionary<long, RelationCount> _joins;
    private readonly Dictionary<(long Place, long Government), int> _seated;
    /// <summary>The months (−1: the undated events) this index holds apart from the index it extends: written in place.</summary>
    private readonly HashSet<int> _own = [];

    public IReadOnlyDictionary<long, EntityRef> Actors => _actors;
    /// <summary>Per organisation, the people (and capitals) counted as it, with the relation that joins them.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<RelationCount>> Joined { get; private set; } = new Dictionary<long, IReadOnlyList<RelationCount>>();
    /// <summary>The first and last days of the dated events, null when there are none.</summary>
    public DateOnly? First { get; private set; }
    public DateOnly? Last { get; private set; }
    /// <summary>Events without a date (neither theirs nor their document's).</summary>
    public int Undated { get; private set; }

    private CampIndex(TieWeights weights, Dictionary<long, EntityRef> actors, IReadOnlyDictionary<long, RelationCount> joins,
        SortedDictionary<int, Month> months, Month undated, Dictionary<(long, long), int> seated)
    {
        _weights = weights;
        _actors = actors;
        _joins = joins;
        _months = months;
        _undated = undated;
        _seated = seated;
    }

    /// <param name="joins">Person → the relation that makes him one actor with an organisation or state (none: every actor its own).</param>
    /// <param name="coMentions">Co-mentions (weaker, unsigned evidence): summed beside the ties, never in them.</param>
    /// <param name="seats">A capital actor and an event's day → the government it stands for then (null: itself; see <see cref="SeatsOfGovernment"/>).</param>
    public static CampIndex Build(ActorEventSet set, TieWeights weights, IReadOnlyDictionary<long, RelationCount>? joins = null, CoMentionSet? coMentions = null,
        Func<long, DateOnly?, EntityRef?>? seats = null)
    {
        var index = new CampIndex(weights, new Dictionary<long, EntityRef>(set.Actors), joins ?? new Dictionary<long, RelationCount>(), [], new Month(), []);
        index.Add(set.Events, set.Actors, coMentions, seats);
        return index;
    }

    /// <summary>
    /// This index with more events and co-mentions (those of documents added since, counted with the same joins), as a
    /// new index: the months they fall in are copied, the others shared, so that this one still answers as before.
    /// </summary>
    public CampIndex Extend(IEnumerable<ActorEvent> events, IReadOnlyDictionary<long, EntityRef> actors, CoMentionSet? coMentions,
        Func<long, DateOnly?, EntityRef?>? seats = null)
    {
        var index = new CampIndex(_weights, new Dictionary<long, EntityRef>(_actors), _joins, new SortedDictionary<int, Month>(_months), _undated, new(_seated))
        {
            First = First, Last = Last, Undated = Undated,
        };
        index.Add(events, actors, coMentions, seats);
        return index;
    }

    private Month MonthOf(DateOnly? day)
    {
        int key = day is { } d ? Key(d) : -1;
        if (_own.Add(key))
        {
            var copy = key < 0 ? _undated.Copy() : _months.TryGetValue(key, out var shared) ? shared.Copy() : new Month();
            if (key < 0) _undated = copy;
            else _months[key] = copy;
        }
        return key < 0 ? _undated : _months[key];
    }

    private void Add(IEnumerable<ActorEvent> events, IReadOnlyDictionary<long, EntityRef> actors, CoMentionSet? coMentions, Func<long, DateOnly?, EntityRef?>? seats)
    {
        foreach (var (id, actor) in actors) _actors[id] = actor;
        foreach (var (id, actor) in coMentions?.Actors ?? new Dictionary<long, EntityRef>()) _actors.TryAdd(id, actor);
        foreach (var r in _joins.Values) _actors[r.Object.Id] = r.Object;
        long As(long a) => _joins.TryGetValue(a, out var r) ? r.Object.Id : a;
        foreach (var original in events)
        {
            var day = default(DateOnly);
            bool dated = original.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out day);
            long Seat(long a)
            {
                if (seats?.Invoke(a, dated ? day : null) is not { } g) return a;
                _actors[g.Id] = g;
                _seated[(a, g.Id)] = _seated.GetValueOrDefault((a, g.Id)) + 1;
                return g.Id;
            }
            var e = original with { Sources = [.. original.Sources.Select(Seat).Select(As).Distinct()], Targets = [.. original.Targets.Select(Seat).Select(As).Distinct()] };
            double w = _weights.Of(e.Type, e.Modality, e.Confidence);
            if (!dated) Undated++;
            else
            {
                First = First is { } f && f <= day ? f : day;
                Last = Last is { } l && l >= day ? l : day;
            }
            if (!TieSums.Counts(e, w)) continue;
            var month = MonthOf(dated ? day : null);
            month.Events.Add((e, day, w));
            month.Sums.Add(e, w, _weights.CoSource);
        }
        foreach (var c in coMentions?.Pairs ?? [])
        {
            var pair = c with { A = Math.Min(As(c.A), As(c.B)), B = Math.Max(As(c.A), As(c.B)) };
            if (pair.A == pair.B) continue; // a commander and the force he is counted as
            var day = default(DateOnly);
            bool dated = c.Date is { Length: >= 10 } d && DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out day);
            var month = MonthOf(dated ? day : null);
            month.CoMentions.Add((pair, day));
            month.Sums.AddCoMention(pair);
        }
        // Who is counted as whom: commanders as their forces, capitals as their governments (the events that made it so).
        Joined = _joins.Values.Concat(_seated.Select(s => new RelationCount(_actors[s.Key.Place], _actors[s.Key.Government], SeatRelation, SeatLabel, s.Value)))
            .GroupBy(r => r.Object.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<RelationCount>)[.. g.OrderBy(r => r.Subject.Id)]);
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
                foreach (var (e, day, w) in month.Events) if (Within(day, from, to)) sums.Add(e, w, _weights.CoSource);
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

    public double CoSource => _weights.CoSource;

    private IEnumerable<KeyValuePair<int, Month>> Months(DateOnly? from, DateOnly? to) =>
        _months.Where(m => (from is not { } f || m.Key >= Key(f)) && (to is not { } t || m.Key <= Key(t)));

    private static bool Within(DateOnly day, DateOnly? from, DateOnly? to) => (from is not { } f || day >= f) && (to is not { } t || day <= t);
}
