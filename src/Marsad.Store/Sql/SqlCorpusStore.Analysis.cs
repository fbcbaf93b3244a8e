namespace Marsad.Store.Sql;

/// <summary>
/// Reads for the analysis views (camps, claims, outlet lens): every event with its actors, in short columns only (no
/// sentence, no document text: the documents' columns come from their index), kept in memory until the store's
/// <see cref="Version"/> changes, so that a view asked again reads nothing but the version. When every write since
/// only added documents (no rewrite: see <see cref="BeginWrite"/>), only the events of the documents added are read.
/// </summary>
internal abstract partial class SqlCorpusStore
{
    private readonly object _actorEventsLock = new();
    private (long Version, ActorEventSet Set)? _actorEvents;
    private static long s_lineage;

    public ActorEventSet ActorEvents(ActorEventQuery q)
    {
        var all = AllActorEvents();
        if (q.From is null && q.To is null) return all;
        string? from = q.From is { } f ? Iso(f.Start) : null, to = q.To is { } t ? Iso(End(t)) : null;
        return new ActorEventSet([.. all.Events.Where(e => e.Date is { } d
            && (from is null || string.CompareOrdinal(d, from) >= 0) && (to is null || string.CompareOrdinal(d, to) <= 0))], all.Actors);
    }

    private ActorEventSet AllActorEvents()
    {
        lock (_actorEventsLock)
        {
            var (version, lastRewrite) = Run(Versions);
            if (_actorEvents is { } kept && kept.Version == version) return kept.Set;
            // The version read before the rows: a write in between makes the next call read them again (only the
            // documents added after the last one read, unless that write was a rewrite).
            var set = _actorEvents is { } older && lastRewrite <= older.Version
                ? Run(db => Append(db, older.Set))
                : Run(db => ReadActorEvents(db, 0, new Dictionary<long, EntityRef>()) with { Lineage = Interlocked.Increment(ref s_lineage) });
            _actorEvents = (version, set);
            return set;
        }
    }

    /// <summary>The set kept with the events of the documents added since, and the names of the entities they name read again.</summary>
    private static ActorEventSet Append(Db db, ActorEventSet kept)
    {
        var added = ReadActorEvents(db, kept.LastDocument, kept.Actors);
        if (added.Events.Count == 0 && added.LastDocument == kept.LastDocument) return kept;
        return added with { Events = [.. kept.Events, .. added.Events], Lineage = kept.Lineage };
    }

    /// <summary>
    /// The events of the documents stored after row <paramref name="after"/>, with the actors of <paramref name="known"/>
    /// and theirs; the entities named in those documents are read again (an ingest may rename them).
    /// </summary>
    private static ActorEventSet ReadActorEvents(Db db, long after, IReadOnlyDictionary<long, EntityRef> known)
    {
        var merged = db.Query("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL", r => (r.L(0), r.L(1))).ToDictionary();
        var flagged = db.Query($"SELECT e.id FROM events e WHERE e.doc > @after AND e.event_key IN ({FlaggedEventKeys})", r => r.L(0), ("after", after)).ToHashSet();
        // Repeated values (types, dates, outlets) held once.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Pooled(string? s) => s is null ? null : pool.TryGetValue(s, out var p) ? p : pool[s] = s;
        var docs = new Dictionary<long, (string Id, string? Outlet, string? Published, long Story)>();
        long last = after;
        // All documents from their covering index (documents_light), not their rows; the added ones by row id.
        foreach (var d in db.Stream($"SELECT id, doc_id, outlet, published, story FROM documents {(after > 0 ? "WHERE id > @after" : "")}",
            r => (r.L(0), r.S(1), r.N(2), r.N(3), r.L(4)), after > 0 ? [("after", after)] : []))
        {
            docs[d.Item1] = (d.Item2, Pooled(d.Item3), Pooled(d.Item4), d.Item5);
            last = Math.Max(last, d.Item1);
        }

        var events = new List<ActorEvent>();
        List<long>? sources = null, targets = null;
        long current = -1;
        // The added events are found from their documents' index and their actors from theirs, not by a walk of every actor row.
        foreach (var r in db.Stream($"""
            SELECT a.event_id, a.role, a.entity_id, a.sort_date, e.type, e.modality, e.confidence, e.doc, e.date_value, e.date_precision,
              e.location_entity, e.quantities, COALESCE(e.attribution_text, an.name), e.evidence_start, e.attribution_entity
            FROM event_actors a JOIN events e ON e.id = a.event_id LEFT JOIN entities an ON an.id = e.attribution_entity
            {(after > 0 ? "WHERE a.event_id IN (SELECT id FROM events WHERE doc > @after)" : "")}
            ORDER BY a.event_id, a.role, a.ordinal
            """, r => (Id: r.L(0), Role: r.I(1), Entity: r.L(2), Date: r.N(3), Type: r.S(4), Modality: r.S(5), Confidence: r.D(6), Doc: r.L(7),
                OwnDate: r.N(8), Precision: r.N(9), Location: r.NL(10), Quantities: r.N(11), Attribution: r.N(12), Sentence: r.I(13), AttributionEntity: r.NL(14)), after > 0 ? [("after", after)] : []))
        {
            // A document stored after the documents were read (ids only grow between rewrites) is read next time.
            if (flagged.Contains(r.Id) || !docs.TryGetValue(r.Doc, out var doc)) continue;
            if (r.Id != current)
            {
                current = r.Id;
                sources = [];
                targets = [];
                events.Add(new ActorEvent(r.Id, Pooled(r.Type)!, Pooled(r.Modality)!, r.Confidence, Pooled(r.Date), doc.Id, doc.Outlet, sources, targets)
                {
                    Attribution = Pooled(r.Attribution),
                    OwnDate = Pooled(r.OwnDate),
                    DatePrecision = Pooled(r.Precision),
                    Published = doc.Published,
                    StoryId = doc.Story,
                    Location = r.Location is { } l ? merged.GetValueOrDefault(l, l) : null,
                    Quantities = Quantities(r.Quantities),
                    Sentence = r.Sentence,
                    AttributionEntity = r.AttributionEntity is { } ae ? merged.GetValueOrDefault(ae, ae) : null,
                });
            }
            // An entity merged into another is that one.
            var entity = merged.GetValueOrDefault(r.Entity, r.Entity);
            var actors = (r.Role == 0 ? sources : targets)!;
            if (!actors.Contains(entity)) actors.Add(entity);
        }
        var refs = new Dictionary<long, EntityRef>();
        var renamed = after == 0 ? [] : db.Query("SELECT DISTINCT entity_id FROM doc_entities WHERE doc > @after AND doc <= @last",
            r => r.L(0), ("after", after), ("last", last)).Select(e => merged.GetValueOrDefault(e, e)).Where(known.ContainsKey);
        LoadRefs(db, refs, events.SelectMany(e => e.Sources.Concat(e.Targets)).Concat(events.Where(e => e.Location is not null).Select(e => e.Location!.Value)).Concat(renamed));
        foreach (var (id, actor) in known) refs.TryAdd(id, actor);
        return new ActorEventSet(events, refs) { LastDocument = last };
    }

    public IReadOnlyList<RelationCount> RelationCounts(IReadOnlyCollection<string> types, DocumentRange? documents = null) => Run(db =>
    {
        if (types.Count == 0) return (IReadOnlyList<RelationCount>)[];
        var args = types.Select((t, i) => ("t" + i, (object?)t)).ToList();
        string range = "";
        if (documents is { } d)
        {
            range = " AND doc > @after AND doc <= @upto";
            args.AddRange([("after", d.After), ("upto", d.UpTo)]);
        }
        var rows = db.Query($"""
            SELECT subject_entity, object_entity, type, label_en, COUNT(DISTINCT doc) FROM relations
            WHERE type IN ({string.Join(",", types.Select((_, i) => "@t" + i))}){range} GROUP BY subject_entity, object_entity, type, label_en
            """, r => (Subject: r.L(0), Object: r.L(1), Type: r.S(2), LabelEn: r.N(3), Documents: r.I(4)), [.. args]);
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, rows.SelectMany(r => new[] { r.Subject, r.Object }));
        // Merged entities are their group: rows that now name the same pair are one.
        return [.. rows.GroupBy(r => (S: refs[r.Subject].Id, O: refs[r.Object].Id, r.Type, r.LabelEn))
            .Select(g => new RelationCount(refs[g.First().Subject], refs[g.First().Object], g.Key.Type, g.Key.LabelEn, g.Sum(r => r.Documents)))
            .OrderBy(r => r.Subject.Id).ThenBy(r => r.Object.Id).ThenBy(r => r.Type, StringComparer.Ordinal)];
    });
}
