using System.Data.Common;
using System.Net.Sockets;
using Marsad.Store.Search;
using Marsad.Store.Sql;
using Npgsql;

namespace Marsad.Store.Postgres;

/// <summary>
/// PostgreSQL for teams and servers. Search keys are stored in documents.terms and indexed as a
/// 'simple' tsvector (no PostgreSQL stemming: the keys are already Marsad's Arabic stems), so
/// queries match exactly as on SQLite.
/// </summary>
internal sealed class PostgresCorpusStore : SqlCorpusStore
{
    private readonly NpgsqlDataSource _source;
    private readonly string _where;

    private PostgresCorpusStore(string connectionString)
    {
        // Npgsql's automatic preparation ("Max Auto Prepare" in a given connection string) breaks the batched writes:
        // stored documents and entities are not found and inserted again against their unique indexes (a test shows it).
        var b = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0 };
        _where = $"{b.Host}:{b.Port}/{b.Database}";
        _source = NpgsqlDataSource.Create(b);
    }

    public override string Backend => "postgresql";

    public static PostgresCorpusStore Open(string db)
    {
        string cs;
        try { cs = ToConnectionString(db); }
        catch (ArgumentException ex) { throw new StoreException("invalid PostgreSQL connection string: " + ex.Message, ex); }
        var store = new PostgresCorpusStore(cs);
        try
        {
            store.Migrate(d => d.Scalar("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() LIMIT 1") is not null);
            store.IndexExactBackfill();
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>Accepts keyword strings (Host=…;Database=…) and URIs (postgresql://user:password@host:port/db?sslmode=…).</summary>
    public static string ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) || !db.Contains("://"))
            return new NpgsqlConnectionStringBuilder(db).ConnectionString;
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri)) throw new ArgumentException("not a valid URI");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            b[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b.ConnectionString;
    }

    protected override IReadOnlyList<string> Migrations => Schema.Postgres;

    // A page takes a few thousand index probes. Parallel workers are processes started for each statement, their caches
    // cold, and cost more than they save: a timeline of 500 events at 1,000,000 documents took 39 ms without them and
    // 386 ms with two (EXPLAIN ANALYZE, load 24). The pool resets the setting when the connection goes back to it.
    protected override void BeforePageRead(Db db) => db.Setting("SET max_parallel_workers_per_gather = 0");

    protected override string TableExistsSql => "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @name";

    protected override DbConnection OpenConnection() => _source.OpenConnection();

    // One advisory lock per schema: Marsad's writers take turns; readers are never blocked. A DO block
    // returns no rows, so the lock can wait for the transaction's first statement and travel with it.
    protected override void LockWriters(Db db) =>
        db.Defer($"DO $$BEGIN PERFORM pg_advisory_xact_lock({WriterLockKey}, hashtext(current_schema())); END$$");

    private const int WriterLockKey = 0x4D525344; // "MRSD"

    protected override bool IsRetryable(Exception ex) => ex is PostgresException { SqlState: "40P01" or "40001" };

    protected override void IndexTerms(Db db, long doc, string terms) =>
        db.Defer("UPDATE documents SET terms = @t WHERE id = @d", ("t", terms), ("d", doc));

    protected override void IndexExactTerms(Db db, long doc, string terms) =>
        db.Defer("UPDATE documents SET exact_terms = @t WHERE id = @d", ("t", terms), ("d", doc));

    protected override void UnindexTerms(Db db, long doc) { } // the terms live in the document row

    protected override (string From, string Id, string Where, string Score) Match(ParsedQuery query, List<(string, object?)> args)
    {
        var column = Column(query);
        args.Add(("match", MatchExpression(query)));
        return ("documents d", "d.id", $"d.{column} @@ to_tsquery('simple', @match)", $"ts_rank(d.{column}, to_tsquery('simple', @match))");
    }

    protected override string MatchDocIds(ParsedQuery query, List<(string, object?)> args)
    {
        args.Add(("match", MatchExpression(query)));
        return $"SELECT id FROM documents WHERE {Column(query)} @@ to_tsquery('simple', @match)";
    }

    private static string Column(ParsedQuery query) => query.Exact ? "exact_tsv" : "terms_tsv";

    /// <summary>Below this many documents the newest matches are found by walking back from the newest, which is then cheap and counts exactly up to CountLimit.</summary>
    internal long WindowFrom { get; set; } = 20_000;

    /// <summary>The most documents a window looks at: about 2.5 KB of tsvector each.</summary>
    private const int MaxWindow = 5000;

    /// <summary>Words the planner expects in no more than this many documents are read from the GIN index (one row fetch each, no tsvector).</summary>
    internal long IndexedMatches { get; set; } = 20_000;

    /// <summary>
    /// The newest matches without walking every document from the newest back: checking a match reads the document's
    /// tsvector (about 2.5 KB, stored out of line), and a GIN index cannot hand out its matches newest first. So the
    /// newest documents that pass the filters (read from an index, documents_filters or the primary key) are checked in a
    /// window: a word found in most of them fills the ranked window from the first few hundred, and the total is
    /// estimated from the window's density. A rarer word is read from the GIN index in a bitmap scan, which fetches
    /// each match's row once and never its tsvector, then sorted: cheap exactly when matches are few.
    /// </summary>
    private protected override (List<long> Newest, int Total, bool Estimated) NewestMatches(Db db, SearchScope s, int need)
    {
        if (s.Match is null || s.Score == "0") return base.NewestMatches(db, s, need);
        long max = db.ScalarLong("SELECT MAX(id) FROM documents") ?? 0;
        if (max < WindowFrom) return base.NewestMatches(db, s, need);
        int window = (int)Math.Ceiling(need * 1.25); // a word in most documents fills it from these alone
        var w = Window(db, s, window);
        if (w.Matches.Count < need && w.Scanned == window)
        {
            // The GIN index costs a row fetch per document holding the words (whatever the filters): cheap for rare words.
            // The planner's estimate from its statistics of the words, not the window's density: documents that pass a
            // date filter can be dense in one stretch of ids and sparse in another.
            long planned = PlannedMatches(db, s);
            if (planned <= IndexedMatches) return FromIndex(db, s, max);
            // A window that should hold enough, at most MaxWindow: then fewer than asked for, the total estimated.
            window = (int)Math.Min(MaxWindow, Math.Ceiling(need * 1.25 * w.Scanned / (w.Matches.Count + 1.0)));
            // The GIN index over the newest ids instead when its posting lists cost less than the window's tsvectors: a
            // posting entry about 0.5 µs, a tsvector about 19 µs (warm, at 1,000,000 documents; the crossing is a word in
            // about 10 % of documents). Words the window shows to be common stay in the window.
            if (RecentFromIndex && PostingEntries(db, s, planned) < 30L * window)
            {
                // Matches per id: as the window found them (filters included), else as the planner expects them.
                double perId = w.Matches.Count > 0 ? w.Matches.Count / (double)(max - w.Lowest + 1)
                    : Math.Min(1, planned / (double)max) * w.Scanned / Math.Max(1, max - w.Lowest + 1);
                return FromIndexSince(db, s, max, need, perId);
            }
            w = Window(db, s, window);
        }
        var found = w.Matches;
        bool all = w.Scanned < window; // every document that passes the filters was looked at
        if (all && found.Count <= CountLimit) return (found, found.Count, false);
        int total = all ? found.Count : (int)Math.Min(int.MaxValue, Math.Round((double)found.Count / (max - w.Lowest + 1) * max));
        return (found.Count > CountLimit ? found[..CountLimit] : found, Math.Max(found.Count, total), true);
    }

    /// <summary>How many documents the planner expects to hold the words (its estimate from the column's statistics).</summary>
    private static long PlannedMatches(Db db, SearchScope s)
    {
        var plan = db.Query($"EXPLAIN SELECT d.id FROM documents d WHERE {s.Match}", r => r.S(0), [.. s.Args]);
        var rows = System.Text.RegularExpressions.Regex.Match(plan.FirstOrDefault() ?? "", @"rows=(\d+)");
        return rows.Success ? long.Parse(rows.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue;
    }

    /// <summary>
    /// The newest <paramref name="size"/> documents that pass the filters (an index read), newest first, and which of
    /// them match the words (only these documents' tsvectors are read); the lowest id looked at. Without filters the
    /// window is one range of ids read in the primary key's order, its rows (with their tsvectors, schema 16) on
    /// consecutive pages: 3,062 buffers for 5,000 documents at 1,000,000, against 20,039 probed one id at a time. With
    /// filters the ids that pass are probed, since a range would read every row between them.
    /// </summary>
    private (List<long> Matches, int Scanned, long Lowest) Window(Db db, SearchScope s, int size)
    {
        var filters = s.Filters.ToList();
        var sql = filters.Count == 0
            ? $"""
              SELECT d.id, CASE WHEN {s.Match} THEN 1 ELSE 0 END FROM documents d
              WHERE d.id >= COALESCE((SELECT d.id FROM documents d ORDER BY d.id DESC OFFSET @n - 1 LIMIT 1), 0)
              ORDER BY d.id DESC
              """
            : $"""
              SELECT c.id, CASE WHEN d.id IS NULL THEN 0 ELSE 1 END
              FROM (SELECT d.id FROM documents d WHERE {string.Join(" AND ", filters)} ORDER BY d.id DESC LIMIT @n) c
              LEFT JOIN documents d ON d.id = c.id AND {s.Match}
              ORDER BY c.id DESC
              """;
        var rows = db.Query(sql, r => (Id: r.L(0), Match: r.I(1) == 1), [.. s.Args, ("n", size)]);
        return (rows.Where(r => r.Match).Select(r => r.Id).ToList(), rows.Count, rows.Count == 0 ? 0 : rows[^1].Id);
    }

    /// <summary>
    /// The matches from the GIN index (a bitmap scan: sequential and plain index scans are turned off for this read, as
    /// the planner, guessing two words independent, may expect most documents to match), newest first, at most CountLimit + 1.
    /// </summary>
    private (List<long> Newest, int Total, bool Estimated) FromIndex(Db db, SearchScope s, long max)
    {
        db.Begin();
        try
        {
            db.Execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off");
            var all = db.Query($"SELECT d.id FROM (SELECT d.id FROM documents d {s.WhereSql} OFFSET 0) d ORDER BY d.id DESC LIMIT @cap",
                r => r.L(0), [.. s.Args, ("cap", CountLimit + 1)]);
            if (all.Count <= CountLimit) return (all, all.Count, false);
            double perId = (double)all.Count / (all[0] - all[^1] + 1);
            return (all[..CountLimit], (int)Math.Min(int.MaxValue, Math.Max(all.Count, Math.Round(perId * max))), true);
        }
        finally { db.Rollback(); }
    }

    /// <summary>
    /// How many GIN posting entries a search of the words reads: every key's whole posting list (the planner's estimate of
    /// the documents holding it), whatever the documents holding all of them; <paramref name="planned"/> for one key.
    /// </summary>
    private static long PostingEntries(Db db, SearchScope s, long planned)
    {
        if (s.Keys.Count <= 1) return planned;
        var column = s.Match!.Contains("exact_tsv", StringComparison.Ordinal) ? "exact_tsv" : "terms_tsv";
        long sum = 0;
        foreach (var key in s.Keys)
        {
            var plan = db.Query($"EXPLAIN SELECT d.id FROM documents d WHERE d.{column} @@ to_tsquery('simple', @key)", r => r.S(0), ("key", "'" + key + "'"));
            var rows = System.Text.RegularExpressions.Regex.Match(plan.FirstOrDefault() ?? "", @"rows=(\d+)");
            sum += rows.Success ? long.Parse(rows.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue / 4;
        }
        return sum;
    }

    /// <summary>Whether words too common for the GIN index alone are read from it over the newest ids (else checked in a window of tsvectors); tests compare the two.</summary>
    internal bool RecentFromIndex { get; set; } = true;

    /// <summary>
    /// The newest matches of words in a few per cent of documents: too many to fetch every match from the GIN index, too
    /// few for a window of the newest documents to find enough without reading thousands of tsvectors. The GIN index's
    /// bitmap of the words is intersected with the primary key's bitmap of the newest ids (a range sized from the
    /// matches per id expected), and only the rows in both are fetched, never a tsvector. The range is widened until it
    /// holds <paramref name="need"/> matches or every id; the total is estimated from the range's density.
    /// </summary>
    private (List<long> Newest, int Total, bool Estimated) FromIndexSince(Db db, SearchScope s, long max, int need, double perId)
    {
        db.Begin();
        try
        {
            // Bitmap scans only (as in FromIndex), and memory enough for the words' bitmap to stay exact (no tsvector rechecks).
            db.Execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL work_mem = '32MB'");
            long span = (long)Math.Ceiling(need * 1.5 / Math.Max(perId, 1e-6));
            while (true)
            {
                long since = Math.Max(1, max - span + 1);
                var found = db.Query($"SELECT d.id FROM (SELECT d.id FROM documents d {s.WhereAnd("d.id >= @since")} OFFSET 0) d ORDER BY d.id DESC LIMIT @cap",
                    r => r.L(0), [.. s.Args, ("since", since), ("cap", CountLimit + 1)]);
                if (found.Count >= need || since == 1)
                {
                    if (since == 1 && found.Count <= CountLimit) return (found, found.Count, false);
                    double density = found.Count > CountLimit ? (double)found.Count / (found[0] - found[^1] + 1) : (double)found.Count / (max - since + 1);
                    return (found.Count > CountLimit ? found[..CountLimit] : found, (int)Math.Min(int.MaxValue, Math.Max(found.Count, Math.Round(density * max))), true);
                }
                span = found.Count == 0 ? span * 8 : (long)Math.Ceiling(span * need * 1.5 / found.Count);
            }
        }
        finally { db.Rollback(); }
    }

    /// <summary>The ranked window by its ids: only those documents' tsvectors are read for ts_rank.</summary>
    private protected override string RankedWindow(SearchScope s, List<long> window) =>
        $"WHERE d.id IN ({string.Join(",", window.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";

    // Keys hold only letters and digits, so quoting them as tsquery lexemes is safe; a phrase uses <->.
    private static string MatchExpression(ParsedQuery query) =>
        string.Join(" & ", query.Groups.Select(g => "(" + string.Join(" <-> ", g.Select(k => "'" + k + "'")) + ")"));

    protected override string CopiedDocumentColumns => ", terms, exact_terms";

    // Building the full-text indexes once over all rows is far faster than updating them row by row.
    protected override IReadOnlyList<string> BulkDroppedIndexes => ["documents_terms", "documents_exact"];

    protected override string IndexDefinitionSql => "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = @name";

    protected override void BeginBulkCopy(Db db, long baseMax) => db.Execute("SET maintenance_work_mem = '1GB'");

    protected override void CopyIndex(Db db, (string, object?)[] args) { } // the keys are copied with the document row

    protected override void EndBulkCopy(Db db)
    {
        db.Execute("""
            RESET maintenance_work_mem;
            SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT MAX(id) FROM documents));
            SELECT setval(pg_get_serial_sequence('events', 'id'), GREATEST(1, (SELECT MAX(id) FROM events)));
            SELECT setval(pg_get_serial_sequence('relations', 'id'), GREATEST(1, (SELECT MAX(id) FROM relations)));
            ANALYZE;
            """);
    }

    protected override long? SizeBytes(Db db) => db.ScalarLong("SELECT pg_database_size(current_database())");

    protected override StoreException? Explain(Exception ex) => ex switch
    {
        PostgresException { SqlState: "3D000" } => new StoreException($"PostgreSQL database {_where} does not exist; create it first (createdb)", ex),
        PostgresException { SqlState: "28P01" or "28000" } => new StoreException($"PostgreSQL refused the login to {_where}: {ex.Message}", ex),
        PostgresException { SqlState: "40P01" or "40001" } => new StoreException($"PostgreSQL {_where} aborted the transaction for a conflict with another session: {ex.Message}", ex),
        PostgresException { SqlState: "42501" } => new StoreException($"no permission on PostgreSQL database {_where}: {ex.Message}", ex),
        // Shutdown, crash or restart of the server (class 57P), a lost connection (class 08): worth trying again later.
        PostgresException { SqlState: ['5', '7', 'P', _, _] or ['0', '8', _, _, _] } =>
            new StoreException($"PostgreSQL at {_where} is unavailable (shutting down or restarting): {ex.Message}", ex),
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or NpgsqlException { IsTransient: true } =>
            new StoreException($"cannot connect to PostgreSQL at {_where}: {ex.Message}", ex),
        _ => null,
    };

    public override void Dispose()
    {
        base.Dispose();
        _source.Dispose();
    }
}
