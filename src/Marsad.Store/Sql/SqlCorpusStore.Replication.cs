namespace Marsad.Store.Sql;

/// <summary>
/// Benchmark growth at the store level: copies the rows of the documents ingested through the pipeline
/// (documents, search index, doc–entity links, events and their actors, relations, edge evidence) under
/// new ids, publication and event dates moved back by 0–9 years, until the store holds the number asked
/// for; then recounts edges and entity document counts as ingest would have. Mentions and near-duplicate
/// buckets are not copied (no query measured reads them). Extraction of a million documents would take
/// hours here; copying rows takes minutes.
/// </summary>
internal abstract partial class SqlCorpusStore
{
    /// <summary>Marks a copied document's id: copies are never copied again.</summary>
    internal const string CopyMark = "~";

    /// <summary>Grows the store to <paramref name="documents"/> documents; reports the count after each round.</summary>
    internal long GrowTo(long documents, Action<long>? progress = null) => Write(db =>
    {
        db.CommandTimeout = 0; // copying rows and building indexes take minutes
        try { return Grow(db, documents, progress); }
        finally { db.CommandTimeout = null; }
    });

    private long Grow(Db db, long documents, Action<long>? progress)
    {
        long count = db.ScalarLong("SELECT COUNT(*) FROM documents") ?? 0;
        if (count >= documents) return count;
        long baseMax = db.ScalarLong("SELECT MAX(id) FROM documents WHERE doc_id NOT LIKE @mark", ("mark", "%" + CopyMark + "%"))
            ?? throw new StoreException("nothing to copy: ingest documents first");
        long baseCount = db.ScalarLong("SELECT COUNT(*) FROM documents WHERE id <= @m", ("m", baseMax)) ?? 0;
        BeginBulkCopy(db, baseMax);
        while (count < documents)
        {
            long n = Math.Min(baseCount, documents - count);
            long cut = db.ScalarLong("SELECT id FROM documents WHERE id <= @m ORDER BY id LIMIT 1 OFFSET @n", ("m", baseMax), ("n", n - 1))!.Value;
            BeginWrite(db);
            var args = new (string, object?)[]
            {
                ("cut", cut),
                ("off", db.ScalarLong("SELECT MAX(id) FROM documents")!.Value),
                ("eoff", db.ScalarLong("SELECT MAX(id) FROM events") ?? 0),
                ("roff", db.ScalarLong("SELECT MAX(id) FROM relations") ?? 0),
                ("years", (int)(count / baseCount % 10)),
                ("mark", CopyMark),
            };
            db.Execute($"""
                INSERT INTO documents(id, doc_id, content_hash, title, published, published_start, url, outlet, origin, text, story, shingles, ingested_at, exact_indexed{CopiedDocumentColumns})
                SELECT id + @off, doc_id || @mark || CAST(id + @off AS TEXT), content_hash || @mark, title, {Shift("published")}, {Shift("published_start")},
                  url, outlet, origin, text, story + @off, shingles, ingested_at, 1{CopiedDocumentColumns}
                FROM documents WHERE id <= @cut
                """, args);
            CopyIndex(db, args);
            db.Execute("""
                INSERT INTO doc_entities(doc, local_id, entity_id, name, name_en, kb, type, kind, sector, affiliation_local)
                SELECT doc + @off, local_id, entity_id, name, name_en, kb, type, kind, sector, affiliation_local FROM doc_entities WHERE doc <= @cut
                """, args);
            db.Execute($"""
                INSERT INTO events(id, doc, ordinal, type, mode, cameo, date_value, date_precision, date_start, location_local, location_entity, modality,
                  attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
                  trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence, event_key)
                SELECT id + @eoff, doc + @off, ordinal, type, mode, cameo, {Shift("date_value")}, date_precision, {Shift("date_start")}, location_local, location_entity, modality,
                  attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
                  trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence, event_key || @mark || CAST(doc + @off AS TEXT)
                FROM events WHERE doc <= @cut
                """, args);
            db.Execute($"""
                INSERT INTO event_actors(event_id, role, ordinal, local_id, entity_id, sort_date)
                SELECT a.event_id + @eoff, a.role, a.ordinal, a.local_id, a.entity_id, {Shift("a.sort_date")} FROM event_actors a JOIN events e ON e.id = a.event_id WHERE e.doc <= @cut
                """, args);
            db.Execute("""
                INSERT INTO relations(id, doc, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text)
                SELECT id + @roff, doc + @off, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text
                FROM relations WHERE doc <= @cut
                """, args);
            db.Execute($"""
                INSERT INTO edge_evidence(edge_id, doc, event_id, relation_id, date_value)
                SELECT edge_id, doc + @off, event_id + @eoff, relation_id + @roff, {Shift("date_value")} FROM edge_evidence WHERE doc <= @cut
                """, args);
            db.Commit();
            count += n;
            progress?.Invoke(count);
        }
        BeginWrite(db);
        db.Execute("""
            UPDATE edges SET count = g.n, first_date = g.first, last_date = g.last
            FROM (SELECT edge_id, COUNT(*) AS n, MIN(date_value) AS first, MAX(date_value) AS last FROM edge_evidence GROUP BY edge_id) g
            WHERE g.edge_id = edges.id
            """);
        db.Execute("""
            UPDATE entities SET documents = g.n, mentions = CASE WHEN entities.documents > 0 THEN entities.mentions * g.n / entities.documents ELSE entities.mentions END
            FROM (SELECT entity_id, COUNT(DISTINCT doc) AS n FROM doc_entities GROUP BY entity_id) g
            WHERE g.entity_id = entities.id
            """);
        db.Commit();
        EndBulkCopy(db);
        return count;
    }

    /// <summary>A date text (YYYY, YYYY-MM or YYYY-MM-DD) moved back by @years years.</summary>
    private static string Shift(string column) =>
        $"CASE WHEN {column} IS NULL THEN NULL ELSE CAST(CAST(SUBSTR({column}, 1, 4) AS INTEGER) - @years AS TEXT) || SUBSTR({column}, 5) END";

    /// <summary>Document columns beyond the shared ones that copies take as they are (a leading comma), e.g. stored search keys.</summary>
    protected virtual string CopiedDocumentColumns => "";

    /// <summary>Prepares copying the documents up to <paramref name="baseMax"/> (index texts, dropped indexes).</summary>
    protected abstract void BeginBulkCopy(Db db, long baseMax);

    /// <summary>Indexes the copies of one round (@cut: last document copied, @off: id offset) for search.</summary>
    protected abstract void CopyIndex(Db db, (string, object?)[] args);

    /// <summary>Restores what <see cref="BeginBulkCopy"/> changed.</summary>
    protected abstract void EndBulkCopy(Db db);
}
