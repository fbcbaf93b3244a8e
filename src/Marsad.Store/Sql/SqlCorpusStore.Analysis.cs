namespace Marsad.Store.Sql;

/// <summary>Reads for network analysis (camps): events with their actors, one streamed query.</summary>
internal abstract partial class SqlCorpusStore
{
    public ActorEventSet ActorEvents(ActorEventQuery q) => Run(db =>
    {
        var where = new List<string> { NotFlagged("e") };
        var args = new List<(string, object?)>();
        if (q.From is { } f) { where.Add("COALESCE(e.date_start, d.published_start) >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("COALESCE(e.date_start, d.published_start) <= @to"); args.Add(("to", Iso(End(t)))); }
        var merged = db.Query("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL", r => (r.L(0), r.L(1))).ToDictionary();
        var events = new List<ActorEvent>();
        List<long>? sources = null, targets = null;
        long current = -1;
        foreach (var r in db.Stream($"""
            SELECT e.id, e.type, e.modality, e.confidence, COALESCE(e.date_start, d.published_start), d.doc_id, d.outlet, a.role, a.entity_id,
              COALESCE(e.attribution_text, an.name)
            FROM events e JOIN documents d ON d.id = e.doc JOIN event_actors a ON a.event_id = e.id LEFT JOIN entities an ON an.id = e.attribution_entity
            WHERE {string.Join(" AND ", where)}
            ORDER BY e.id, a.role, a.ordinal
            """, r => (Id: r.L(0), Type: r.S(1), Modality: r.S(2), Confidence: r.D(3), Date: r.N(4), Doc: r.S(5), Outlet: r.N(6), Role: r.I(7), Entity: r.L(8), Attribution: r.N(9)),
            [.. args]))
        {
            if (r.Id != current)
            {
                current = r.Id;
                sources = [];
                targets = [];
                events.Add(new ActorEvent(r.Id, r.Type, r.Modality, r.Confidence, r.Date, r.Doc, r.Outlet, sources, targets) { Attribution = r.Attribution });
            }
            // An entity merged into another is that one.
            var entity = merged.GetValueOrDefault(r.Entity, r.Entity);
            var actors = (r.Role == 0 ? sources : targets)!;
            if (!actors.Contains(entity)) actors.Add(entity);
        }
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, events.SelectMany(e => e.Sources.Concat(e.Targets)));
        return new ActorEventSet(events, refs);
    });
}
