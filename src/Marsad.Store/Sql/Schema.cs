namespace Marsad.Store.Sql;

/// <summary>
/// Versioned schema migrations, one list per backend (index = version − 1). A migration is applied
/// once, in a transaction, and recorded in marsad_schema. Append new migrations; never edit old ones.
/// Column meanings are the same on both backends; only types and the full-text index differ.
/// </summary>
internal static class Schema
{
    public static readonly IReadOnlyList<string> Sqlite =
    [
        """
        CREATE TABLE documents(
          id INTEGER PRIMARY KEY,
          doc_id TEXT NOT NULL UNIQUE,
          content_hash TEXT NOT NULL,
          title TEXT, published TEXT, published_start TEXT, url TEXT, outlet TEXT, origin TEXT,
          text TEXT NOT NULL,
          story INTEGER NOT NULL DEFAULT 0,
          shingles INTEGER NOT NULL DEFAULT 0,
          minhash BLOB,
          ingested_at TEXT NOT NULL);
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE INDEX documents_story ON documents(story);
        CREATE INDEX documents_published ON documents(published_start);
        CREATE VIRTUAL TABLE doc_terms USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        CREATE TABLE doc_lsh(bucket INTEGER NOT NULL, doc INTEGER NOT NULL);
        CREATE INDEX doc_lsh_bucket ON doc_lsh(bucket);
        CREATE INDEX doc_lsh_doc ON doc_lsh(doc);
        CREATE TABLE entities(
          id INTEGER PRIMARY KEY, kb TEXT, type TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, name_key TEXT NOT NULL, blocking_key TEXT NOT NULL,
          documents INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX entities_kb ON entities(kb) WHERE kb IS NOT NULL;
        CREATE INDEX entities_key ON entities(name_key);
        CREATE INDEX entities_block ON entities(blocking_key);
        CREATE TABLE entity_aliases(entity_id INTEGER NOT NULL, alias TEXT NOT NULL, alias_key TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY(entity_id, alias));
        CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);
        CREATE TABLE doc_entities(doc INTEGER NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL,
          name TEXT NOT NULL, name_en TEXT, kb TEXT, type TEXT NOT NULL, PRIMARY KEY(doc, local_id));
        CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
        CREATE TABLE mentions(doc INTEGER NOT NULL, local_id TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
          text TEXT NOT NULL, nisba INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX mentions_doc ON mentions(doc);
        CREATE TABLE events(
          id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
          date_value TEXT, date_precision TEXT, date_start TEXT,
          location_local TEXT, location_entity INTEGER, modality TEXT NOT NULL,
          attribution_local TEXT, attribution_entity INTEGER, attribution_text TEXT, attribution_start INTEGER, attribution_end INTEGER,
          quantities TEXT,
          trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
          evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
          confidence REAL NOT NULL);
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX events_date ON events(date_start);
        CREATE TABLE event_actors(event_id INTEGER NOT NULL, role INTEGER NOT NULL, ordinal INTEGER NOT NULL, local_id TEXT NOT NULL, entity_id INTEGER NOT NULL);
        CREATE INDEX event_actors_event ON event_actors(event_id);
        CREATE INDEX event_actors_entity ON event_actors(entity_id);
        CREATE TABLE relations(
          id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL,
          subject_local TEXT NOT NULL, object_local TEXT NOT NULL, subject_entity INTEGER NOT NULL, object_entity INTEGER NOT NULL,
          label TEXT NOT NULL, label_en TEXT, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL);
        CREATE INDEX relations_doc ON relations(doc);
        CREATE INDEX relations_subject ON relations(subject_entity);
        CREATE TABLE edges(
          id INTEGER PRIMARY KEY, source_entity INTEGER NOT NULL, target_entity INTEGER NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL,
          count INTEGER NOT NULL DEFAULT 0, first_date TEXT, last_date TEXT,
          UNIQUE(source_entity, target_entity, kind, type));
        CREATE INDEX edges_target ON edges(target_entity);
        CREATE TABLE edge_evidence(edge_id INTEGER NOT NULL, doc INTEGER NOT NULL, event_id INTEGER, relation_id INTEGER, date_value TEXT);
        CREATE INDEX edge_evidence_edge ON edge_evidence(edge_id);
        CREATE INDEX edge_evidence_doc ON edge_evidence(doc);
        """,
        // 2: the exact-word index (words with their endings); documents stored before it are indexed when the store opens.
        """
        CREATE VIRTUAL TABLE doc_exact USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        ALTER TABLE documents ADD COLUMN exact_indexed INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX documents_outlet ON documents(outlet);
        """,
        // 3: generic actors (DESIGN.md, "Generic actors"): kind, CAMEO sector and affiliation (a corpus
        // entity; in doc_entities, a local id). Rows stored before it are named entities.
        """
        ALTER TABLE entities ADD COLUMN kind TEXT NOT NULL DEFAULT 'named';
        ALTER TABLE entities ADD COLUMN sector TEXT;
        ALTER TABLE entities ADD COLUMN affiliation INTEGER;
        CREATE INDEX entities_affiliation ON entities(affiliation);
        ALTER TABLE doc_entities ADD COLUMN kind TEXT NOT NULL DEFAULT 'named';
        ALTER TABLE doc_entities ADD COLUMN sector TEXT;
        ALTER TABLE doc_entities ADD COLUMN affiliation_local TEXT;
        """,
        // 4: the analyst's corrections, kept apart from what extraction stores so that re-ingest cannot erase them.
        """
        ALTER TABLE events ADD COLUMN event_key TEXT;
        UPDATE events SET event_key = (SELECT d.doc_id FROM documents d WHERE d.id = events.doc) || '|' || type || '|' || trigger_text || '|' || evidence_text;
        CREATE INDEX events_key ON events(event_key);
        CREATE TABLE corrections(id INTEGER PRIMARY KEY, action TEXT NOT NULL, target TEXT NOT NULL, label TEXT, reason TEXT,
          author TEXT NOT NULL, created_at TEXT NOT NULL, undone_at TEXT, undone_by TEXT);
        CREATE INDEX corrections_target ON corrections(action, target);
        """,
        // 5: corrections of entities (merge, type, English name). corrections.value holds the new type or name, or the
        // key of the entity merged into. The entities columns are derived from the corrections not undone (rebuilt
        // after each correction and each ingest): merged_into the entity it now belongs to, group_* the counts of a
        // merged group, fixed_* what the analyst set.
        """
        ALTER TABLE corrections ADD COLUMN value TEXT;
        ALTER TABLE entities ADD COLUMN merged_into INTEGER;
        ALTER TABLE entities ADD COLUMN fixed_type TEXT;
        ALTER TABLE entities ADD COLUMN fixed_name_en TEXT;
        ALTER TABLE entities ADD COLUMN group_documents INTEGER;
        ALTER TABLE entities ADD COLUMN group_mentions INTEGER;
        CREATE INDEX entities_merged ON entities(merged_into);
        """,
        // 6: an edge's latest evidence read from an index (the graph shows a few per edge), and evidence by date
        // (a graph over a date window recounts only the evidence in it). The first replaces the index on edge_id alone.
        """
        CREATE INDEX edge_evidence_latest ON edge_evidence(edge_id, date_value, doc);
        CREATE INDEX edge_evidence_date ON edge_evidence(date_value, edge_id, event_id);
        DROP INDEX edge_evidence_edge;
        """,
        // 7: an entity's events in timeline order read from an index: each actor row keeps its event's date, else its
        // document's publication date (what a timeline sorts by). The index replaces the one on entity_id alone.
        """
        ALTER TABLE event_actors ADD COLUMN sort_date TEXT;
        UPDATE event_actors SET sort_date = (SELECT COALESCE(e.date_start, d.published_start) FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = event_actors.event_id);
        CREATE INDEX event_actors_timeline ON event_actors(entity_id, sort_date, event_id);
        DROP INDEX event_actors_entity;
        """,
        // 8: a change counter, raised by every write transaction, so that a reader can keep what it computed from the
        // rows (the analysis views' event reads and aggregates) until the next change, in this process or another;
        // and the documents' short columns in an index, read without the rows that hold their text.
        """
        CREATE TABLE store_version(n INTEGER NOT NULL);
        INSERT INTO store_version(n) VALUES (0);
        CREATE INDEX documents_light ON documents(id, doc_id, outlet, published, story);
        """,
        // 9: the documents whose exact-word index is still to be built (schema 2), found from an index when the store
        // opens instead of by reading every row (1.3 s at 100,000 documents on PostgreSQL, for every command).
        """
        CREATE INDEX documents_unindexed ON documents(id) WHERE exact_indexed = 0;
        """,
        // 10: the columns search filters read (publication date, outlet) beside the row id, so that a filtered full-text
        // search checks each match in this narrow index instead of the document row.
        """
        CREATE INDEX documents_filters ON documents(id, published_start, outlet);
        """,
        // 11: co-mentions (Ingestion/SentenceCoMentions): two named actors in one sentence that no event or relation of it
        // connects, weaker evidence than an event; entity_a < entity_b, sort_date the document's publication date.
        // Documents stored before it have none until they are ingested again.
        """
        CREATE TABLE co_mentions(doc INTEGER NOT NULL, entity_a INTEGER NOT NULL, entity_b INTEGER NOT NULL,
          sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sort_date TEXT);
        CREATE INDEX co_mentions_doc ON co_mentions(doc);
        CREATE INDEX co_mentions_a ON co_mentions(entity_a, entity_b, sort_date);
        CREATE INDEX co_mentions_b ON co_mentions(entity_b, entity_a, sort_date);
        """,
        // 12: the version of the last write that changed or removed stored rows rather than only adding documents, so that
        // a reader who kept what it read at an older version, with no such write since, reads only the documents added.
        """
        ALTER TABLE store_version ADD COLUMN last_rewrite INTEGER NOT NULL DEFAULT 0;
        UPDATE store_version SET last_rewrite = n;
        """,
        // 13: each edge's evidence counted per date (dated evidence only), so that a graph over a date window sums these
        // (about 130,000 rows at 1,000,000 documents) instead of counting the evidence rows in it (4,000,000).
        """
        CREATE TABLE edge_date_counts(edge_id INTEGER NOT NULL, date_value TEXT NOT NULL, n INTEGER NOT NULL,
          PRIMARY KEY(edge_id, date_value)) WITHOUT ROWID;
        CREATE INDEX edge_date_counts_date ON edge_date_counts(date_value, edge_id, n);
        INSERT INTO edge_date_counts(edge_id, date_value, n)
          SELECT edge_id, date_value, COUNT(*) FROM edge_evidence WHERE date_value IS NOT NULL GROUP BY edge_id, date_value;
        """,
        // 14: each pair of distinct actors of an event (entity_a < entity_b) with the date a timeline sorts by, so that the
        // timeline of two entities is read in date order from one index instead of intersecting both entities' events.
        """
        CREATE TABLE event_pairs(entity_a INTEGER NOT NULL, entity_b INTEGER NOT NULL, sort_date TEXT, event_id INTEGER NOT NULL);
        INSERT INTO event_pairs(entity_a, entity_b, sort_date, event_id)
          SELECT DISTINCT x.entity_id, y.entity_id, x.sort_date, x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id;
        CREATE INDEX event_pairs_timeline ON event_pairs(entity_a, entity_b, sort_date, event_id);
        CREATE INDEX event_pairs_event ON event_pairs(event_id);
        """,
        // 15: starts of documents that came back from the broker unacknowledged, recorded by a worker before it extracts one,
        // so that a document that kills its worker every time is counted across the crashes (Marsad.Broker's DocumentWorker).
        """
        CREATE TABLE worker_starts(doc_id TEXT NOT NULL, content_hash TEXT NOT NULL, worker TEXT NOT NULL, started_at TEXT NOT NULL);
        CREATE INDEX worker_starts_doc ON worker_starts(doc_id, content_hash);
        """,
    ];

    public static readonly IReadOnlyList<string> Postgres =
    [
        """
        CREATE TABLE documents(
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          doc_id TEXT NOT NULL UNIQUE,
          content_hash TEXT NOT NULL,
          title TEXT, published TEXT, published_start TEXT, url TEXT, outlet TEXT, origin TEXT,
          text TEXT NOT NULL,
          story BIGINT NOT NULL DEFAULT 0,
          shingles INTEGER NOT NULL DEFAULT 0,
          minhash BYTEA,
          ingested_at TEXT NOT NULL,
          terms TEXT NOT NULL DEFAULT '',
          terms_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED);
        CREATE INDEX documents_hash ON documents(content_hash);
        CREATE INDEX documents_story ON documents(story);
        CREATE INDEX documents_published ON documents(published_start);
        CREATE INDEX documents_terms ON documents USING GIN(terms_tsv);
        CREATE TABLE doc_lsh(bucket BIGINT NOT NULL, doc BIGINT NOT NULL);
        CREATE INDEX doc_lsh_bucket ON doc_lsh(bucket);
        CREATE INDEX doc_lsh_doc ON doc_lsh(doc);
        CREATE TABLE entities(
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, kb TEXT, type TEXT NOT NULL, name TEXT NOT NULL, name_en TEXT, name_key TEXT NOT NULL, blocking_key TEXT NOT NULL,
          documents INTEGER NOT NULL DEFAULT 0, mentions INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX entities_kb ON entities(kb) WHERE kb IS NOT NULL;
        CREATE INDEX entities_key ON entities(name_key);
        CREATE INDEX entities_block ON entities(blocking_key);
        CREATE TABLE entity_aliases(entity_id BIGINT NOT NULL, alias TEXT NOT NULL, alias_key TEXT NOT NULL, count INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY(entity_id, alias));
        CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);
        CREATE TABLE doc_entities(doc BIGINT NOT NULL, local_id TEXT NOT NULL, entity_id BIGINT NOT NULL,
          name TEXT NOT NULL, name_en TEXT, kb TEXT, type TEXT NOT NULL, PRIMARY KEY(doc, local_id));
        CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
        CREATE TABLE mentions(doc BIGINT NOT NULL, local_id TEXT NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
          text TEXT NOT NULL, nisba INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX mentions_doc ON mentions(doc);
        CREATE TABLE events(
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, doc BIGINT NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL, mode TEXT, cameo TEXT,
          date_value TEXT, date_precision TEXT, date_start TEXT,
          location_local TEXT, location_entity BIGINT, modality TEXT NOT NULL,
          attribution_local TEXT, attribution_entity BIGINT, attribution_text TEXT, attribution_start INTEGER, attribution_end INTEGER,
          quantities TEXT,
          trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
          evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
          confidence DOUBLE PRECISION NOT NULL);
        CREATE INDEX events_doc ON events(doc);
        CREATE INDEX events_date ON events(date_start);
        CREATE TABLE event_actors(event_id BIGINT NOT NULL, role INTEGER NOT NULL, ordinal INTEGER NOT NULL, local_id TEXT NOT NULL, entity_id BIGINT NOT NULL);
        CREATE INDEX event_actors_event ON event_actors(event_id);
        CREATE INDEX event_actors_entity ON event_actors(entity_id);
        CREATE TABLE relations(
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, doc BIGINT NOT NULL, ordinal INTEGER NOT NULL, type TEXT NOT NULL,
          subject_local TEXT NOT NULL, object_local TEXT NOT NULL, subject_entity BIGINT NOT NULL, object_entity BIGINT NOT NULL,
          label TEXT NOT NULL, label_en TEXT, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL);
        CREATE INDEX relations_doc ON relations(doc);
        CREATE INDEX relations_subject ON relations(subject_entity);
        CREATE TABLE edges(
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, source_entity BIGINT NOT NULL, target_entity BIGINT NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL,
          count INTEGER NOT NULL DEFAULT 0, first_date TEXT, last_date TEXT,
          UNIQUE(source_entity, target_entity, kind, type));
        CREATE INDEX edges_target ON edges(target_entity);
        CREATE TABLE edge_evidence(edge_id BIGINT NOT NULL, doc BIGINT NOT NULL, event_id BIGINT, relation_id BIGINT, date_value TEXT);
        CREATE INDEX edge_evidence_edge ON edge_evidence(edge_id);
        CREATE INDEX edge_evidence_doc ON edge_evidence(doc);
        """,
        """
        ALTER TABLE documents ADD COLUMN exact_terms TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN exact_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', exact_terms)) STORED;
        ALTER TABLE documents ADD COLUMN exact_indexed INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX documents_exact ON documents USING GIN(exact_tsv);
        CREATE INDEX documents_outlet ON documents(outlet);
        """,
        """
        ALTER TABLE entities ADD COLUMN kind TEXT NOT NULL DEFAULT 'named';
        ALTER TABLE entities ADD COLUMN sector TEXT;
        ALTER TABLE entities ADD COLUMN affiliation BIGINT;
        CREATE INDEX entities_affiliation ON entities(affiliation);
        ALTER TABLE doc_entities ADD COLUMN kind TEXT NOT NULL DEFAULT 'named';
        ALTER TABLE doc_entities ADD COLUMN sector TEXT;
        ALTER TABLE doc_entities ADD COLUMN affiliation_local TEXT;
        """,
        """
        ALTER TABLE events ADD COLUMN event_key TEXT;
        UPDATE events SET event_key = (SELECT d.doc_id FROM documents d WHERE d.id = events.doc) || '|' || type || '|' || trigger_text || '|' || evidence_text;
        CREATE INDEX events_key ON events(event_key);
        CREATE TABLE corrections(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, action TEXT NOT NULL, target TEXT NOT NULL, label TEXT, reason TEXT,
          author TEXT NOT NULL, created_at TEXT NOT NULL, undone_at TEXT, undone_by TEXT);
        CREATE INDEX corrections_target ON corrections(action, target);
        """,
        """
        ALTER TABLE corrections ADD COLUMN value TEXT;
        ALTER TABLE entities ADD COLUMN merged_into BIGINT;
        ALTER TABLE entities ADD COLUMN fixed_type TEXT;
        ALTER TABLE entities ADD COLUMN fixed_name_en TEXT;
        ALTER TABLE entities ADD COLUMN group_documents INTEGER;
        ALTER TABLE entities ADD COLUMN group_mentions INTEGER;
        CREATE INDEX entities_merged ON entities(merged_into);
        """,
        """
        CREATE INDEX edge_evidence_latest ON edge_evidence(edge_id, date_value DESC NULLS LAST, doc DESC);
        CREATE INDEX edge_evidence_date ON edge_evidence(date_value, edge_id, event_id);
        DROP INDEX edge_evidence_edge;
        """,
        """
        ALTER TABLE event_actors ADD COLUMN sort_date TEXT;
        UPDATE event_actors SET sort_date = (SELECT COALESCE(e.date_start, d.published_start) FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = event_actors.event_id);
        CREATE INDEX event_actors_timeline ON event_actors(entity_id, sort_date, event_id);
        DROP INDEX event_actors_entity;
        """,
        """
        CREATE TABLE store_version(n BIGINT NOT NULL);
        INSERT INTO store_version(n) VALUES (0);
        CREATE INDEX documents_light ON documents(id, doc_id, outlet, published, story);
        """,
        """
        CREATE INDEX documents_unindexed ON documents(id) WHERE exact_indexed = 0;
        """,
        """
        CREATE INDEX documents_filters ON documents(id, published_start, outlet);
        """,
        """
        CREATE TABLE co_mentions(doc BIGINT NOT NULL, entity_a BIGINT NOT NULL, entity_b BIGINT NOT NULL,
          sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sort_date TEXT);
        CREATE INDEX co_mentions_doc ON co_mentions(doc);
        CREATE INDEX co_mentions_a ON co_mentions(entity_a, entity_b, sort_date);
        CREATE INDEX co_mentions_b ON co_mentions(entity_b, entity_a, sort_date);
        """,
        """
        ALTER TABLE store_version ADD COLUMN last_rewrite BIGINT NOT NULL DEFAULT 0;
        UPDATE store_version SET last_rewrite = n;
        """,
        """
        CREATE TABLE edge_date_counts(edge_id BIGINT NOT NULL, date_value TEXT NOT NULL, n INTEGER NOT NULL,
          PRIMARY KEY(edge_id, date_value));
        CREATE INDEX edge_date_counts_date ON edge_date_counts(date_value, edge_id, n);
        INSERT INTO edge_date_counts(edge_id, date_value, n)
          SELECT edge_id, date_value, COUNT(*) FROM edge_evidence WHERE date_value IS NOT NULL GROUP BY edge_id, date_value;
        ANALYZE edge_date_counts;
        """,
        """
        CREATE TABLE event_pairs(entity_a BIGINT NOT NULL, entity_b BIGINT NOT NULL, sort_date TEXT, event_id BIGINT NOT NULL);
        INSERT INTO event_pairs(entity_a, entity_b, sort_date, event_id)
          SELECT DISTINCT x.entity_id, y.entity_id, x.sort_date, x.event_id FROM event_actors x JOIN event_actors y ON y.event_id = x.event_id AND y.entity_id > x.entity_id;
        CREATE INDEX event_pairs_timeline ON event_pairs(entity_a, entity_b, sort_date, event_id);
        CREATE INDEX event_pairs_event ON event_pairs(event_id);
        ANALYZE event_pairs;
        """,
        """
        CREATE TABLE worker_starts(doc_id TEXT NOT NULL, content_hash TEXT NOT NULL, worker TEXT NOT NULL, started_at TEXT NOT NULL);
        CREATE INDEX worker_starts_doc ON worker_starts(doc_id, content_hash);
        """,
        // 16: a document's search tsvector (about 2.5 KB) kept in its row instead of TOAST, so that a search window's check
        // of the newest 5,000 documents reads their rows alone (4 buffers a document instead of 8: no TOAST index and
        // chunks). The newest 50,000 rows are rewritten now (the windows read them; 95 s at 1,000,000 documents under load);
        // older ones keep theirs out of line until they are stored again.
        """
        ALTER TABLE documents ALTER COLUMN terms_tsv SET STORAGE MAIN;
        UPDATE documents SET terms = terms WHERE id > (SELECT MAX(id) - 50000 FROM documents);
        """,
    ];
}
