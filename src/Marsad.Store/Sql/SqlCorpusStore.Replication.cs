namespace Marsad.Store.Sql;

/// <summary>
/// Benchmark growth at the store level: copies the rows of the documents ingested through the pipeline
/// (documents, search index, doc–entity links, events with their actors and actor pairs, relations, edge evidence) under
/// new ids, publication and event dates moved back by 0–9 years, until the store holds the number asked
/// for; then recounts edges (with their per-date counts) and entity document counts as ingest would have. Mentions and near-duplicate
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

    /// <summary>Full copies of the originals made by one statement per table (a round); bounds a round's transaction.</summary>
    private const int CopiesPerRound = 10;

    /// <summary>
    /// Indexes whose keys copies would insert at random places (names, hashes, dates, entities), dropped while
    /// copying and built once afterwards, which is far faster than updating them row by row. The indexes on
    /// documents and event ids stay: copies append to them, and the copying reads the originals through them.
    /// </summary>
    private static readonly string[] RandomOrderIndexes =
    [
        "documents_hash", "documents_story", "documents_published", "documents_outlet", "events_date", "events_key",
        "event_actors_timeline", "event_pairs_timeline", "relations_subject", "edge_evidence_latest", "edge_evidence_date", "doc_entities_entity",
    ];

    private long Grow(Db db, long documents, Action<long>? progress)
    {
        long count = db.ScalarLong("SELECT COUNT(*) FROM documents") ?? 0;
        if (count >= documents) return count;
        long baseMax = db.ScalarLong("SELECT MAX(id) FROM documents WHERE doc_id NOT LIKE @mark", ("mark", "%" + CopyMark + "%"))
            ?? throw new StoreException("nothing to copy: ingest documents first");
        long baseCount = db.ScalarLong("SELECT COUNT(*) FROM documents WHERE id <= @m", ("m", baseMax)) ?? 0;
        long baseEvents = db.ScalarLong("SELECT MAX(id) FROM events WHERE doc <= @m", ("m", baseMax)) ?? 0;
        long baseRelations = db.ScalarLong("SELECT MAX(id) FROM relations WHERE doc <= @m", ("m", baseMax)) ?? 0;
        BeginBulkCopy(db, baseMax);
        // Dropped and built again inside one transaction with the copies: a failed growth leaves the store as it was.
        BeginWrite(db);
        var dropped = IndexDefinitions(db, [.. RandomOrderIndexes, .. BulkDroppedIndexes]);
        foreach (var name in dropped.Keys) db.Execute($"DROP INDEX {name}");
        while (count < documents)
        {
            // Whole copies of every original, several per statement; the last copy may take only the first originals.
            long copies = Math.Min(CopiesPerRound, (documents - count) / baseCount);
            long cut = baseMax;
            if (copies == 0)
            {
                copies = 1;
                cut = db.ScalarLong("SELECT id FROM documents WHERE id <= @m ORDER BY id LIMIT 1 OFFSET @n", ("m", baseMax), ("n", documents - count - 1))!.Value;
            }
            CopyRound(db, new (string, object?)[]
            {
                ("copies", copies), ("cut", cut), ("mark", CopyMark),
                // Copy g of a row gets its id + offset + g × stride: the originals' ids are all at most the stride.
                ("off", db.ScalarLong("SELECT MAX(id) FROM documents")!.Value), ("stride", baseMax),
                ("eoff", db.ScalarLong("SELECT MAX(id) FROM events") ?? 0), ("estride", baseEvents),
                ("roff", db.ScalarLong("SELECT MAX(id) FROM relations") ?? 0), ("rstride", baseRelations),
                ("years", count / baseCount),
            });
            count += cut == baseMax ? copies * baseCount : documents - count;
            progress?.Invoke(count);
        }
        foreach (var definition in dropped.Values) db.Execute(definition);
        db.Execute("""
            UPDATE edges SET count = g.n, first_date = g.first, last_date = g.last
            FROM (SELECT edge_id, COUNT(*) AS n, MIN(date_value) AS first, MAX(date_value) AS last FROM edge_evidence GROUP BY edge_id) g
            WHERE g.edge_id = edges.id
            """);
        db.Execute("DELETE FROM edge_date_counts");
        db.Execute("""
            INSERT INTO edge_date_counts(edge_id, date_value, n)
            SELECT edge_id, date_value, COUNT(*) FROM edge_evidence WHERE date_value IS NOT NULL GROUP BY edge_id, date_value
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

    /// <summary>The copy numbers of a round (0 … @copies − 1), joined to the rows copied; @years: copies made before this round.</summary>
    protected const string Copies = "WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n + 1 < @copies)";

    /// <summary>Inserts @copies copies of the documents up to @cut and of everything stored with them, one statement per table.</summary>
    private void CopyRound(Db db, (string, object?)[] args)
    {
        db.Execute($"""
            INSERT INTO documents(id, doc_id, content_hash, title, published, published_start, url, outlet, origin, text, story, shingles, ingested_at, exact_indexed{CopiedDocumentColumns})
            {Copies}
            SELECT id + @off + g.n * @stride, doc_id || @mark || CAST(id + @off + g.n * @stride AS TEXT), content_hash || @mark, title, {Shift("published")}, {Shift("published_start")},
              url, outlet, origin, text, story + @off + g.n * @stride, shingles, ingested_at, 1{CopiedDocumentColumns}
            FROM g CROSS JOIN documents WHERE id <= @cut
            """, args);
        CopyIndex(db, args);
        db.Execute($"""
            INSERT INTO doc_entities(doc, local_id, entity_id, name, name_en, kb, type, kind, sector, affiliation_local)
            {Copies}
            SELECT doc + @off + g.n * @stride, local_id, entity_id, name, name_en, kb, type, kind, sector, affiliation_local FROM g CROSS JOIN doc_entities WHERE doc <= @cut
            """, args);
        db.Execute($"""
            INSERT INTO events(id, doc, ordinal, type, mode, cameo, date_value, date_precision, date_start, location_local, location_entity, modality,
              attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
              trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence, event_key)
            {Copies}
            SELECT id + @eoff + g.n * @estride, doc + @off + g.n * @stride, ordinal, type, mode, cameo, {Shift("date_value")}, date_precision, {Shift("date_start")}, location_local, location_entity, modality,
              attribution_local, attribution_entity, attribution_text, attribution_start, attribution_end, quantities,
              trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence, event_key || @mark || CAST(doc + @off + g.n * @stride AS TEXT)
            FROM g CROSS JOIN events WHERE doc <= @cut
            """, args);
        db.Execute($"""
            INSERT INTO event_actors(event_id, role, ordinal, local_id, entity_id, sort_date)
            {Copies}
            SELECT a.event_id + @eoff + g.n * @estride, a.role, a.ordinal, a.local_id, a.entity_id, {Shift("a.sort_date")}
            FROM g CROSS JOIN event_actors a JOIN events e ON e.id = a.event_id WHERE e.doc <= @cut
            """, args);
        db.Execute($"""
            INSERT INTO event_pairs(entity_a, entity_b, sort_date, event_id)
            {Copies}
            SELECT p.entity_a, p.entity_b, {Shift("p.sort_date")}, p.event_id + @eoff + g.n * @estride
            FROM g CROSS JOIN event_pairs p JOIN events e ON e.id = p.event_id WHERE e.doc <= @cut
            """, args);
        db.Execute($"""
            INSERT INTO relations(id, doc, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text)
            {Copies}
            SELECT id + @roff + g.n * @rstride, doc + @off + g.n * @stride, ordinal, type, subject_local, object_local, subject_entity, object_entity, label, label_en, evidence_start, evidence_end, evidence_text
            FROM g CROSS JOIN relations WHERE doc <= @cut
            """, args);
        db.Execute($"""
            INSERT INTO edge_evidence(edge_id, doc, event_id, relation_id, date_value)
            {Copies}
            SELECT edge_id, doc + @off + g.n * @stride, event_id + @eoff + g.n * @estride, relation_id + @roff + g.n * @rstride, {Shift("date_value")}
            FROM g CROSS JOIN edge_evidence WHERE doc <= @cut
            """, args);
    }

    /// <summary>A date text (YYYY, YYYY-MM or YYYY-MM-DD) of copy number @years + g.n moved back by 0–9 years.</summary>
    private static string Shift(string column) =>
        $"CASE WHEN {column} IS NULL THEN NULL ELSE CAST(CAST(SUBSTR({column}, 1, 4) AS INTEGER) - (@years + g.n) % 10 AS TEXT) || SUBSTR({column}, 5) END";

    /// <summary>The statements that create these indexes, by name (those that exist).</summary>
    private Dictionary<string, string> IndexDefinitions(Db db, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Sql: db.Scalar(IndexDefinitionSql, ("name", n)) as string)).Where(x => x.Sql is not null).ToDictionary(x => x.Name, x => x.Sql!);

    /// <summary>A query for the statement that creates the index @name, no row when there is none.</summary>
    protected abstract string IndexDefinitionSql { get; }

    /// <summary>Further indexes of this backend dropped while copying (full-text indexes) and built again afterwards.</summary>
    protected virtual IReadOnlyList<string> BulkDroppedIndexes => [];

    /// <summary>Document columns beyond the shared ones that copies take as they are (a leading comma), e.g. stored search keys.</summary>
    protected virtual string CopiedDocumentColumns => "";

    /// <summary>Prepares copying the documents up to <paramref name="baseMax"/> (index texts).</summary>
    protected abstract void BeginBulkCopy(Db db, long baseMax);

    /// <summary>Indexes the copies of one round for search (the arguments of <see cref="CopyRound"/>).</summary>
    protected abstract void CopyIndex(Db db, (string, object?)[] args);

    /// <summary>Cleans up after copying (after the commit).</summary>
    protected abstract void EndBulkCopy(Db db);
}
