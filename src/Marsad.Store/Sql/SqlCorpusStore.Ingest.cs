using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Store.Dedup;
using Marsad.Store.Ingestion;
using Marsad.Linking;
using Marsad.Text.Names;
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

    public IngestResult Ingest(Document doc, bool replace = false) => IngestBatch([doc], replace)[0];

    /// <summary>
    /// Stores the documents in order in one transaction (one writer lock, one commit, their deferred writes sent
    /// together): the same rows as storing them one after the other, since each document reads what the ones
    /// before it wrote. The store's version rises once per document written, as it would one by one.
    /// </summary>
    public IReadOnlyList<IngestResult> IngestBatch(IReadOnlyList<Document> docs, bool replace = false) => Write(db =>
    {
        // PostgreSQL cannot store U+0000 and SQLite can: refused alike, so both backends hold the same corpus.
        foreach (var doc in docs)
            if (new[] { doc.Id, doc.Text, doc.Title, doc.Url, doc.Outlet }.Any(s => s?.Contains('\0') == true))
                throw new ArgumentException($"document '{doc.Id}' holds NUL characters (U+0000); the readers replace them, so this one was built elsewhere");
        db.Begin();
        LockWriters(db);
        var stored = StoredVersions(db, docs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool? corrections = null; // corrections are not written by an ingest: asked once per transaction
        var results = new List<IngestResult>(docs.Count);
        bool wrote = false;
        foreach (var doc in docs)
        {
            // a second document of the batch with the same id sees what the first one wrote
            var existing = seen.Add(doc.Id) ? stored.GetValueOrDefault(doc.Id) : StoredVersions(db, [doc]).GetValueOrDefault(doc.Id);
            var result = IngestOne(db, doc, existing, replace, ref corrections);
            wrote |= result.Status is not (IngestStatus.Unchanged or IngestStatus.Conflict);
            results.Add(result);
        }
        if (wrote) db.Commit();
        else db.Rollback(); // nothing changed: the version stays
        return results;
    });

    private sealed record StoredDocument(long Row, string Hash, long Story, string? Title, string? Published, string? Url, string? Outlet);

    /// <summary>The stored documents under the ids of <paramref name="docs"/>, in one query.</summary>
    private static Dictionary<string, StoredDocument> StoredVersions(Db db, IReadOnlyList<Document> docs)
    {
        var ids = docs.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var args = ids.Select((id, i) => ("i" + i, (object?)id)).ToArray();
        return db.Query($"SELECT doc_id, id, content_hash, story, title, published, url, outlet FROM documents WHERE doc_id IN ({string.Join(", ", args.Select(a => "@" + a.Item1))})",
                r => (Id: r.S(0), Doc: new StoredDocument(r.L(1), r.S(2), r.L(3), r.N(4), r.N(5), r.N(6), r.N(7))), args)
            .ToDictionary(x => x.Id, x => x.Doc, StringComparer.Ordinal);
    }

    /// <summary>Stores one document inside the open write transaction; nothing is written when it is unchanged or conflicts.</summary>
    private IngestResult IngestOne(Db db, Document doc, StoredDocument? existing, bool replace, ref bool? corrections)
    {
        var hash = ContentHash(doc.Text);
        bool sameText = existing is not null && existing.Hash == hash;
        if (sameText && SameMetadata(existing!.Title, existing.Published, existing.Url, existing.Outlet, doc))
            return new IngestResult(doc.Id, IngestStatus.Unchanged, existing.Story);
        if (existing is not null && !sameText && !replace)
            return new IngestResult(doc.Id, IngestStatus.Conflict, existing.Story);
        db.Defer("UPDATE store_version SET n = n + 1");
        // same text, new metadata: stored again, because the publication date anchors relative dates in the events
        if (existing is not null)
        {
            DeleteDocument(db, existing.Row);
            MarkRewrite(db);
        }

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
        if (story is null) db.Defer("UPDATE documents SET story = id WHERE id = @row", ("row", row));
        IndexTerms(db, row, terms);
        IndexExactTerms(db, row, SearchKeys.ExactIndexText(doc));
        if (signature.IsComparable)
            db.DeferRows("doc_lsh", ["bucket", "doc"], [.. signature.BandKeys().Select(b => new object?[] { b, row })]);

        var local = LocalIds(doc);
        var entityIds = StoreEntities(db, row, doc, local);
        StoreEvents(db, row, doc, local, entityIds);
        db.Defer($"UPDATE events SET event_key = {EventKeySql} WHERE doc = @d", ("d", row), ("docId", doc.Id));
        StoreRelations(db, row, doc, local, entityIds);
        StoreCoMentions(db, row, doc, entityIds);
        if (corrections ??= AnyEntityCorrections(db))
        {
            ApplyEntityCorrections(db); // an entity stored under a new row id is corrected again
            MarkRewrite(db); // which may change how older rows read (a merge into the new entity)
        }
        var status = existing is null ? IngestStatus.Stored : sameText ? IngestStatus.Updated : IngestStatus.Replaced;
        return new IngestResult(doc.Id, status, story ?? row, duplicateOf);
    }

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
        var candidates = db.Query($"""
            SELECT d.id, d.doc_id, d.story, d.shingles, d.minhash FROM documents d JOIN (
              SELECT doc FROM doc_lsh WHERE bucket IN ({string.Join(",", names)})
              GROUP BY doc ORDER BY COUNT(*) DESC, doc LIMIT {MaxCandidates}) ranked ON ranked.doc = d.id
            """, r => (DocId: r.S(1), Story: r.L(2), Sig: MinHashSignature.FromBytes(r.B(4) ?? [], r.I(3))), [.. args]);
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
        var ids = CorpusEntities.Resolve(db, [.. local.Keys]);
        var entityRows = new List<object?[]>();
        var mentionRows = new List<object?[]>();
        foreach (var (e, localId) in local)
        {
            long id = ids[e];
            entityRows.Add([row, localId, id, e.Name, e.NameEn, e.Kb, e.Type.ToString(), EntityKinds.Of(e.Kind),
                e.IsGeneric ? e.Sector : null, e.IsGeneric ? LocalOf(local, e.Affiliation) : null]);
            var aliases = new Dictionary<string, int>(StringComparer.Ordinal) { [e.Name.Trim()] = 0 };
            foreach (var m in e.Mentions)
            {
                var text = doc.TextOf(m.Span);
                mentionRows.Add([row, localId, m.Span.Start, m.Span.End, text, m.Nisba ? 1 : 0]);
                if (!m.Nisba) aliases[text.Trim()] = aliases.GetValueOrDefault(text.Trim()) + 1;
            }
            foreach (var (alias, n) in aliases) AddAlias(db, id, alias, n);
        }
        db.DeferRows("doc_entities", ["doc", "local_id", "entity_id", "name", "name_en", "kb", "type", "kind", "sector", "affiliation_local"], entityRows);
        db.DeferRows("mentions", ["doc", "local_id", "start_offset", "end_offset", "text", "nisba"], mentionRows);
        // One document counts once per corpus entity, however many local entities resolved to it.
        foreach (var g in ids.GroupBy(kv => kv.Value))
            db.Defer("UPDATE entities SET documents = documents + 1, mentions = mentions + @m WHERE id = @id",
                ("m", g.Sum(kv => kv.Key.Mentions.Count)), ("id", g.Key));
        return ids;
    }

    private static void AddAlias(Db db, long entity, string alias, int count) =>
        db.Defer("""
            INSERT INTO entity_aliases(entity_id, alias, alias_key, count) VALUES (@e, @a, @k, @c)
            ON CONFLICT (entity_id, alias) DO UPDATE SET count = entity_aliases.count + @c
            """, ("e", entity), ("a", alias), ("k", NameKeys.Normal(alias)), ("c", count));

    // Events, relations and edges are written without reading anything back (rows found by document
    // and ordinal, edges by their key), so that on a server database they travel in one batch.
    private static void StoreEvents(Db db, long row, Document doc, Dictionary<Entity, string> local, Dictionary<Entity, long> ids)
    {
        string? pubStart = doc.Published is { } p ? Iso(p.Start) : null;
        for (int i = 0; i < doc.Events.Count; i++)
        {
            var ev = doc.Events[i];
            var a = ev.Attribution;
            db.Defer("""
                INSERT INTO events(doc, ordinal, type, mode, cameo, date_value, date_precision, date_start, location_local, location_entity, modality,
                  attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
                  trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence)
                VALUES (@doc, @ord, @type, @mode, @cameo, @dv, @dp, @ds, @ll, @le, @mod, @al, @ae, @at, @as, @aend, @q,
                  @ts, @te, @tt, @es, @ee, @et, @conf)
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
                ("es", ev.Evidence.Start), ("ee", ev.Evidence.End), ("et", doc.TextOf(ev.Evidence)), ("conf", ev.Confidence));
            AddActors(db, row, i, 0, ev.Sources, local, ids, pubStart);
            AddActors(db, row, i, 1, ev.Targets, local, ids, pubStart);
            db.Defer("""
                INSERT INTO event_pairs(entity_a, entity_b, sort_date, event_id)
                SELECT DISTINCT x.entity_id, y.entity_id, x.sort_date, x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id
                WHERE x.event_id = (SELECT id FROM events WHERE doc = @doc AND ordinal = @ord)
                """, ("doc", row), ("ord", i));
            var date = ev.Date is { } dd ? Iso(dd.Date.Start) : pubStart;
            foreach (var s in ev.Sources.Where(ids.ContainsKey).Select(s => ids[s]).Distinct())
                foreach (var t in ev.Targets.Where(ids.ContainsKey).Select(t => ids[t]).Distinct())
                {
                    if (s == t) continue;
                    AddEvidence(db, (s, t, "event", ev.Type.ToString()), row, "events", i, date);
                }
        }
    }

    /// <summary>Links an event's actors; each row keeps the date a timeline sorts by (the event's, else its document's).</summary>
    private static void AddActors(Db db, long doc, int ordinal, int role, List<Entity> actors, Dictionary<Entity, string> local, Dictionary<Entity, long> ids, string? pubStart)
    {
        for (int k = 0; k < actors.Count; k++)
        {
            if (!ids.TryGetValue(actors[k], out var entity)) continue;
            db.Defer("""
                INSERT INTO event_actors(event_id, role, ordinal, local_id, entity_id, sort_date)
                SELECT id, @r, @o, @l, @e, COALESCE(date_start, @pub) FROM events WHERE doc = @doc AND ordinal = @ord
                """, ("r", role), ("o", k), ("l", LocalOf(local, actors[k])), ("e", entity), ("doc", doc), ("ord", ordinal), ("pub", pubStart));
        }
    }

    private static void StoreRelations(Db db, long row, Document doc, Dictionary<Entity, string> local, Dictionary<Entity, long> ids)
    {
        string? pubStart = doc.Published is { } p ? Iso(p.Start) : null;
        for (int i = 0; i < doc.Relations.Count; i++)
        {
            var r = doc.Relations[i];
            if (!ids.TryGetValue(r.Subject, out var s) || !ids.TryGetValue(r.Object, out var o)) continue; // an entity outside doc.Entities
            db.Defer("""
                INSERT INTO relations(doc, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text)
                VALUES (@d, @o, @t, @sl, @ol, @s, @ob, @l, @len, @es, @ee, @et)
                """,
                ("d", row), ("o", i), ("t", r.Type.ToString()), ("sl", local[r.Subject]), ("ol", local[r.Object]), ("s", s), ("ob", o),
                ("l", r.Label), ("len", r.LabelEn), ("es", r.Evidence.Start), ("ee", r.Evidence.End), ("et", doc.TextOf(r.Evidence)));
            if (s == o) continue;
            AddEvidence(db, (s, o, "relation", r.Type.ToString()), row, "relations", i, pubStart);
        }
    }

    /// <summary>Two named actors of a sentence that none of its events or relations connects (<see cref="SentenceCoMentions"/>).</summary>
    private static void StoreCoMentions(Db db, long row, Document doc, Dictionary<Entity, long> ids)
    {
        string? pubStart = doc.Published is { } p ? Iso(p.Start) : null;
        var rows = new List<object?[]>();
        var seen = new HashSet<(long, long, int)>();
        foreach (var (a, b, sentence) in SentenceCoMentions.Find(doc))
        {
            if (!ids.TryGetValue(a, out var x) || !ids.TryGetValue(b, out var y) || x == y) continue;
            var (lo, hi) = x < y ? (x, y) : (y, x);
            // Two local entities resolved to one corpus entity make the same pair once per sentence.
            if (seen.Add((lo, hi, sentence.Start))) rows.Add([row, lo, hi, sentence.Start, sentence.End, pubStart]);
        }
        db.DeferRows("co_mentions", ["doc", "entity_a", "entity_b", "sentence_start", "sentence_end", "sort_date"], rows);
    }

    /// <summary>
    /// Adds one piece of evidence (the event or relation at <paramref name="ordinal"/> of the document) to an
    /// edge, creating the edge if needed, and updates its count and first/last date in place.
    /// </summary>
    private static void AddEvidence(Db db, (long Source, long Target, string Kind, string Type) edge, long doc, string table, int ordinal, string? date)
    {
        (string, object?)[] key = [("s", edge.Source), ("t", edge.Target), ("k", edge.Kind), ("ty", edge.Type)];
        db.Defer("""
            INSERT INTO edges(source_entity, target_entity, kind, type) VALUES (@s, @t, @k, @ty)
            ON CONFLICT (source_entity, target_entity, kind, type) DO NOTHING
            """, key);
        var column = table == "events" ? "event_id" : "relation_id";
        db.Defer($"""
            INSERT INTO edge_evidence(edge_id, doc, {column}, date_value)
            SELECT e.id, @d, (SELECT x.id FROM {table} x WHERE x.doc = @d AND x.ordinal = @o), @dt
            FROM edges e WHERE e.source_entity = @s AND e.target_entity = @t AND e.kind = @k AND e.type = @ty
            """, [.. key, ("d", doc), ("o", ordinal), ("dt", date)]);
        const string byKey = "source_entity = @s AND target_entity = @t AND kind = @k AND type = @ty";
        if (date is null) { db.Defer($"UPDATE edges SET count = count + 1 WHERE {byKey}", key); return; }
        db.Defer($"""
            UPDATE edges SET count = count + 1,
              first_date = CASE WHEN first_date IS NULL OR first_date > @dt THEN @dt ELSE first_date END,
              last_date = CASE WHEN last_date IS NULL OR last_date < @dt THEN @dt ELSE last_date END
            WHERE {byKey}
            """, [.. key, ("dt", date)]);
        db.Defer($"""
            INSERT INTO edge_date_counts(edge_id, date_value, n) SELECT id, @dt, 1 FROM edges WHERE {byKey}
            ON CONFLICT (edge_id, date_value) DO UPDATE SET n = edge_date_counts.n + 1
            """, [.. key, ("dt", date)]);
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
        var dated = db.Query("SELECT edge_id, date_value, COUNT(*) FROM edge_evidence WHERE doc = @d AND date_value IS NOT NULL GROUP BY edge_id, date_value",
            r => (Edge: r.L(0), Date: r.S(1), Count: r.I(2)), ("d", row));
        foreach (var (edge, date, count) in dated)
        {
            (string, object?)[] key = [("e", edge), ("dt", date)];
            db.Execute("UPDATE edge_date_counts SET n = n - @c WHERE edge_id = @e AND date_value = @dt", [.. key, ("c", count)]);
            db.Execute("DELETE FROM edge_date_counts WHERE edge_id = @e AND date_value = @dt AND n <= 0", key);
        }
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
        db.Execute("DELETE FROM event_pairs WHERE event_id IN (SELECT id FROM events WHERE doc = @d)", ("d", row));
        db.Execute("DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc = @d)", ("d", row));
        db.Execute("DELETE FROM events WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM relations WHERE doc = @d", ("d", row));
        db.Execute("DELETE FROM co_mentions WHERE doc = @d", ("d", row));
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
