using System.Data.Common;
using Marsad.Store.Search;
using Marsad.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Marsad.Store.Sqlite;

/// <summary>
/// The embedded default: one SQLite file, created on first use, full-text search with FTS5 over
/// Marsad's search keys (a contentless index: the text itself is stored once, in documents).
/// </summary>
internal sealed class SqliteCorpusStore : SqlCorpusStore
{
    private readonly string _path;
    private readonly string _connectionString;

    private SqliteCorpusStore(string path, bool readOnly, bool immutable = false)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            // SQLite's URI form: immutable=1 reads without the WAL's shared-memory file (see OpenReadOnly).
            DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public override string Backend => "sqlite";

    /// <param name="readOnly">Only to read (query commands): nothing is created, upgraded or written, so a
    /// database in a read-only folder or file can be queried.</param>
    public static SqliteCorpusStore Open(string path, bool readOnly = false)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException($"{path} is a folder, not a database file");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"cannot create {path}: folder {dir} does not exist");
        if (readOnly) return OpenReadOnly(path, full);
        var store = new SqliteCorpusStore(full, readOnly: false);
        store.Run(db => db.Execute("PRAGMA journal_mode = WAL"));
        store.Migrate(db => db.Scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1") is not null);
        store.IndexExactBackfill();
        return store;
    }

    /// <summary>
    /// Read-only: a WAL database needs its shared-memory file (-shm) even to read, and SQLite cannot create
    /// it in a folder we may not write. Such a file, which no process of ours can be writing, is then read
    /// as an immutable snapshot.
    /// </summary>
    private static SqliteCorpusStore OpenReadOnly(string path, string full)
    {
        if (!File.Exists(full)) throw new StoreException($"no database at {path}");
        var reader = new SqliteCorpusStore(full, readOnly: true);
        try { reader.CheckSchema(); }
        catch (StoreException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 8 })
        {
            reader.Dispose();
            reader = new SqliteCorpusStore(full, readOnly: true, immutable: true);
            reader.CheckSchema();
        }
        return reader;
    }

    protected override IReadOnlyList<string> Migrations => Schema.Sqlite;

    protected override string TableExistsSql => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name";

    protected override DbConnection OpenConnection()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        // NORMAL is durable at transaction boundaries in WAL mode (a crash loses at most the last
        // commits, never consistency); the busy timeout lets readers and one writer share the file.
        // A larger WAL between checkpoints writes hot pages (entities, edges) once per checkpoint, not per document.
        cmd.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 60000; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 20000; PRAGMA cache_size = -32768";
        cmd.ExecuteNonQuery();
        return c;
    }

    // Microsoft.Data.Sqlite begins transactions with BEGIN IMMEDIATE: the file's write lock is taken
    // at the start (waiting up to the busy timeout), which already serialises writers.
    protected override void LockWriters(Db db) { }

    protected override bool IsRetryable(Exception ex) => false;

    protected override void IndexTerms(Db db, long doc, string terms) =>
        db.Execute("INSERT INTO doc_terms(rowid, terms) VALUES (@d, @t)", ("d", doc), ("t", terms));

    protected override void IndexExactTerms(Db db, long doc, string terms) =>
        db.Execute("INSERT INTO doc_exact(rowid, terms) VALUES (@d, @t)", ("d", doc), ("t", terms));

    protected override void UnindexTerms(Db db, long doc)
    {
        db.Execute("DELETE FROM doc_terms WHERE rowid = @d", ("d", doc));
        db.Execute("DELETE FROM doc_exact WHERE rowid = @d", ("d", doc));
    }

    // The index alone, ordered and bounded by its own rowid: FTS5 then reads no more of it than asked.
    protected override (string From, string Id, string Where, string Score) Match(ParsedQuery query, List<(string, object?)> args)
    {
        var table = Table(query);
        args.Add(("match", MatchExpression(query)));
        return (table, $"{table}.rowid", $"{table} MATCH @match", $"-bm25({table})");
    }

    protected override string MatchDocIds(ParsedQuery query, List<(string, object?)> args)
    {
        args.Add(("match", MatchExpression(query)));
        return $"SELECT rowid FROM {Table(query)} WHERE {Table(query)} MATCH @match";
    }

    // A filter reads a few short columns of each match: from their own index (migration 10), not from the row, whose
    // first page is mostly the text (315 ms -> 17 ms for an outlet filter over a common word at 100,000 documents).
    protected override string FilteredDocuments => "documents d INDEXED BY documents_filters";

    private static string Table(ParsedQuery query) => query.Exact ? "doc_exact" : "doc_terms";

    // Keys hold only letters and digits; each group is quoted as an FTS5 string (a phrase when it has several keys).
    private static string MatchExpression(ParsedQuery query) =>
        string.Join(" AND ", query.Groups.Select(g => "\"" + string.Join(" ", g) + "\""));

    // The index is contentless: a copy's keys are made again from its text, once per document copied.
    protected override void BeginBulkCopy(Db db, long baseMax)
    {
        db.Execute("CREATE TEMP TABLE IF NOT EXISTS copy_terms(id INTEGER PRIMARY KEY, terms TEXT NOT NULL, exact TEXT NOT NULL)");
        db.Execute("DELETE FROM copy_terms");
        var docs = db.Query("SELECT id, title, text FROM documents WHERE id <= @m", r => (Id: r.L(0), Title: r.N(1), Text: r.S(2)), ("m", baseMax));
        db.Begin();
        foreach (var d in docs)
            db.Execute("INSERT INTO copy_terms(id, terms, exact) VALUES (@id, @t, @e)",
                ("id", d.Id), ("t", SearchKeys.IndexText(d.Title, d.Text)), ("e", SearchKeys.ExactIndexText(d.Title, d.Text)));
        db.Commit();
    }

    protected override void CopyIndex(Db db, (string, object?)[] args)
    {
        db.Execute($"INSERT INTO doc_terms(rowid, terms) {Copies} SELECT id + @off + g.n * @stride, terms FROM g CROSS JOIN copy_terms WHERE id <= @cut", args);
        db.Execute($"INSERT INTO doc_exact(rowid, terms) {Copies} SELECT id + @off + g.n * @stride, exact FROM g CROSS JOIN copy_terms WHERE id <= @cut", args);
    }

    protected override void EndBulkCopy(Db db) => db.Execute("DROP TABLE IF EXISTS copy_terms");

    protected override string IndexDefinitionSql => "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = @name";

    protected override long? SizeBytes(Db db)
    {
        long size = 0;
        foreach (var f in new[] { _path, _path + "-wal" })
            if (File.Exists(f)) size += new FileInfo(f).Length;
        return size;
    }

    protected override StoreException? Explain(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 26 or 11 } => new StoreException($"{_path} is not a Marsad database or is corrupted (SQLite: {Message(ex)})", ex),
        SqliteException { SqliteErrorCode: 14 } => new StoreException($"cannot open {_path} (SQLite: {Message(ex)})", ex),
        SqliteException { SqliteErrorCode: 8 } => new StoreException($"{_path} is read-only", ex),
        SqliteException { SqliteErrorCode: 5 or 6 } => new StoreException($"{_path} is locked by another process; try again when it finishes", ex),
        SqliteException { SqliteErrorCode: 13 } => new StoreException($"the disk holding {_path} is full", ex),
        _ => null,
    };

    private static string Message(Exception ex) => ex.Message.Replace("SQLite Error ", "").Trim();
}
