using System.Data.Common;
using Marsad.Core.Model;
using Marsad.Text.Names;

namespace Marsad.Store.Sql;

internal abstract partial class SqlCorpusStore
{
    // An entity as the analyst's corrections leave it: fixed type and English name, and a merged group's counts.
    private const string NameEnSql = "COALESCE(n.fixed_name_en, n.name_en)";
    private const string TypeSql = "COALESCE(n.fixed_type, n.type)";
    private const string DocumentsSql = "COALESCE(n.group_documents, n.documents)";
    private const string MentionsSql = "COALESCE(n.group_mentions, n.mentions)";

    private const string EntityColumns =
        $"n.id, n.name, {NameEnSql}, {TypeSql}, n.kb, {DocumentsSql}, {MentionsSql}, n.kind, n.sector, af.id, af.name, COALESCE(af.fixed_name_en, af.name_en), COALESCE(af.fixed_type, af.type), af.kb, af.kind";

    /// <summary>Entities (n) with the entity a generic actor belongs to (af).</summary>
    private const string EntitySource = "entities n LEFT JOIN entities af ON af.id = n.affiliation";

    private static EntitySummary ReadEntity(DbDataReader r) => ReadEntity(r, 0);

    /// <summary>Reads <see cref="EntityColumns"/> starting at column <paramref name="o"/>.</summary>
    private static EntitySummary ReadEntity(DbDataReader r, int o) => new(r.L(o), r.S(o + 1), r.N(o + 2), r.S(o + 3), r.N(o + 4), r.I(o + 5), r.I(o + 6))
    {
        Kind = r.S(o + 7),
        Sector = r.N(o + 8),
        Affiliation = r.NL(o + 9) is { } a ? new EntityRef(a, r.S(o + 10), r.N(o + 11), r.S(o + 12), r.N(o + 13)) { Kind = r.S(o + 14) } : null,
    };

    public IReadOnlyList<EntitySummary> Entities(EntityListQuery q) => Run(db =>
    {
        var (where, args) = EntityFilter(q);
        args.Add(("limit", Math.Clamp(q.Limit, 1, 10000))); args.Add(("offset", Math.Max(0, q.Offset)));
        var order = q.Sort switch
        {
            EntitySort.Documents => $"{DocumentsSql} DESC, {MentionsSql} DESC, n.id",
            EntitySort.Name => "n.name, n.id",
            _ => $"{MentionsSql} DESC, n.id",
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
        // An entity merged into another is listed as that one.
        var where = new List<string> { $"{DocumentsSql} >= @min", "n.merged_into IS NULL" };
        var args = new List<(string, object?)> { ("min", Math.Max(1, q.MinDocuments)) };
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            if (!EntityTypes.TryParse(q.Type, out var t)) throw new ArgumentException($"unknown entity type '{q.Type}' (PER, ORG, GPE, LOC, MISC)");
            where.Add($"{TypeSql} = @type"); args.Add(("type", t.ToString()));
        }
        if (!string.IsNullOrWhiteSpace(q.Kind))
        {
            var kind = q.Kind.Trim().ToLowerInvariant();
            if (kind is not (EntityKinds.Named or EntityKinds.Generic)) throw new ArgumentException($"unknown entity kind '{q.Kind}' (named, generic)");
            where.Add("n.kind = @kind"); args.Add(("kind", kind));
        }
        if (!string.IsNullOrWhiteSpace(q.NameContains))
        {
            where.Add($"(n.id IN (SELECT COALESCE(m.merged_into, m.id) FROM entity_aliases a JOIN entities m ON m.id = a.entity_id WHERE a.alias_key LIKE @like ESCAPE '\\') OR LOWER({NameEnSql}) LIKE @likeEn ESCAPE '\\')");
            args.Add(("like", "%" + EscapeLike(NameKeys.Normal(q.NameContains)) + "%"));
            args.Add(("likeEn", "%" + EscapeLike(q.NameContains.Trim().ToLowerInvariant()) + "%"));
        }
        return (string.Join(" AND ", where), args);
    }

    public DocumentPage EntityDocuments(long entityId, int limit = 20, int offset = 0) => Run(db =>
    {
        var members = MembersSql(db, Canonical(db, entityId));
        return new DocumentPage((int)(db.ScalarLong($"SELECT COUNT(*) FROM documents d WHERE d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id IN ({members}))") ?? 0),
            EntityDocuments(db, members, limit, offset));
    });

    private static List<StorySource> EntityDocuments(Db db, string members, int limit, int offset) =>
        db.Query($"""
            SELECT d.doc_id, d.title, d.outlet, d.url, d.published FROM documents d
            WHERE d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id IN ({members}))
            ORDER BY {NullsLast("d.published_start", descending: true)}, d.id DESC LIMIT @limit OFFSET @offset
            """, r => new StorySource(r.S(0), r.N(1), r.N(2), r.N(3), r.N(4)),
            ("limit", Math.Clamp(limit, 1, 1000)), ("offset", Math.Max(0, offset)));

    public EntitySummary? FindEntity(string nameOrId) => Run(db => FindEntity(db, nameOrId));

    public EntityRef? EntityOfKb(string kb) => Run(db =>
    {
        var refs = new Dictionary<long, EntityRef>();
        var ids = db.Query("SELECT id FROM entities WHERE kb = @kb AND documents > 0", r => r.L(0), ("kb", kb));
        LoadRefs(db, refs, ids);
        return ids.Count == 0 ? null : refs[ids[0]];
    });

    /// <summary>The entity found by <see cref="FindEntityRow"/>, or the entity it was merged into.</summary>
    private static EntitySummary? FindEntity(Db db, string nameOrId)
    {
        var e = FindEntityRow(db, nameOrId);
        if (e is null || Canonical(db, e.Id) is var c && c == e.Id) return e;
        return db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.id = @id", ReadEntity, ("id", c)).FirstOrDefault();
    }

    private static EntitySummary? FindEntityRow(Db db, string nameOrId)
    {
        var s = nameOrId.Trim();
        if (s.Length == 0) return null;
        EntitySummary? One(string where, params (string, object?)[] args) =>
            db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.documents > 0 AND {where} ORDER BY {MentionsSql} DESC, n.id LIMIT 1", ReadEntity, args).FirstOrDefault();
        var key = NameKeys.Normal(s);
        var like = "%" + EscapeLike(key) + "%";
        // Digits alone are a corpus id: one that does not exist (or overflows) finds nothing, not a name containing them.
        if (s.All(char.IsAsciiDigit)) return long.TryParse(s, out var id) ? One("n.id = @id", ("id", id)) : null;
        return One("n.kb = @kb", ("kb", s))
            ?? One("n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key = @k AND a.count > 0)", ("k", key))
            ?? One($"LOWER({NameEnSql}) = LOWER(@en)", ("en", s))
            ?? One("n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key LIKE @like ESCAPE '\\')", ("like", like))
            ?? One($"LOWER({NameEnSql}) LIKE @like ESCAPE '\\'", ("like", "%" + EscapeLike(s.ToLowerInvariant()) + "%"));
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public EntityProfile? Profile(long entityId) => Run(db =>
    {
        // An entity merged into another is profiled as that one, with everything of the entities merged into it.
        entityId = Canonical(db, entityId);
        var entity = db.Query($"SELECT {EntityColumns} FROM {EntitySource} WHERE n.id = @id", ReadEntity, ("id", entityId)).FirstOrDefault();
        if (entity is null) return null;
        var members = MembersSql(db, entityId);
        var isMember = members.Split(',').Select(long.Parse).ToHashSet();
        var aliases = db.Query($"SELECT alias, SUM(count) FROM entity_aliases WHERE entity_id IN ({members}) AND count > 0 GROUP BY alias ORDER BY SUM(count) DESC, alias",
            r => new AliasCount(r.S(0), r.I(1)));
        var refs = new Dictionary<long, EntityRef>();
        var relations = db.Query($"""
            SELECT r.type, r.label, r.label_en, r.subject_entity, r.object_entity, COUNT(*), MIN(d.published_start), MAX(d.published_start)
            FROM relations r JOIN documents d ON d.id = r.doc
            WHERE r.subject_entity IN ({members}) OR r.object_entity IN ({members})
            GROUP BY r.type, r.label, r.label_en, r.subject_entity, r.object_entity
            """, r => (Type: r.S(0), Label: r.S(1), LabelEn: r.N(2), Subject: r.L(3), Object: r.L(4), Count: r.I(5), First: r.N(6), Last: r.N(7)));
        var edges = db.Query(AnyFlagged(db)
            ? $"""
              SELECT g.kind, g.type, g.source_entity, g.target_entity, COUNT(*), MIN(x.date_value), MAX(x.date_value)
              FROM edges g JOIN edge_evidence x ON x.edge_id = g.id
              WHERE (g.source_entity IN ({members}) OR g.target_entity IN ({members})) AND {EvidenceNotFlagged("x")}
              GROUP BY g.kind, g.type, g.source_entity, g.target_entity
              """
            : $"""
              SELECT kind, type, source_entity, target_entity, count, first_date, last_date FROM edges
              WHERE (source_entity IN ({members}) OR target_entity IN ({members})) AND count > 0
              """, r => (Kind: r.S(0), Type: r.S(1), Source: r.L(2), Target: r.L(3), Count: r.I(4), First: r.N(5), Last: r.N(6)))
            .Where(e => !(isMember.Contains(e.Source) && isMember.Contains(e.Target))).ToList(); // ties inside a merged group are none
        LoadRefs(db, refs, relations.SelectMany(r => new[] { r.Subject, r.Object }).Concat(edges.SelectMany(e => new[] { e.Source, e.Target })));
        var relationFacts = relations
            .GroupBy(r => (r.Type, r.Label, r.LabelEn, Out: isMember.Contains(r.Subject), Other: refs[isMember.Contains(r.Subject) ? r.Object : r.Subject]))
            .Select(g => new RelationFact(g.Key.Type, g.Key.Label, g.Key.LabelEn, g.Key.Other, g.Key.Out ? "out" : "in",
                g.Sum(r => r.Count), g.Min(r => r.First), g.Max(r => r.Last)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Type, StringComparer.Ordinal).ToList();
        var partners = edges
            .GroupBy(e => (e.Kind, e.Type, Other: refs[isMember.Contains(e.Source) ? e.Target : e.Source]))
            .Select(g => new Partner(g.Key.Kind, g.Key.Type, g.Key.Other,
                g.Select(e => isMember.Contains(e.Source) ? "out" : "in").Distinct().Count() > 1 ? "both" : isMember.Contains(g.First().Source) ? "out" : "in",
                g.Sum(e => e.Count), g.Min(e => e.First), g.Max(e => e.Last)))
            .OrderBy(p => p.Kind).ThenBy(p => p.Type).ThenByDescending(p => p.Count).ThenBy(p => p.Entity.Id)
            .ToList();
        var overTime = db.Query($"""
            SELECT SUBSTR(COALESCE(e.date_start, d.published_start), 1, 7) AS period, COUNT(DISTINCT e.id)
            FROM events e JOIN documents d ON d.id = e.doc
            WHERE e.id IN (SELECT a.event_id FROM event_actors a WHERE a.entity_id IN ({members})) AND COALESCE(e.date_start, d.published_start) IS NOT NULL
              AND {NotFlagged("e")}
            GROUP BY SUBSTR(COALESCE(e.date_start, d.published_start), 1, 7) ORDER BY period
            """, r => new PeriodCount(r.S(0), r.I(1)));
        var docs = EntityDocuments(db, members, 50, 0);
        return new EntityProfile(entity, aliases, relationFacts, partners, overTime, docs)
        {
            Corrections = EntityCorrections(db, isMember),
            CoMentioned = CoMentioned(db, members, isMember, 30),
        };
    });

    /// <summary>The corrections not undone that apply to these entities (merges into or of them, fixes).</summary>
    private static List<Correction> EntityCorrections(Db db, IEnumerable<long> ids)
    {
        var keys = ids.Select(id => EntityKey(db, id)?.Key).OfType<string>().ToHashSet();
        return db.Query($"SELECT {CorrectionColumns} FROM corrections WHERE undone_at IS NULL AND action <> @a ORDER BY id", ReadCorrection, ("a", CorrectionActions.FlagEvent))
            .Where(c => keys.Contains(c.Target) || c.Action == CorrectionActions.MergeEntities && c.Value is { } v && keys.Contains(v)).ToList();
    }

    /// <summary>Edge evidence <paramref name="x"/> that is a relation or an event not flagged as wrong.</summary>
    private static string EvidenceNotFlagged(string x) =>
        $"({x}.event_id IS NULL OR {x}.event_id NOT IN (SELECT fe.id FROM events fe WHERE fe.event_key IN ({FlaggedEventKeys})))";

    private static void LoadRefs(Db db, Dictionary<long, EntityRef> refs, IEnumerable<long> ids)
    {
        foreach (var chunk in ids.Distinct().Where(i => !refs.ContainsKey(i)).Chunk(500))
        {
            var names = chunk.Select((_, i) => "@i" + i).ToList();
            var args = chunk.Select((id, i) => ("i" + i, (object?)id)).ToArray();
            // An id merged into another entity stands for that entity.
            foreach (var (id, e) in db.Query($"""
                SELECT n0.id, {EntityColumns} FROM entities n0 JOIN entities n ON n.id = COALESCE(n0.merged_into, n0.id)
                  LEFT JOIN entities af ON af.id = n.affiliation
                WHERE n0.id IN ({string.Join(",", names)})
                """, r => (r.L(0), ReadEntity(r, 1)), args))
                refs[id] = e.Ref;
        }
    }

    public EntityGraph Graph(GraphQuery q) => RunPage(db =>
    {
        var where = new List<string>();
        var evidenceWhere = new List<string>();
        var args = new List<(string, object?)>();
        if (q.Entity is { } ent)
        {
            var members = MembersSql(db, Canonical(db, ent));
            where.Add($"(g.source_entity IN ({members}) OR g.target_entity IN ({members}))");
        }
        if (!string.IsNullOrWhiteSpace(q.Type)) { where.Add("g.type = @type"); args.Add(("type", q.Type.Trim().ToUpperInvariant())); }
        // Without a date window or flagged events the stored aggregates are exact. A date window sums the edges' per-date
        // counts in it (edge_date_counts: about 1 row for 30 pieces of evidence); flagged events are left out of the
        // evidence itself, so then each edge is recounted from its evidence rows.
        bool flagged = AnyFlagged(db);
        bool recount = q.From is not null || q.To is not null || flagged;
        bool byDate = recount && !flagged && CountByDate;
        var (counted, n) = byDate ? ("edge_date_counts", "SUM(x.n)") : ("edge_evidence", "COUNT(*)");
        if (recount && !byDate) evidenceWhere.Add(EvidenceNotFlagged("x"));
        if (q.From is { } f) { evidenceWhere.Add("x.date_value >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { evidenceWhere.Add("x.date_value <= @to"); args.Add(("to", Iso(End(t)))); }
        if (recount && where.Count > 0) evidenceWhere.Add($"x.edge_id IN (SELECT g.id FROM edges g WHERE {string.Join(" AND ", where)})");
        args.Add(("min", Math.Max(1, q.MinCount)));
        args.Add(("max", Math.Max(1, q.MaxEdges)));
        var whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        // Counted per edge id first, then joined to the few edges kept (not each counted row to its edge).
        var sql = recount
            ? $"""
              SELECT g.id, g.source_entity, g.target_entity, g.kind, g.type, x.n, x.first_date, x.last_date
              FROM (SELECT x.edge_id, {n} AS n, MIN(x.date_value) AS first_date, MAX(x.date_value) AS last_date FROM {counted} x
                {(evidenceWhere.Count == 0 ? "" : "WHERE " + string.Join(" AND ", evidenceWhere))} GROUP BY x.edge_id HAVING {n} >= @min) x
              JOIN edges g ON g.id = x.edge_id
              ORDER BY x.n DESC, g.id LIMIT @max
              """
            : $"""
              SELECT g.id, g.source_entity, g.target_entity, g.kind, g.type, g.count, g.first_date, g.last_date
              FROM edges g {(where.Count == 0 ? "WHERE" : whereSql + " AND")} g.count >= @min
              ORDER BY g.count DESC, g.id LIMIT @max
              """;
        var rows = db.Query(sql, r => (Id: r.L(0), Source: r.L(1), Target: r.L(2), Kind: r.S(3), Type: r.S(4), Count: r.I(5), First: r.N(6), Last: r.N(7)), [.. args]);
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, rows.SelectMany(e => new[] { e.Source, e.Target }));
        // Entities merged into one (refs map their ids to it): their edges are one edge, and ties inside the group none.
        var groups = rows.GroupBy(e => (Source: refs[e.Source].Id, Target: refs[e.Target].Id, e.Kind, e.Type))
            .Where(g => g.Key.Source != g.Key.Target).ToList();
        var evidence = q.EvidencePerEdge > 0 ? LatestEvidence(db, groups.Select(g => g.Select(e => e.Id).ToArray()).ToList(), q) : [];
        var edges = groups
            .Select(g => new GraphEdge(g.First().Id, g.Key.Source, g.Key.Target, g.Key.Kind, g.Key.Type, g.Sum(e => e.Count), g.Min(e => e.First), g.Max(e => e.Last),
                Polarity.Of(g.Key.Kind, g.Key.Type), evidence.GetValueOrDefault(g.First().Id) ?? []))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Id).ToList();
        var weight = new Dictionary<long, int>();
        foreach (var e in edges) { weight[e.Source] = weight.GetValueOrDefault(e.Source) + e.Count; weight[e.Target] = weight.GetValueOrDefault(e.Target) + e.Count; }
        var nodes = refs.Values.DistinctBy(n => n.Id).Where(n => weight.ContainsKey(n.Id))
            .Select(n => new GraphNode(n.Id, n.Name, n.NameEn, n.Type, n.Kb, weight[n.Id]) { Kind = n.Kind, Sector = n.Sector, Affiliation = n.Affiliation })
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Id).ToList();
        return new EntityGraph(nodes, edges);
    });

    /// <summary>Whether a graph over a date window sums the per-date counts (else it recounts the evidence, as with flagged events); tests compare the two.</summary>
    internal bool CountByDate { get; set; } = true;

    /// <summary>
    /// The latest evidence of each edge shown (a group of edge ids when entities were merged), newest first: each edge's
    /// few newest rows read from its index (edge_evidence_latest), in one statement for many edges, then their details.
    /// </summary>
    private static Dictionary<long, List<Evidence>> LatestEvidence(Db db, IReadOnlyList<long[]> groups, GraphQuery q)
    {
        var args = new List<(string, object?)> { ("n", q.EvidencePerEdge) };
        var where = EvidenceNotFlagged("x");
        if (q.From is { } f) { where += " AND x.date_value >= @from"; args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where += " AND x.date_value <= @to"; args.Add(("to", Iso(End(t)))); }
        var rows = new List<(long Edge, long Doc, long? Event, long? Relation, string? Date)>();
        foreach (var chunk in groups.SelectMany(g => g).Distinct().Chunk(200))
            rows.AddRange(db.Query(string.Join(" UNION ALL ", chunk.Select((edge, i) => $"""
                SELECT * FROM (SELECT x.edge_id, x.doc, x.event_id, x.relation_id, x.date_value FROM edge_evidence x
                WHERE x.edge_id = {edge} AND {where} ORDER BY x.date_value DESC NULLS LAST, x.doc DESC LIMIT @n) AS t{i}
                """)), r => (r.L(0), r.L(1), r.NL(2), r.NL(3), r.N(4)), [.. args]));
        string List(IEnumerable<long> ids) => string.Join(",", ids.Distinct().DefaultIfEmpty(0));
        var docs = db.Query($"SELECT id, doc_id, title, outlet, published FROM documents WHERE id IN ({List(rows.Select(r => r.Doc))})",
            r => (Id: r.L(0), DocId: r.S(1), Title: r.N(2), Outlet: r.N(3), Published: r.N(4))).ToDictionary(d => d.Id);
        var events = db.Query($"""
            SELECT e.id, e.date_value, e.evidence_text, COALESCE(e.attribution_text, an.name), e.modality
            FROM events e LEFT JOIN entities an ON an.id = e.attribution_entity WHERE e.id IN ({List(rows.Select(r => r.Event ?? 0))})
            """, r => (Id: r.L(0), Date: r.N(1), Text: r.S(2), Attribution: r.N(3), Modality: r.S(4))).ToDictionary(e => e.Id);
        var relations = db.Query($"SELECT id, evidence_text FROM relations WHERE id IN ({List(rows.Select(r => r.Relation ?? 0))})",
            r => (Id: r.L(0), Text: r.S(1))).ToDictionary(r => r.Id, r => r.Text);
        var byEdge = rows.ToLookup(r => r.Edge);
        var result = new Dictionary<long, List<Evidence>>();
        foreach (var group in groups)
            result[group[0]] = group.SelectMany(e => byEdge[e])
                .OrderBy(r => r.Date is null).ThenByDescending(r => r.Date, StringComparer.Ordinal).ThenByDescending(r => r.Doc).Take(q.EvidencePerEdge)
                .Where(r => docs.ContainsKey(r.Doc)).Select(r =>
                {
                    var d = docs[r.Doc];
                    if (r.Event is { } eid && events.TryGetValue(eid, out var e))
                        return new Evidence(d.DocId, d.Title, d.Outlet, e.Date ?? d.Published, e.Text, e.Attribution, e.Modality);
                    var text = r.Relation is { } rid ? relations.GetValueOrDefault(rid) : null;
                    return new Evidence(d.DocId, d.Title, d.Outlet, d.Published, text ?? "", null, null);
                }).ToList();
        return result;
    }

    public IReadOnlyList<TimelineEvent> Timeline(TimelineQuery q) => RunPage(db => QueryEvents(db, q, afterId: null));

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
        var groups = q.Entities.Select((e, i) => (Canonical: Canonical(db, e), With: q.With?.ElementAtOrDefault(i) ?? []))
            .Select(g => (g.Canonical, Members: string.Join(",", g.With.Select(w => Canonical(db, w)).Prepend(g.Canonical).Distinct().Select(c => MembersSql(db, c))))).ToList();
        string from = "events e JOIN documents d ON d.id = e.doc LEFT JOIN entities an ON an.id = e.attribution_entity";
        string date = "COALESCE(e.date_start, d.published_start)";
        // One entity's timeline walks its events in date order through its index (event_actors_timeline), taking each
        // event once, at its first actor row. Two entities, neither with others merged into it, are read in date order from
        // the index of their pair (event_pairs). Other sets are walked through the entity with fewer documents, each event
        // checked for the others, when a sample of the walk shows they meet often enough; common entities that rarely
        // meet would walk the whole index of one of them, so they are intersected instead (below).
        bool pair = afterId is null && PairTable && groups.Count == 2 && groups[0].Canonical != groups[1].Canonical && !groups.Any(g => g.Members.Contains(','));
        var walker = groups.Count == 0 || pair ? default : groups.MinBy(g => db.ScalarLong($"SELECT {DocumentsSql} FROM entities n WHERE n.id = @id", ("id", g.Canonical)) ?? 0);
        bool byDate = afterId is null && !pair && (groups.Count == 1 || groups.Count > 1 && MeetOften(db, walker.Members, groups.Where(g => g != walker).Select(g => g.Members).ToList(), q));
        if (pair)
        {
            from = "event_pairs a JOIN " + from.Replace("events e JOIN", "events e ON e.id = a.event_id JOIN", StringComparison.Ordinal);
            where.Add($"a.entity_a = {Math.Min(groups[0].Canonical, groups[1].Canonical)} AND a.entity_b = {Math.Max(groups[0].Canonical, groups[1].Canonical)}");
            groups.Clear();
            date = "a.sort_date";
        }
        if (byDate)
        {
            var walk = walker;
            groups.Remove(walk);
            foreach (var other in groups)
                where.Add($"EXISTS (SELECT 1 FROM event_actors b WHERE b.event_id = a.event_id AND {InList("b.entity_id", other.Members)})");
            groups.Clear();
            from = "event_actors a JOIN " + from.Replace("events e JOIN", "events e ON e.id = a.event_id JOIN", StringComparison.Ordinal);
            where.Add(InList("a.entity_id", walk.Members));
            date = "a.sort_date";
        }
        // The events of every entity of the query: the intersection of their actor rows' event ids, each read from its
        // index, so that only the events they share are read, not every event of the corpus. (A join of the two sets
        // let SQLite look up the second entity's rows once per row of the first.)
        if (groups.Count > 0)
            where.Add($"e.id IN ({string.Join(" INTERSECT ", groups.Select(g => $"SELECT event_id FROM event_actors WHERE entity_id IN ({g.Members})"))})");
        if (q.From is { } f) { where.Add($"{date} >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add($"{date} <= @to"); args.Add(("to", Iso(End(t)))); }
        if (!string.IsNullOrWhiteSpace(q.Type)) { where.Add("e.type = @type"); args.Add(("type", q.Type.Trim().ToUpperInvariant())); }
        if (!string.IsNullOrWhiteSpace(q.Outlet)) { where.Add("LOWER(d.outlet) LIKE @outlet"); args.Add(("outlet", "%" + q.Outlet.Trim().ToLowerInvariant() + "%")); }
        if (afterId is { } after) { where.Add("e.id > @after"); args.Add(("after", after)); }
        if (q.Ids is { } ids) where.Add(ids.Count == 0 ? "1 = 0" : $"e.id IN ({string.Join(",", ids.Distinct())})");
        where.Add(NotFlagged("e"));
        int limit = Math.Max(1, q.Limit);
        List<EventRow> Read(string condition, string order, int n) => db.Query($"""
            SELECT e.id, e.date_value, e.date_precision, d.published, e.type, e.mode, e.cameo, e.location_entity, e.modality,
              COALESCE(e.attribution_text, an.name), e.quantities, d.doc_id, d.title, d.outlet, e.trigger_text, e.evidence_text, d.url, d.story
            FROM {from} WHERE {string.Join(" AND ", where.Append(condition))}
            ORDER BY {order} LIMIT @limit
            """, r => new EventRow(r.L(0), r.N(1), r.N(2), r.N(3), r.S(4), r.N(5), r.N(6), r.NL(7), r.S(8), r.N(9), r.N(10), r.S(11), r.N(12), r.N(13),
                r.S(14), r.S(15), r.N(16), r.L(17)), [.. args, ("limit", n)]);
        // A walk reads an event once for each of its actor rows of the walked entity (an actor named twice, or two entities
        // merged into one); they share the event's sort date, so they come together in the walk's order and the first is
        // kept. (A probe of the event's other actor rows for each row read cost a third of a 500-event timeline's pages.)
        List<EventRow> Once(string condition, string order, int n)
        {
            if (!byDate) return Read(condition, order, n);
            for (int ask = n; ; ask *= 2)
            {
                var read = Read(condition, order, ask);
                var once = read.DistinctBy(r => r.Id).ToList();
                if (once.Count >= n || read.Count < ask) return once.Count > n ? once[..n] : once;
            }
        }
        // Dated events first, then undated ones: two reads, so that each follows an index order (NULL sorts first on SQLite, last on PostgreSQL).
        string id = byDate || pair ? "a.event_id" : "e.id";
        var rows = afterId is not null ? Read("1 = 1", id, limit) : Once($"{date} IS NOT NULL", $"{date}, {id}", limit);
        if (afterId is null && rows.Count < limit && q.From is null && q.To is null) rows.AddRange(Once($"{date} IS NULL", id, limit - rows.Count));
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
            byEvent[(r.Id, 0)].DistinctBy(a => a.Id).ToList(), byEvent[(r.Id, 1)].DistinctBy(a => a.Id).ToList(), r.Location is { } l ? refs.GetValueOrDefault(l) : null,
            r.Modality, r.Attribution, Quantities(r.Quantities), r.Doc, r.Title, r.Outlet, r.Trigger, r.Evidence)
        {
            Url = r.Url,
            StoryId = r.Story,
            StoryArticles = stories.GetValueOrDefault(r.Story).Articles,
            StoryOutlets = stories.GetValueOrDefault(r.Story).Outlets,
        }).ToList();
    }

    /// <summary>Whether a timeline of two entities reads their pair's index (else it walks one entity or intersects both); tests compare the ways.</summary>
    internal bool PairTable { get; set; } = true;

    /// <summary>A pair's timeline walks at most about this many of the walked entity's events (estimated from a sample) for one page; else it intersects.</summary>
    internal int MaxPairWalk { get; set; } = 20_000;

    /// <summary>Whether the walked entity's first dated events (a sample of 400) share enough with the others that a page of the timeline is found within <see cref="MaxPairWalk"/> of them.</summary>
    private bool MeetOften(Db db, string walked, IReadOnlyList<string> others, TimelineQuery q)
    {
        const int sample = 400;
        var args = new List<(string, object?)> { ("n", sample) };
        var range = "";
        if (q.From is { } f) { range += " AND a.sort_date >= @from"; args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { range += " AND a.sort_date <= @to"; args.Add(("to", Iso(End(t)))); }
        var shared = db.ScalarLong($"""
            SELECT COUNT(*) FROM (SELECT a.event_id FROM event_actors a WHERE {InList("a.entity_id", walked)} AND a.sort_date IS NOT NULL{range}
              ORDER BY a.sort_date, a.event_id LIMIT @n) a
            WHERE {string.Join(" AND ", others.Select(o => $"EXISTS (SELECT 1 FROM event_actors b WHERE b.event_id = a.event_id AND {InList("b.entity_id", o)})"))}
            """, [.. args]) ?? 0;
        return shared * (long)MaxPairWalk >= (long)Math.Max(1, q.Limit) * sample;
    }

    private sealed record EventRow(long Id, string? Date, string? Precision, string? Published, string Type, string? Mode, string? Cameo, long? Location,
        string Modality, string? Attribution, string? Quantities, string Doc, string? Title, string? Outlet, string Trigger, string Evidence, string? Url, long Story);

    /// <summary>A condition that a column is one of a comma-separated list of ids (an equality for one, which an index can order by).</summary>
    private static string InList(string column, string ids) => ids.Contains(',') ? $"{column} IN ({ids})" : $"{column} = {ids}";

    public CorpusStats Stats() => Run(db =>
    {
        long Count(string sql) => db.ScalarLong(sql) ?? 0;
        long docs = Count("SELECT COUNT(*) FROM documents");
        long stories = Count("SELECT COUNT(DISTINCT story) FROM documents");
        return new CorpusStats(docs, stories, docs - stories,
            Count("SELECT COUNT(*) FROM entities WHERE documents > 0 AND merged_into IS NULL"),
            Count("SELECT COUNT(*) FROM mentions"),
            Count("SELECT COUNT(*) FROM events"),
            Count("SELECT COUNT(*) FROM relations"),
            Count("SELECT COUNT(*) FROM edges WHERE count > 0"),
            Backend, SizeBytes(db));
    });
}
