namespace Marsad.Store.Sql;

/// <summary>Reads for the map: events by the place they happened at, documents by the places they mention.</summary>
internal abstract partial class SqlCorpusStore
{
    // A place entity merged into another is counted as that one.
    private const string PlaceId = "COALESCE(p.merged_into, p.id)";

    public IReadOnlyList<PlaceCount> PlaceCounts(PlaceQuery q) => Run(db =>
    {
        var (eventWhere, args) = PlaceEventFilter(q);
        var events = db.Query($"""
            SELECT {PlaceId}, COUNT(*) FROM events e JOIN documents d ON d.id = e.doc JOIN entities p ON p.id = e.location_entity
            WHERE {eventWhere} GROUP BY {PlaceId}
            """, r => (Place: r.L(0), Count: r.I(1)), [.. args]).ToDictionary(x => x.Place, x => x.Count);
        var (mentionWhere, mentionArgs) = PlaceMentionFilter(q);
        var documents = db.Query($"""
            SELECT {PlaceId}, COUNT(DISTINCT de.doc) FROM doc_entities de JOIN entities p ON p.id = de.entity_id
              JOIN entities c ON c.id = {PlaceId} JOIN documents d ON d.id = de.doc
            WHERE {mentionWhere} GROUP BY {PlaceId}
            """, r => (Place: r.L(0), Count: r.I(1)), [.. mentionArgs]).ToDictionary(x => x.Place, x => x.Count);
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, events.Keys.Concat(documents.Keys));
        return (IReadOnlyList<PlaceCount>)refs.Values.DistinctBy(p => p.Id)
            .Select(p => new PlaceCount(p, events.GetValueOrDefault(p.Id), documents.GetValueOrDefault(p.Id)))
            .OrderByDescending(p => p.Events).ThenByDescending(p => p.Documents).ThenBy(p => p.Place.Id).ToList();
    });

    public IReadOnlyList<PlaceEvent> PlaceEvents(PlaceQuery q) => Run(db =>
    {
        var (where, args) = PlaceEventFilter(q);
        args.Add(("limit", Math.Clamp(q.Limit, 1, 10_000)));
        return (IReadOnlyList<PlaceEvent>)db.Query($"""
            SELECT e.id, e.type, COALESCE(e.date_value, d.published), {PlaceId}, d.doc_id, d.title, d.outlet, e.trigger_text
            FROM events e JOIN documents d ON d.id = e.doc JOIN entities p ON p.id = e.location_entity
            WHERE {where} ORDER BY {NullsLast("COALESCE(e.date_start, d.published_start)", descending: true)}, e.id LIMIT @limit
            """, r => new PlaceEvent(r.L(0), r.S(1), r.N(2), r.L(3), r.S(4), r.N(5), r.N(6), r.S(7)), [.. args]);
    });

    private static (string Where, List<(string, object?)> Args) PlaceEventFilter(PlaceQuery q)
    {
        var where = new List<string> { NotFlagged("e") };
        var args = new List<(string, object?)>();
        if (q.From is { } f) { where.Add("COALESCE(e.date_start, d.published_start) >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("COALESCE(e.date_start, d.published_start) <= @to"); args.Add(("to", Iso(End(t)))); }
        if (!string.IsNullOrWhiteSpace(q.Type)) { where.Add("e.type = @type"); args.Add(("type", q.Type.Trim().ToUpperInvariant())); }
        AddPlaces(q, where, args);
        return (string.Join(" AND ", where), args);
    }

    private static (string Where, List<(string, object?)> Args) PlaceMentionFilter(PlaceQuery q)
    {
        // places by what the analyst's corrections make of them (a type fixed to LOC counts, one fixed away does not)
        var where = new List<string> { "COALESCE(c.fixed_type, c.type) IN ('GPE', 'LOC')" };
        var args = new List<(string, object?)>();
        if (q.From is { } f) { where.Add("d.published_start >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("d.published_start <= @to"); args.Add(("to", Iso(End(t)))); }
        AddPlaces(q, where, args);
        return (string.Join(" AND ", where), args);
    }

    private static void AddPlaces(PlaceQuery q, List<string> where, List<(string, object?)> args)
    {
        if (q.Places is null) return;
        if (q.Places.Count == 0) { where.Add("1 = 0"); return; }
        where.Add($"{PlaceId} IN ({string.Join(",", q.Places.Select((_, i) => "@p" + i))})");
        args.AddRange(q.Places.Select((id, i) => ("p" + i, (object?)id)));
    }
}
