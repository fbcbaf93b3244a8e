using System.Data.Common;
using Marsad.Core.Model;
using Marsad.Linking.Names;

namespace Marsad.Store.Sql;

internal abstract partial class SqlCorpusStore
{
    private const string EntityColumns =
        "n.id, n.name, n.name_en, n.type, n.kb, n.documents, n.mentions, n.kind, n.sector, af.id, af.name, af.name_en, af.type, af.kb, af.kind";

    /// <summary>Entities (n) with the entity a generic actor belongs to (af).</summary>
    private const string EntitySource = "entities n LEFT JOIN entities af ON af.id = n.affiliation";

    private static EntitySummary ReadEntity(DbDataReader r) => new(r.L(0), r.S(1), r.N(2), r.S(3), r.N(4), r.I(5), r.I(6))
    {
        Kind = r.S(7),
        Sector = r.N(8),
        Affiliation = r.NL(9) is { } a ? new EntityRef(a, r.S(10), r.N(11), r.S(12), r.N(13)) { Kind = r.S(14) } : null,
    };

    public IReadOnlyList<EntitySummary> Entities(EntityListQuery q) => Run(db =>
    {
        var (where, args) = EntityFilter(q);
        args.Add(("limit", Math.Clamp(q.Limit, 1, 10000))); args.Add(("offset", Math.Max(0, q.Offset)));
        var order = q.Sort switch
        {
            EntitySort.Documents => "n.documents DESC, n.mentions DESC, n.id",
            EntitySort.Name => "n.name, n.id",
            _ => "n.mentions DESC, n.id",
        };
        return (IReadOnlyList<EntitySummary>)db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset",
            ReadEntity, [.. args]);
    });

    public int CountEntities(EntityListQuery q) => Run(db =>
    {
        var (where, args) = EntityFilter(q);
        return (int)(db.ScalarLong($"SELECT COUNT(*) FROM entities n WHERE {where}", [.. args]) ?? 0);
    });

    private static (string Where, List<(string, object?)> Args) EntityFilter(EntityListQuery q)
    {
        var where = new List<string> { "n.documents >= @min" };
        var args = new List<(string, object?)> { ("min", Math.Max(1, q.MinDocuments)) };
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            if (!EntityTypes.TryParse(q.Type, out var t)) throw new ArgumentException($"unknown entity type '{q.Type}' (PER, ORG, GPE, LOC, MISC)");
            where.Add("n.type = @type"); args.Add(("type", t.ToString()));
        }
        if (!string.IsNullOrWhiteSpace(q.Kind))
        {
            var kind = q.Kind.Trim().ToLowerInvariant();
            if (kind is not (EntityKinds.Named or EntityKinds.Generic)) throw new ArgumentException($"unknown entity kind '{q.Kind}' (named, generic)");
            where.Add("n.kind = @kind"); args.Add(("kind", kind));
        }
        if (!string.IsNullOrWhiteSpace(q.NameContains))
        {
            where.Add("(n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key LIKE @like ESCAPE '\\') OR LOWER(n.name_en) LIKE @likeEn ESCAPE '\\')");
            args.Add(("like", "%" + EscapeLike(NameKeys.Normal(q.NameContains)) + "%"));
            args.Add(("likeEn", "%" + EscapeLike(q.NameContains.Trim().ToLowerInvariant()) + "%"));
        }
        return (string.Join(" AND ", where), args);
    }

    public DocumentPage EntityDocuments(long entityId, int limit = 20, int offset = 0) => Run(db =>
        new DocumentPage((int)(db.ScalarLong("SELECT COUNT(*) FROM documents d WHERE d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id = @e)", ("e", entityId)) ?? 0),
            EntityDocuments(db, entityId, limit, offset)));

    private static List<StorySource> EntityDocuments(Db db, long entityId, int limit, int offset) =>
        db.Query($"""
            SELECT d.doc_id, d.title, d.outlet, d.url, d.published FROM documents d
            WHERE d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id = @e)
            ORDER BY {NullsLast("d.published_start", descending: true)}, d.id DESC LIMIT @limit OFFSET @offset
            """, r => new StorySource(r.S(0), r.N(1), r.N(2), r.N(3), r.N(4)),
            ("e", entityId), ("limit", Math.Clamp(limit, 1, 1000)), ("offset", Math.Max(0, offset)));

    public EntitySummary? FindEntity(string nameOrId) => Run(db => FindEntity(db, nameOrId));

    private static EntitySummary? FindEntity(Db db, string nameOrId)
    {
        var s = nameOrId.Trim();
        if (s.Length == 0) return null;
        EntitySummary? One(string where, params (string, object?)[] args) =>
            db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.documents > 0 AND {where} ORDER BY n.mentions DESC, n.id LIMIT 1", ReadEntity, args).FirstOrDefault();
        var key = NameKeys.Normal(s);
        var like = "%" + EscapeLike(key) + "%";
        // Digits alone are a corpus id: one that does not exist (or overflows) finds nothing, not a name containing them.
        if (s.All(char.IsAsciiDigit)) return long.TryParse(s, out var id) ? One("n.id = @id", ("id", id)) : null;
        return One("n.kb = @kb", ("kb", s))
            ?? One("n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key = @k AND a.count > 0)", ("k", key))
            ?? One("LOWER(n.name_en) = LOWER(@en)", ("en", s))
            ?? One("n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key LIKE @like ESCAPE '\\')", ("like", like))
            ?? One("LOWER(n.name_en) LIKE @like ESCAPE '\\'", ("like", "%" + EscapeLike(s.ToLowerInvariant()) + "%"));
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public EntityProfile? Profile(long entityId) => Run(db =>
    {
        var entity = db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.id = @id", ReadEntity, ("id", entityId)).FirstOrDefault();
        if (entity is null) return null;
        var aliases = db.Query("SELECT alias, count FROM entity_aliases WHERE entity_id = @e AND count > 0 ORDER BY count DESC, alias",
            r => new AliasCount(r.S(0), r.I(1)), ("e", entityId));
        var refs = new Dictionary<long, EntityRef>();
        var relations = db.Query("""
            SELECT r.type, r.label, r.label_en, r.subject_entity, r.object_entity, COUNT(*), MIN(d.published_start), MAX(d.published_start)
            FROM relations r JOIN documents d ON d.id = r.doc
            WHERE r.subject_entity = @e OR r.object_entity = @e
            GROUP BY r.type, r.label, r.label_en, r.subject_entity, r.object_entity
            ORDER BY COUNT(*) DESC, r.type
            """, r => (Type: r.S(0), Label: r.S(1), LabelEn: r.N(2), Subject: r.L(3), Object: r.L(4), Count: r.I(5), First: r.N(6), Last: r.N(7)), ("e", entityId));
        var edges = db.Query(AnyFlagged(db)
            ? $"""
              SELECT g.kind, g.type, g.source_entity, g.target_entity, COUNT(*), MIN(x.date_value), MAX(x.date_value)
              FROM edges g JOIN edge_evidence x ON x.edge_id = g.id
              WHERE (g.source_entity = @e OR g.target_entity = @e) AND {EvidenceNotFlagged("x")}
              GROUP BY g.kind, g.type, g.source_entity, g.target_entity
              """
            : """
              SELECT kind, type, source_entity, target_entity, count, first_date, last_date FROM edges
              WHERE (source_entity = @e OR target_entity = @e) AND count > 0
              """, r => (Kind: r.S(0), Type: r.S(1), Source: r.L(2), Target: r.L(3), Count: r.I(4), First: r.N(5), Last: r.N(6)), ("e", entityId));
        LoadRefs(db, refs, relations.SelectMany(r => new[] { r.Subject, r.Object }).Concat(edges.SelectMany(e => new[] { e.Source, e.Target })));
        var relationFacts = relations.Select(r =>
        {
            bool outgoing = r.Subject == entityId;
            return new RelationFact(r.Type, r.Label, r.LabelEn, refs[outgoing ? r.Object : r.Subject], outgoing ? "out" : "in", r.Count, r.First, r.Last);
        }).ToList();
        var partners = edges
            .GroupBy(e => (e.Kind, e.Type, Other: e.Source == entityId ? e.Target : e.Source))
            .Select(g => new Partner(g.Key.Kind, g.Key.Type, refs[g.Key.Other],
                g.Select(e => e.Source == entityId ? "out" : "in").Distinct().Count() > 1 ? "both" : g.First().Source == entityId ? "out" : "in",
                g.Sum(e => e.Count), g.Min(e => e.First), g.Max(e => e.Last)))
            .OrderBy(p => p.Kind).ThenBy(p => p.Type).ThenByDescending(p => p.Count).ThenBy(p => p.Entity.Id)
            .ToList();
        var overTime = db.Query($"""
            SELECT SUBSTR(COALESCE(e.date_start, d.published_start), 1, 7) AS period, COUNT(DISTINCT e.id)
            FROM events e JOIN documents d ON d.id = e.doc
            WHERE e.id IN (SELECT a.event_id FROM event_actors a WHERE a.entity_id = @e) AND COALESCE(e.date_start, d.published_start) IS NOT NULL
              AND {NotFlagged("e")}
            GROUP BY SUBSTR(COALESCE(e.date_start, d.published_start), 1, 7) ORDER BY period
            """, r => new PeriodCount(r.S(0), r.I(1)), ("e", entityId));
        var docs = EntityDocuments(db, entityId, 50, 0);
        return new EntityProfile(entity, aliases, relationFacts, partners, overTime, docs);
    });

    /// <summary>Edge evidence <paramref name="x"/> that is a relation or an event not flagged as wrong.</summary>
    private static string EvidenceNotFlagged(string x) =>
        $"({x}.event_id IS NULL OR {x}.event_id NOT IN (SELECT fe.id FROM events fe WHERE fe.event_key IN ({FlaggedEventKeys})))";

    private static void LoadRefs(Db db, Dictionary<long, EntityRef> refs, IEnumerable<long> ids)
    {
        foreach (var chunk in ids.Distinct().Where(i => !refs.ContainsKey(i)).Chunk(500))
        {
            var names = chunk.Select((_, i) => "@i" + i).ToList();
            var args = chunk.Select((id, i) => ("i" + i, (object?)id)).ToArray();
            foreach (var e in db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.id IN ({string.Join(",", names)})", ReadEntity, args))
                refs[e.Id] = e.Ref;
        }
    }

    public EntityGraph Graph(GraphQuery q) => Run(db =>
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        if (q.Entity is { } ent) { where.Add("(g.source_entity = @e OR g.target_entity = @e)"); args.Add(("e", ent)); }
        if (!string.IsNullOrWhiteSpace(q.Type)) { where.Add("g.type = @type"); args.Add(("type", q.Type.Trim().ToUpperInvariant())); }
        // With a date window or flagged events, edges are recounted from their evidence; otherwise the stored aggregates are exact.
        bool recount = q.From is not null || q.To is not null || AnyFlagged(db);
        if (recount) where.Add(EvidenceNotFlagged("x"));
        if (q.From is { } f) { where.Add("x.date_value >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("x.date_value <= @to"); args.Add(("to", Iso(End(t)))); }
        args.Add(("min", Math.Max(1, q.MinCount)));
        args.Add(("max", Math.Max(1, q.MaxEdges)));
        var whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        // Without a date window the stored aggregates are exact; with one, they are recounted from the evidence in it.
        var sql = recount
            ? $"""
              SELECT g.id, g.source_entity, g.target_entity, g.kind, g.type, COUNT(*), MIN(x.date_value), MAX(x.date_value)
              FROM edges g JOIN edge_evidence x ON x.edge_id = g.id {whereSql}
              GROUP BY g.id, g.source_entity, g.target_entity, g.kind, g.type HAVING COUNT(*) >= @min
              ORDER BY COUNT(*) DESC, g.id LIMIT @max
              """
            : $"""
              SELECT g.id, g.source_entity, g.target_entity, g.kind, g.type, g.count, g.first_date, g.last_date
              FROM edges g {(where.Count == 0 ? "WHERE" : whereSql + " AND")} g.count >= @min
              ORDER BY g.count DESC, g.id LIMIT @max
              """;
        var rows = db.Query(sql, r => (Id: r.L(0), Source: r.L(1), Target: r.L(2), Kind: r.S(3), Type: r.S(4), Count: r.I(5), First: r.N(6), Last: r.N(7)), [.. args]);
        var edges = rows.Select(e => new GraphEdge(e.Id, e.Source, e.Target, e.Kind, e.Type, e.Count, e.First, e.Last,
            Polarity.Of(e.Kind, e.Type), q.EvidencePerEdge > 0 ? EdgeEvidence(db, e.Id, q) : [])).ToList();
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, edges.SelectMany(e => new[] { e.Source, e.Target }));
        var weight = new Dictionary<long, int>();
        foreach (var e in edges) { weight[e.Source] = weight.GetValueOrDefault(e.Source) + e.Count; weight[e.Target] = weight.GetValueOrDefault(e.Target) + e.Count; }
        var nodes = refs.Values.Select(n => new GraphNode(n.Id, n.Name, n.NameEn, n.Type, n.Kb, weight.GetValueOrDefault(n.Id))
            { Kind = n.Kind, Sector = n.Sector, Affiliation = n.Affiliation })
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Id).ToList();
        return new EntityGraph(nodes, edges);
    });

    private static List<Evidence> EdgeEvidence(Db db, long edge, GraphQuery q)
    {
        var args = new List<(string, object?)> { ("edge", edge), ("n", q.EvidencePerEdge) };
        var where = "x.edge_id = @edge AND " + EvidenceNotFlagged("x");
        if (q.From is { } f) { where += " AND x.date_value >= @from"; args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where += " AND x.date_value <= @to"; args.Add(("to", Iso(End(t)))); }
        return db.Query($"""
            SELECT d.doc_id, d.title, d.outlet, COALESCE(e.date_value, d.published), COALESCE(e.evidence_text, r.evidence_text),
              COALESCE(e.attribution_text, an.name), e.modality
            FROM edge_evidence x JOIN documents d ON d.id = x.doc
              LEFT JOIN events e ON e.id = x.event_id LEFT JOIN relations r ON r.id = x.relation_id
              LEFT JOIN entities an ON an.id = e.attribution_entity
            WHERE {where} ORDER BY {NullsLast("x.date_value", descending: true)}, d.id DESC LIMIT @n
            """, r => new Evidence(r.S(0), r.N(1), r.N(2), r.N(3), r.N(4) ?? "", r.N(5), r.N(6)), [.. args]);
    }

    public IReadOnlyList<TimelineEvent> Timeline(TimelineQuery q) => Run(db => QueryEvents(db, q, afterId: null));

    /// <summary>Every matching event in id order, read a page at a time so that memory stays flat.</summary>
    public IEnumerable<TimelineEvent> ExportEvents(TimelineQuery q, int pageSize = 1000)
    {
        long after = 0;
        while (true)
        {
            var page = Run(db => QueryEvents(db, q with { Limit = pageSize }, after));
            foreach (var e in page) yield return e;
            if (page.Count < pageSize) yield break;
            after = page[^1].Id;
        }
    }

    /// <summary>
    /// The events matching a query: by date (timeline order), or by id after <paramref name="afterId"/> (export pages).
    /// Each carries its document's URL and the size of its story (copies and distinct outlets).
    /// </summary>
    private IReadOnlyList<TimelineEvent> QueryEvents(Db db, TimelineQuery q, long? afterId)
    {
        var where = new List<string>();
        var args = new List<(string, object?)>();
        for (int i = 0; i < q.Entities.Count; i++)
        {
            where.Add($"e.id IN (SELECT a.event_id FROM event_actors a WHERE a.entity_id = @e{i})");
            args.Add(("e" + i, q.Entities[i]));
        }
        if (q.From is { } f) { where.Add("COALESCE(e.date_start, d.published_start) >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("COALESCE(e.date_start, d.published_start) <= @to"); args.Add(("to", Iso(End(t)))); }
        if (!string.IsNullOrWhiteSpace(q.Type)) { where.Add("e.type = @type"); args.Add(("type", q.Type.Trim().ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(q.Outlet)) { where.Add("LOWER(d.outlet) LIKE @outlet"); args.Add(("outlet", "%" + q.Outlet.Trim().ToLowerInvariant() + "%")); }
        if (afterId is { } after) { where.Add("e.id > @after"); args.Add(("after", after)); }
        where.Add(NotFlagged("e"));
        args.Add(("limit", Math.Max(1, q.Limit)));
        var order = afterId is null ? $"{NullsLast("COALESCE(e.date_start, d.published_start)")}, e.id" : "e.id";
        var rows = db.Query($"""
            SELECT e.id, e.date_value, e.date_precision, d.published, e.type, e.mode, e.cameo, e.location_entity, e.modality,
              COALESCE(e.attribution_text, an.name), e.quantities, d.doc_id, d.title, d.outlet, e.trigger_text, e.evidence_text, d.url, d.story
            FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN entities an ON an.id = e.attribution_entity
            {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
            ORDER BY {order} LIMIT @limit
            """, r => (Id: r.L(0), Date: r.N(1), Precision: r.N(2), Published: r.N(3), Type: r.S(4), Mode: r.N(5), Cameo: r.N(6), Location: r.NL(7),
                Modality: r.S(8), Attribution: r.N(9), Quantities: r.N(10), Doc: r.S(11), Title: r.N(12), Outlet: r.N(13), Trigger: r.S(14), Evidence: r.S(15),
                Url: r.N(16), Story: r.L(17)), [.. args]);
        var actors = new List<(long Event, int Role, long Entity)>();
        foreach (var chunk in rows.Select(r => r.Id).Chunk(500))
        {
            var names = chunk.Select((_, i) => "@i" + i).ToList();
            actors.AddRange(db.Query($"SELECT event_id, role, entity_id FROM event_actors WHERE event_id IN ({string.Join(",", names)}) ORDER BY event_id, role, ordinal",
                r => (r.L(0), r.I(1), r.L(2)), [.. chunk.Select((id, i) => ("i" + i, (object?)id))]));
        }
        var stories = new Dictionary<long, (int Articles, int Outlets)>();
        foreach (var chunk in rows.Select(r => r.Story).Distinct().Chunk(500))
        {
            var names = chunk.Select((_, i) => "@s" + i).ToList();
            foreach (var (story, n, o) in db.Query($"SELECT story, COUNT(*), COUNT(DISTINCT COALESCE(outlet, doc_id)) FROM documents WHERE story IN ({string.Join(",", names)}) GROUP BY story",
                r => (r.L(0), r.I(1), r.I(2)), [.. chunk.Select((id, i) => ("s" + i, (object?)id))]))
                stories[story] = (n, o);
        }
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, actors.Select(a => a.Entity).Concat(rows.Where(r => r.Location is not null).Select(r => r.Location!.Value)));
        var byEvent = actors.ToLookup(a => (a.Event, a.Role), a => refs[a.Entity]);
        return rows.Select(r => new TimelineEvent(r.Id, r.Date, r.Precision, r.Published, r.Type, r.Mode, r.Cameo,
            byEvent[(r.Id, 0)].ToList(), byEvent[(r.Id, 1)].ToList(), r.Location is { } l ? refs.GetValueOrDefault(l) : null,
            r.Modality, r.Attribution, Quantities(r.Quantities), r.Doc, r.Title, r.Outlet, r.Trigger, r.Evidence)
        {
            Url = r.Url,
            StoryArticles = stories.GetValueOrDefault(r.Story).Articles,
            StoryOutlets = stories.GetValueOrDefault(r.Story).Outlets,
        }).ToList();
    }

    public CorpusStats Stats() => Run(db =>
    {
        long Count(string sql) => db.ScalarLong(sql) ?? 0;
        long docs = Count("SELECT COUNT(*) FROM documents");
        long stories = Count("SELECT COUNT(DISTINCT story) FROM documents");
        return new CorpusStats(docs, stories, docs - stories,
            Count("SELECT COUNT(*) FROM entities WHERE documents > 0"),
            Count("SELECT COUNT(*) FROM mentions"),
            Count("SELECT COUNT(*) FROM events"),
            Count("SELECT COUNT(*) FROM relations"),
            Count("SELECT COUNT(*) FROM edges WHERE count > 0"),
            Backend, SizeBytes(db));
    });
}
