using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Store.Dedup;
using Marsad.Linking;
using Marsad.Linking.Names;
using Marsad.Store.Search;

namespace Marsad.Store.Sql;

internal abstract partial class SqlCorpusStore
{
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public bool IsStored(Document doc) => Run(db =>
        db.Query("SELECT content_hash, title, published, url, outlet FROM documents WHERE doc_id = @id",
            r => r.S(0) == ContentHash(doc.Text) && SameMetadata(r.N(1), r.N(2), r.N(3), r.N(4), doc), ("id", doc.Id)) is [true]);

    private static bool SameMetadata(string? title, string? published, string? url, string? outlet, Document doc) =>
        title == doc.Title && published == doc.Published?.ToString() && url == doc.Url && outlet == doc.Outlet;

    public IngestResult Ingest(Document doc, bool replace = false) => Write(db =>
    {
        // PostgreSQL cannot store U+0000 and SQLite can: refused alike, so both backends hold the same corpus.
        if (new[] { doc.Id, doc.Text, doc.Title, doc.Url, doc.Outlet }.Any(s => s?.Contains('\0') == true))
            throw new ArgumentException($"document '{doc.Id}' holds NUL characters (U+0000); the readers replace them, so this one was built elsewhere");
        var hash = ContentHash(doc.Text);
        BeginWrite(db);
        var existing = db.Query("SELECT id, content_hash, story, title, published, url, outlet FROM documents WHERE doc_id = @id",
            r => (Row: r.L(0), Hash: r.S(1), Story: r.L(2), Same: SameMetadata(r.N(3), r.N(4), r.N(5), r.N(6), doc)), ("id", doc.Id));
        bool sameText = existing.Count > 0 && existing[0].Hash == hash;
        if (sameText && existing[0].Same)
        {
            db.Commit();
            return new IngestResult(doc.Id, IngestStatus.Unchanged, existing[0].Story);
        }
        if (existing.Count > 0 && !sameText && !replace)
        {
            db.Commit();
            return new IngestResult(doc.Id, IngestStatus.Conflict, existing[0].Story);
        }
        // same text, new metadata: stored again, because the publication date anchors relative dates in the events
        if (existing.Count > 0) DeleteDocument(db, existing[0].Row);

        var terms = SearchKeys.IndexText(doc);
        var signature = MinHashSignature.Compute(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var (story, duplicateOf) = FindStory(db, signature);

        long row = db.ScalarLong("""
            INSERT INTO documents(doc_id, content_hash, title, published, published_start, url, outlet, origin, text, story, shingles, minhash, ingested_at, exact_indexed)
            VALUES (@id, @hash, @title, @pub, @pubStart, @url, @outlet, @origin, @text, @story, @shingles, @minhash, @at, 1) RETURNING id
            """,
            ("id", doc.Id), ("hash", hash), ("title", doc.Title), ("pub", doc.Published?.ToString()),
            ("pubStart", doc.Published is { } p ? Iso(p.Start) : null), ("url", doc.Url), ("outlet", doc.Outlet),
            ("origin", doc.Origin), ("text", doc.Text), ("story", story ?? 0L), ("shingles", signature.Shingles),
            ("minhash", signature.ToBytes()), ("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)))!.Value;
        if (story is null) db.Execute("UPDATE documents SET story = id WHERE id = @row", ("row", row));
        IndexTerms(db, row, terms);
        IndexExactTerms(db, row, SearchKeys.ExactIndexText(doc));
        if (signature.IsComparable)
            foreach (var bucket in signature.BandKeys())
                db.Execute("INSERT INTO doc_lsh(bucket, doc) VALUES (@b, @d)", ("b", bucket), ("d", row));

        var local = LocalIds(doc);
        var entityIds = StoreEntities(db, row, doc, local);
        StoreEvents(db, row, doc, local, entityIds);
        StoreRelations(db, row, doc, local, entityIds);
        db.Commit();
        var status = existing.Count == 0 ? IngestStatus.Stored : sameText ? IngestStatus.Updated : IngestStatus.Replaced;
        return new IngestResult(doc.Id, status, story ?? row, duplicateOf);
    });

    private const int MaxCandidates = 16;

    /// <summary>The story of the closest stored near-duplicate, if any, and that document's id.</summary>
    private static (long? Story, string? DocumentId) FindStory(Db db, MinHashSignature signature)
    {
        if (!signature.IsComparable) return (null, null);
        var args = new List<(string, object?)>();
        var names = new List<string>();
        foreach (var (bucket, i) in signature.BandKeys().Select((b, i) => (b, i)))
        {
            names.Add("@b" + i);
            args.Add(("b" + i, bucket));
        }
        // Candidates ranked by how many bands they share: a copy shares many (J = 0.8 → about 10 of 20),
        // a chance collision one. Only the best few are checked, so a bucket shared by thousands of
        // documents (a common sentence) costs an index scan, not thousands of signature loads.
        var ranked = db.Query($"""
            SELECT doc FROM doc_lsh WHERE bucket IN ({string.Join(",", names)})
            GROUP BY doc ORDER BY COUNT(*) DESC, doc LIMIT {MaxCandidates}
            """, r => r.L(0), [.. args]);
        if (ranked.Count == 0) return (null, null);
        var ids = ranked.Select((id, i) => ("c" + i, (object?)id)).ToArray();
        var candidates = db.Query($"""
            SELECT d.id, d.doc_id, d.story, d.shingles, d.minhash FROM documents d
            WHERE d.id IN ({string.Join(",", ids.Select(x => "@" + x.Item1))})
            """, r => (DocId: r.S(1), Story: r.L(2), Sig: MinHashSignature.FromBytes(r.B(4) ?? [], r.I(3))), ids);
        var best = candidates
            .Select(c => (c.DocId, c.Story, Score: signature.Containment(c.Sig), c.Sig))
            .Where(c => signature.IsNearDuplicateOf(c.Sig))
            .OrderByDescending(c => c.Score)
            .FirstOrDefault();
        return best.DocId is null ? (null, null) : (best.Story, best.DocId);
    }

    /// <summary>Resolves every document entity to a corpus entity and stores its mentions; returns entity → corpus id.</summary>
    private static Dictionary<Entity, long> StoreEntities(Db db, long row, Document doc, Dictionary<Entity, string> local)
    {
        var ids = new Dictionary<Entity, long>(ReferenceEqualityComparer.Instance);
        // Named entities first: a generic actor is grouped by the corpus entity of its affiliation.
        foreach (var e in local.Keys.OrderBy(e => !e.IsGeneric ? 0 : e.Affiliation?.IsGeneric == true ? 2 : 1))
        {
            long id = e.IsGeneric ? ResolveGeneric(db, e, IdOf(ids, e.Affiliation)) : ResolveEntity(db, e);
            ids[e] = id;
            db.Execute("""
                INSERT INTO doc_entities(doc, local_id, entity_id, name, name_en, kb, type, kind, sector, affiliation_local)
                VALUES (@d, @l, @e, @n, @en, @kb, @t, @kind, @sector, @aff)
                """,
                ("d", row), ("l", local[e]), ("e", id), ("n", e.Name), ("en", e.NameEn), ("kb", e.Kb), ("t", e.Type.ToString()),
                ("kind", EntityKinds.Of(e.Kind)), ("sector", e.IsGeneric ? e.Sector : null), ("aff", e.IsGeneric ? LocalOf(local, e.Affiliation) : null));
            var aliases = new Dictionary<string, int>(StringComparer.Ordinal) { [e.Name.Trim()] = 0 };
            foreach (var m in e.Mentions)
            {
                var text = doc.TextOf(m.Span);
                db.Execute("INSERT INTO mentions(doc, local_id, start_offset, end_offset, text, nisba) VALUES (@d, @l, @s, @e, @t, @n)",
                    ("d", row), ("l", local[e]), ("s", m.Span.Start), ("e", m.Span.End), ("t", text), ("n", m.Nisba ? 1 : 0));
                if (!m.Nisba) aliases[text.Trim()] = aliases.GetValueOrDefault(text.Trim()) + 1;
            }
            foreach (var (alias, n) in aliases) AddAlias(db, id, alias, n);
        }
        // One document counts once per corpus entity, however many local entities resolved to it.
        foreach (var g in ids.GroupBy(kv => kv.Value))
            db.Execute("UPDATE entities SET documents = documents + 1, mentions = mentions + @m WHERE id = @id",
                ("m", g.Sum(kv => kv.Key.Mentions.Count)), ("id", g.Key));
        return ids;
    }

    /// <summary>
    /// Cross-document resolution with linking's own rule (<see cref="EntityResolver"/>): the knowledge-base
    /// id first; then the exact name key (type and spelling-normalised name); then candidates sharing the
    /// coarse blocking key, confirmed by <see cref="EntityResolver.SameEntity(Linking.EntityRef, Linking.EntityRef)"/>.
    /// An entity first stored without a KB id adopts the id of a later same-named mention that has one.
    /// </summary>
    private static long ResolveEntity(Db db, Entity e)
    {
        if (e.Kb is not null && db.ScalarLong("SELECT id FROM entities WHERE kb = @kb", ("kb", e.Kb)) is { } byKb)
        {
            db.Execute("UPDATE entities SET name_en = COALESCE(name_en, @en) WHERE id = @id", ("en", e.NameEn), ("id", byKb));
            return byKb;
        }
        var me = Linking.EntityRef.Of(e);
        var key = EntityResolver.Key(e.Type, e.Name);
        var block = EntityResolver.BlockingKey(e.Type, e.Name);
        var candidates = db.Query("""
            SELECT id, kb, name, name_key FROM entities WHERE (name_key = @k OR blocking_key = @b) AND kind = 'named' ORDER BY mentions DESC, id
            """, r => (Id: r.L(0), Kb: r.N(1), Name: r.S(2), Key: r.S(3)), ("k", key), ("b", block));
        var match = candidates.Where(c => (c.Kb is null || e.Kb is null) && c.Key == key).Select(c => (long?)c.Id).FirstOrDefault()
            ?? candidates.Where(c => EntityResolver.SameEntity(new Linking.EntityRef(c.Kb, e.Type, c.Name), me)).Select(c => (long?)c.Id).FirstOrDefault();
        if (match is { } id)
        {
            db.Execute("UPDATE entities SET kb = COALESCE(kb, @kb), name_en = COALESCE(name_en, @en) WHERE id = @id", ("kb", e.Kb), ("en", e.NameEn), ("id", id));
            return id;
        }
        return db.ScalarLong("INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key) VALUES (@kb, @t, @n, @en, @k, @b) RETURNING id",
            ("kb", e.Kb), ("t", e.Type.ToString()), ("n", e.Name), ("en", e.NameEn), ("k", key), ("b", block))!.Value;
    }

    /// <summary>
    /// A generic actor (DESIGN.md, "Generic actors") is never merged into a named entity: across documents
    /// the generic actors of one type, sector and affiliation (the corpus entity it resolved to) are one
    /// entity: "جنود مصريون" and "الجنود المصريين" in two articles are one Egyptian MIL actor. Without a sector
    /// the role itself is all that says what they are, so its spelling-normalised name joins the key
    /// (sources are not members). Every spelling is an alias; the group is named by the first of its names in
    /// ordinal order, with that name's English, so that its name does not depend on the order of ingest.
    /// </summary>
    private static long ResolveGeneric(Db db, Entity e, long? affiliation)
    {
        var key = string.Join(':', "generic", e.Type, e.Sector ?? ("-" + NameKeys.Normal(e.Name)),
            affiliation?.ToString(CultureInfo.InvariantCulture) ?? "-");
        var group = db.Query("SELECT id, name, name_en FROM entities WHERE name_key = @k AND kind = 'generic'",
            r => (Id: r.L(0), Name: r.S(1), NameEn: r.N(2)), ("k", key));
        if (group is [var g])
        {
            if (string.CompareOrdinal(e.Name, g.Name) < 0 || (e.Name == g.Name && g.NameEn is null))
                db.Execute("UPDATE entities SET name = @n, name_en = @en WHERE id = @id", ("n", e.Name), ("en", e.NameEn), ("id", g.Id));
            return g.Id;
        }
        return db.ScalarLong("""
            INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key, kind, sector, affiliation)
            VALUES (NULL, @t, @n, @en, @k, @k, 'generic', @s, @a) RETURNING id
            """, ("t", e.Type.ToString()), ("n", e.Name), ("en", e.NameEn), ("k", key), ("s", e.Sector), ("a", affiliation))!.Value;
    }

    private static void AddAlias(Db db, long entity, string alias, int count) =>
        db.Execute("""
            INSERT INTO entity_aliases(entity_id, alias, alias_key, count) VALUES (@e, @a, @k, @c)
            ON CONFLICT (entity_id, alias) DO UPDATE SET count = entity_aliases.count + @c
            """, ("e", entity), ("a", alias), ("k", NameKeys.Normal(alias)), ("c", count));

    private static void StoreEvents(Db db, long row, Document doc, Dictionary<Entity, string> local, Dictionary<Entity, long> ids)
    {
        string? pubStart = doc.Published is { } p ? Iso(p.Start) : null;
        for (int i = 0; i < doc.Events.Count; i++)
        {
            var ev = doc.Events[i];
            var a = ev.Attribution;
            long id = db.ScalarLong("""
                INSERT INTO events(doc, ordinal, type, mode, cameo, date_value, date_precision, date_start, location_local, location_entity, modality,
                  attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
                  trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence)
                VALUES (@doc, @ord, @type, @mode, @cameo, @dv, @dp, @ds, @ll, @le, @mod, @al, @ae, @at, @as, @aend, @q,
                  @ts, @te, @tt, @es, @ee, @et, @conf) RETURNING id
                """,
                ("doc", row), ("ord", i), ("type", ev.Type.ToString()), ("mode", ev.Mode), ("cameo", ev.Cameo),
                ("dv", ev.Date?.Date.ToString()), ("dp", ev.Date?.Date.PrecisionName), ("ds", ev.Date is { } d ? Iso(d.Date.Start) : null),
                ("ll", LocalOf(local, ev.Location)), ("le", IdOf(ids, ev.Location)),
                ("mod", ev.Modality.ToString().ToLowerInvariant()),
                ("al", LocalOf(local, a?.Entity)), ("ae", IdOf(ids, a?.Entity)),
                ("at", a?.Text), ("as", a?.Span?.Start), ("aend", a?.Span?.End),
                ("q", ev.Quantities.Count == 0 ? null : JsonSerializer.Serialize(ev.Quantities.Select(q =>
                    new QuantityView(q.Value, q.Unit, q.Item, new SpanText(q.Span.Start, q.Span.End, doc.TextOf(q.Span)))), StoreJson.Options)),
                ("ts", ev.Trigger.Start), ("te", ev.Trigger.End), ("tt", doc.TextOf(ev.Trigger)),
                ("es", ev.Evidence.Start), ("ee", ev.Evidence.End), ("et", doc.TextOf(ev.Evidence)), ("conf", ev.Confidence))!.Value;
            AddActors(db, id, 0, ev.Sources, local, ids);
            AddActors(db, id, 1, ev.Targets, local, ids);
            var date = ev.Date is { } dd ? Iso(dd.Date.Start) : pubStart;
            foreach (var s in ev.Sources.Where(ids.ContainsKey).Select(s => ids[s]).Distinct())
                foreach (var t in ev.Targets.Where(ids.ContainsKey).Select(t => ids[t]).Distinct())
                {
                    if (s == t) continue;
                    AddEvidence(db, Edge(db, s, t, "event", ev.Type.ToString()), row, id, null, date);
                }
        }
    }

    private static void AddActors(Db db, long eventId, int role, List<Entity> actors, Dictionary<Entity, string> local, Dictionary<Entity, long> ids)
    {
        for (int k = 0; k < actors.Count; k++)
        {
            if (!ids.TryGetValue(actors[k], out var entity)) continue;
            db.Execute("INSERT INTO event_actors(event_id, role, ordinal, local_id, entity_id) VALUES (@ev, @r, @o, @l, @e)",
                ("ev", eventId), ("r", role), ("o", k), ("l", LocalOf(local, actors[k])), ("e", entity));
        }
    }

    private static void StoreRelations(Db db, long row, Document doc, Dictionary<Entity, string> local, Dictionary<Entity, long> ids)
    {
        string? pubStart = doc.Published is { } p ? Iso(p.Start) : null;
        for (int i = 0; i < doc.Relations.Count; i++)
        {
            var r = doc.Relations[i];
            if (!ids.TryGetValue(r.Subject, out var s) || !ids.TryGetValue(r.Object, out var o)) continue; // an entity outside doc.Entities
            long id = db.ScalarLong("""
                INSERT INTO relations(doc, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text)
                VALUES (@d, @o, @t, @sl, @ol, @s, @ob, @l, @len, @es, @ee, @et) RETURNING id
                """,
                ("d", row), ("o", i), ("t", r.Type.ToString()), ("sl", local[r.Subject]), ("ol", local[r.Object]), ("s", s), ("ob", o),
                ("l", r.Label), ("len", r.LabelEn), ("es", r.Evidence.Start), ("ee", r.Evidence.End), ("et", doc.TextOf(r.Evidence)))!.Value;
            if (s == o) continue;
            AddEvidence(db, Edge(db, s, o, "relation", r.Type.ToString()), row, null, id, pubStart);
        }
    }

    private static long Edge(Db db, long source, long target, string kind, string type) =>
        db.ScalarLong("SELECT id FROM edges WHERE source_entity = @s AND target_entity = @t AND kind = @k AND type = @ty",
            ("s", source), ("t", target), ("k", kind), ("ty", type))
        ?? db.ScalarLong("INSERT INTO edges(source_entity, target_entity, kind, type) VALUES (@s, @t, @k, @ty) RETURNING id",
            ("s", source), ("t", target), ("k", kind), ("ty", type))!.Value;

    /// <summary>Adds one piece of evidence to an edge and updates its count and first/last date in place.</summary>
    private static void AddEvidence(Db db, long edge, long doc, long? eventId, long? relationId, string? date)
    {
        db.Execute("INSERT INTO edge_evidence(edge_id, doc, event_id, relation_id, date_value) VALUES (@e, @d, @ev, @r, @dt)",
            ("e", edge), ("d", doc), ("ev", eventId), ("r", relationId), ("dt", date));
        if (date is null) db.Execute("UPDATE edges SET count = count + 1 WHERE id = @id", ("id", edge));
        else db.Execute("""
            UPDATE edges SET count = count + 1,
              first_date = CASE WHEN first_date IS NULL OR first_date > @dt THEN @dt ELSE first_date END,
              last_date = CASE WHEN last_date IS NULL OR last_date < @dt THEN @dt ELSE last_date END
            WHERE id = @id
            """, ("dt", date), ("id", edge));
    }

    /// <summary>Recomputes count and first/last date of edges from their evidence; drops edges left without any.</summary>
    private static void RecountEdges(Db db, IEnumerable<long> edges)
    {
        foreach (var e in edges)
        {
            db.Execute("""
                UPDATE edges SET
                  count = (SELECT COUNT(*) FROM edge_evidence x WHERE x.edge_id = edges.id),
                  first_date = (SELECT MIN(x.date_value) FROM edge_evidence x WHERE x.edge_id = edges.id),
                  last_date = (SELECT MAX(x.date_value) FROM edge_evidence x WHERE x.edge_id = edges.id)
                WHERE id = @id
                """, ("id", e));
            db.Execute("DELETE FROM edges WHERE id = @id AND count = 0", ("id", e));
        }
    }

    /// <summary>Removes a stored document and everything derived from it (inside the caller's transaction).</summary>
    private void DeleteDocument(Db db, long row)
    {
        var edges = db.Query("SELECT DISTINCT edge_id FROM edge_evidence WHERE doc = @d", r => r.L(0), ("d", row));
        db.Execute("DELETE FROM edge_evidence WHERE doc = @d", ("d", row));
        RecountEdges(db, edges);
        var counts = db.Query("""
            SELECT de.entity_id, COUNT(m.doc) FROM doc_entities de LEFT JOIN mentions m ON m.doc = de.doc AND m.local_id = de.local_id
            WHERE de.doc = @d GROUP BY de.entity_id
            """, r => (Entity: r.L(0), Mentions: r.I(1)), ("d", row));
        foreach (var (entity, mentions) in counts)
        {
            db.Execute("UPDATE entities SET documents = documents - 1, mentions = mentions - @m WHERE id = @e", ("m", mentions), ("e", entity));
            var aliases = db.Query("""
                SELECT m.text, COUNT(*) FROM mentions m JOIN doc_entities de ON de.doc = m.doc AND de.local_id = m.local_id
                WHERE m.doc = @d AND de.entity_id = @e AND m.nisba = 0 GROUP BY m.text
                """, r => (Alias: r.S(0), Count: r.I(1)), ("d", row), ("e", entity));
            foreach (var (alias, count) in aliases) AddAlias(db, entity, alias.Trim(), -count);
        }
        db.Execute("DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc = @d)", ("d", row));
        db.Execute("DELETE FROM events WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM relations WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM mentions WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM doc_entities WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM doc_lsh WHERE doc = @d", ("d", row));
        UnindexTerms(db, row);
        db.Execute("DELETE FROM documents WHERE id = @d", ("d", row));
        foreach (var (entity, _) in counts)
        {
            db.Execute("DELETE FROM entity_aliases WHERE entity_id = @e AND count <= 0 AND alias <> (SELECT name FROM entities WHERE id = @e)", ("e", entity));
            db.Execute("DELETE FROM entity_aliases WHERE entity_id = @e AND (SELECT documents FROM entities WHERE id = @e) <= 0", ("e", entity));
            db.Execute("DELETE FROM entities WHERE id = @e AND documents <= 0", ("e", entity));
        }
    }

    /// <summary>Document-local entity ids as in the contract: the entity's own id, or e1, e2 … when missing or repeated.</summary>
    private static Dictionary<Entity, string> LocalIds(Document doc)
    {
        var ids = new Dictionary<Entity, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>();
        foreach (var e in doc.Entities)
        {
            var id = string.IsNullOrEmpty(e.Id) || used.Contains(e.Id) ? $"e{ids.Count + 1}" : e.Id;
            while (!used.Add(id)) id += "'";
            ids[e] = id;
        }
        return ids;
    }

    private static long? IdOf(Dictionary<Entity, long> ids, Entity? e) => e is not null && ids.TryGetValue(e, out var id) ? id : null;

    private static string? LocalOf(Dictionary<Entity, string> local, Entity? e) => e is not null && local.TryGetValue(e, out var id) ? id : null;

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
