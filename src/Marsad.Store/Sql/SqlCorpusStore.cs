using System.Data.Common;

namespace Marsad.Store.Sql;

/// <summary>
/// The corpus store over plain SQL shared by both backends. A backend supplies connections, its
/// migrations and the full-text index (SQLite FTS5, PostgreSQL tsvector); both index the same
/// Marsad search keys (<see cref="Search.SearchKeys"/>), so search means the same thing on both.
/// Partial files: ingest, documents and search, entities/graph/timeline/stats.
/// </summary>
internal abstract partial class SqlCorpusStore : ICorpusStore
{
    public abstract string Backend { get; }

    /// <summary>Opens a pooled connection, ready for use.</summary>
    protected abstract DbConnection OpenConnection();

    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Adds a document's search keys to the full-text index.</summary>
    protected abstract void IndexTerms(Db db, long doc, string terms);

    /// <summary>Adds a document's exact-word keys to the exact index.</summary>
    protected abstract void IndexExactTerms(Db db, long doc, string terms);

    protected abstract void UnindexTerms(Db db, long doc);

    /// <summary>
    /// The FROM source, the expression of a match's document row id in it, the WHERE condition and the score
    /// expression of a full-text match (score: higher is better). A source without the documents (d) is joined to them when filters need it.
    /// </summary>
    protected abstract (string From, string Id, string Where, string Score) Match(Search.ParsedQuery query, List<(string, object?)> args);

    /// <summary>A subquery selecting the row ids of the documents a full-text query matches.</summary>
    protected abstract string MatchDocIds(Search.ParsedQuery query, List<(string, object?)> args);

    /// <summary>
    /// Builds the exact-word index of documents stored before it existed (schema 2), a batch per
    /// transaction so that an interrupted run resumes where it stopped.
    /// </summary>
    protected void IndexExactBackfill()
    {
        while (true)
        {
            int done = Write(db =>
            {
                var rows = db.Query("SELECT id, title, text FROM documents WHERE exact_indexed = 0 ORDER BY id LIMIT 200",
                    r => (Id: r.L(0), Title: r.N(1), Text: r.S(2)));
                if (rows.Count == 0) return 0;
                db.Begin();
                foreach (var r in rows)
                {
                    IndexExactTerms(db, r.Id, Marsad.Store.Search.SearchKeys.ExactIndexText(r.Title, r.Text));
                    db.Execute("UPDATE documents SET exact_indexed = 1 WHERE id = @d", ("d", r.Id));
                }
                db.Commit();
                return rows.Count;
            });
            if (done == 0) return;
        }
    }

    protected abstract long? SizeBytes(Db db);

    /// <summary>Translates a backend exception into a readable <see cref="StoreException"/>, or null to rethrow it.</summary>
    protected abstract StoreException? Explain(Exception ex);

    public int SchemaVersion => Migrations.Count;

    protected Db Open()
    {
        try { return new Db(OpenConnection()); }
        catch (Exception ex) when (Explain(ex) is { } se) { throw se; }
    }

    /// <summary>Runs one unit of work, turning backend failures into readable errors.</summary>
    protected T Run<T>(Func<Db, T> work)
    {
        using var db = Open();
        try { return work(db); }
        catch (Exception ex) when (Explain(ex) is { } se) { throw se; }
    }

    /// <summary>Runs a read of one page through indexes (a search, its facets, a graph, a timeline), as the backend reads those best.</summary>
    protected T RunPage<T>(Func<Db, T> work) => Run(db =>
    {
        BeforePageRead(db);
        return work(db);
    });

    /// <summary>Prepares a connection for <see cref="RunPage{T}"/>.</summary>
    protected virtual void BeforePageRead(Db db) { }

    /// <summary>
    /// Takes the database's writer lock inside the open transaction, held until it ends. Writers from
    /// every process then change the shared rows (entities, aliases, edges) one transaction at a time,
    /// so two ingests can neither deadlock nor both insert the same entity.
    /// </summary>
    protected abstract void LockWriters(Db db);

    /// <summary>True for an error after which the whole transaction may simply be run again (deadlock, serialization failure).</summary>
    protected abstract bool IsRetryable(Exception ex);

    /// <summary>
    /// Begins a write transaction holding the writer lock; it raises the store's <see cref="Version"/> (unless rolled back)
    /// and, unless it only adds documents (<paramref name="append"/>; see <see cref="MarkRewrite"/>), marks it a rewrite.
    /// </summary>
    protected void BeginWrite(Db db, bool append = false)
    {
        db.Begin();
        LockWriters(db);
        db.Defer(append ? "UPDATE store_version SET n = n + 1" : "UPDATE store_version SET n = n + 1, last_rewrite = n + 1");
    }

    /// <summary>Marks the open write, begun as an append, a rewrite: it changes or removes stored rows.</summary>
    protected static void MarkRewrite(Db db) => db.Defer("UPDATE store_version SET last_rewrite = n");

    public long Version => Run(db => db.ScalarLong("SELECT n FROM store_version") ?? 0);

    /// <summary>The store's version and the version of its last rewrite (a write that changed or removed rows).</summary>
    private static (long Version, long LastRewrite) Versions(Db db) =>
        db.Query("SELECT n, last_rewrite FROM store_version", r => (r.L(0), r.L(1))).Single();

    private const int MaxAttempts = 5;
    private readonly object _writeLock = new();
    private Db? _writer;

    /// <summary>
    /// Runs a write on the one writer connection (kept open so its prepared statements are reused
    /// from one document to the next). On any failure the open transaction is rolled back and the
    /// connection replaced, so a failed document leaves nothing behind; a transaction the database
    /// aborted for a conflict with another writer is run again.
    /// </summary>
    protected T Write<T>(Func<Db, T> work)
    {
        lock (_writeLock)
        {
            for (int attempt = 1; ; attempt++)
            {
                _writer ??= Open();
                try { return work(_writer); }
                catch (Exception ex)
                {
                    try { _writer.Rollback(); } catch (Exception) { /* the connection itself failed */ }
                    _writer.Dispose();
                    _writer = null;
                    if (IsRetryable(ex) && attempt < MaxAttempts)
                    {
                        Thread.Sleep(Random.Shared.Next(10, 50) * attempt);
                        continue;
                    }
                    if (IsRetryable(ex)) throw new StoreException($"the database aborted this write {MaxAttempts} times for conflicts with other writers: {ex.Message}", ex);
                    if (Explain(ex) is { } se) throw se;
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Creates or upgrades the schema in one transaction under the writer lock, so that processes
    /// opening a new database at the same time migrate it once; refuses databases that aren't Marsad's or are newer.
    /// </summary>
    protected void Migrate(Func<Db, bool> hasForeignTables)
    {
        Run(db =>
        {
            db.CommandTimeout = 0; // a migration that fills a table from a large store takes minutes
            db.Begin();
            LockWriters(db);
            var exists = db.Scalar(TableExistsSql, ("name", "marsad_schema")) is not null;
            if (!exists && hasForeignTables(db))
                throw new StoreException("this database is not a Marsad database (it holds other tables); give a new file or an empty database");
            if (!exists) db.Execute("CREATE TABLE marsad_schema(version INTEGER NOT NULL)");
            int version = (int)(db.ScalarLong("SELECT MAX(version) FROM marsad_schema") ?? 0);
            if (version > Migrations.Count)
                throw new StoreException($"this database has schema version {version}, newer than this Marsad ({Migrations.Count}); upgrade Marsad");
            for (int v = version + 1; v <= Migrations.Count; v++)
            {
                db.Execute(Migrations[v - 1]);
                db.Execute("INSERT INTO marsad_schema(version) VALUES (@v)", ("v", v));
            }
            db.Commit();
            return 0;
        });
    }

    /// <summary>
    /// For a store opened only to read: the schema must be Marsad's and current, since upgrading it would write.
    /// </summary>
    protected void CheckSchema()
    {
        Run(db =>
        {
            if (db.Scalar(TableExistsSql, ("name", "marsad_schema")) is null)
                throw new StoreException("this database is not a Marsad database (no marsad_schema table)");
            int version = (int)(db.ScalarLong("SELECT MAX(version) FROM marsad_schema") ?? 0);
            if (version > Migrations.Count)
                throw new StoreException($"this database has schema version {version}, newer than this Marsad ({Migrations.Count}); upgrade Marsad");
            if (version < Migrations.Count)
                throw new StoreException($"this database has schema version {version}, older than this Marsad ({Migrations.Count}); a command that writes (marsad ingest) upgrades it where it can be written");
            return 0;
        });
    }

    protected abstract string TableExistsSql { get; }

    /// <summary>An ORDER BY term that puts unknown values last on both backends (SQLite sorts NULL first, PostgreSQL last).</summary>
    protected static string NullsLast(string expr, bool descending = false) =>
        $"CASE WHEN {expr} IS NULL THEN 1 ELSE 0 END, {expr}{(descending ? " DESC" : "")}";

    public virtual void Dispose()
    {
        lock (_writeLock)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }
}
