using System.Data.Common;

namespace Marsad.Store.Sql;

/// <summary>
/// A connection (and optional transaction) with parameterised-command helpers. Commands are cached
/// by their SQL text for the life of the unit of work, so repeated inserts during one ingest reuse
/// a prepared statement. Every value reaches the database as a parameter, never inside the SQL.
/// Writes whose outcome nobody reads (<see cref="Defer"/>) wait, on a server database, until the
/// next statement or the commit, and travel with it in one batch: one round trip instead of one each.
/// </summary>
internal sealed class Db(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _cache = new(StringComparer.Ordinal);
    private readonly List<(string Sql, (string Name, object? Value)[] Args)> _deferred = [];
    private readonly bool _batches = connection.CanCreateBatch;

    /// <summary>Deferred writes sent at once at most; a document's writes fit in a few batches.</summary>
    private const int MaxDeferred = 1000;

    public DbConnection Connection { get; } = connection;
    public DbTransaction? Transaction { get; private set; }

    /// <summary>Seconds a command may run (0: no limit); null keeps the provider's default.</summary>
    public int? CommandTimeout { get; set; }

    public void Begin()
    {
        Transaction = Connection.BeginTransaction();
        foreach (var c in _cache.Values) c.Transaction = Transaction;
    }

    public void Commit()
    {
        Flush();
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Rollback()
    {
        _deferred.Clear();
        if (Transaction is null) return;
        var t = Transaction;
        Transaction = null;
        try { t.Rollback(); } finally { t.Dispose(); }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        if (!_cache.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            _cache[sql] = cmd;
        }
        cmd.Transaction = Transaction;
        if (CommandTimeout is { } timeout) cmd.CommandTimeout = timeout;
        cmd.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>
    /// A write whose result is not needed: on a server database it is sent with the next statement or at
    /// the commit (in order, so later reads see it); an error surfaces there and fails the transaction.
    /// </summary>
    public void Defer(string sql, params (string, object?)[] args)
    {
        // Outside a transaction nothing would send a deferred write before the connection closes: run it now.
        if (!_batches || Transaction is null) { Command(sql, args).ExecuteNonQuery(); return; }
        _deferred.Add((sql, args));
        if (_deferred.Count >= MaxDeferred) Flush();
    }

    /// <summary>A session setting sent with the next statement on a server database (at once on others); it lasts until the connection closes.</summary>
    public void Setting(string sql)
    {
        if (_batches) _deferred.Add((sql, []));
        else Command(sql).ExecuteNonQuery();
    }

    /// <summary>Rows for one table as one deferred multi-row INSERT (parameters @p0, @p1 …, row after row).</summary>
    public void DeferRows(string table, string[] columns, IReadOnlyList<object?[]> rows)
    {
        // SQLite takes at most 32,766 parameters in one statement.
        int perStatement = Math.Max(1, 30_000 / columns.Length);
        for (int start = 0; start < rows.Count; start += perStatement)
        {
            var chunk = rows.Skip(start).Take(perStatement).ToList();
            var args = new (string, object?)[chunk.Count * columns.Length];
            var values = new System.Text.StringBuilder();
            for (int r = 0; r < chunk.Count; r++)
            {
                values.Append(r == 0 ? "(" : ", (");
                for (int c = 0; c < columns.Length; c++)
                {
                    int n = r * columns.Length + c;
                    values.Append(c == 0 ? "@p" : ", @p").Append(n);
                    args[n] = ("p" + n, chunk[r][c]);
                }
                values.Append(')');
            }
            Defer($"INSERT INTO {table}({string.Join(", ", columns)}) VALUES {values}", args);
        }
    }

    /// <summary>Sends the deferred writes now.</summary>
    public void Flush()
    {
        if (_deferred.Count == 0) return;
        using var batch = Batch();
        batch.ExecuteNonQuery();
    }

    /// <summary>The deferred writes, then this statement, as one batch; empties the deferred list.</summary>
    private DbBatch Batch(string? sql = null, (string Name, object? Value)[]? args = null)
    {
        var batch = Connection.CreateBatch();
        batch.Transaction = Transaction;
        if (CommandTimeout is { } timeout) batch.Timeout = timeout;
        foreach (var (s, a) in _deferred) Add(batch, s, a);
        _deferred.Clear();
        if (sql is not null) Add(batch, sql, args!);
        return batch;
    }

    /// <summary>Runs statements that each return one number (INSERT … RETURNING id) in one round trip; their numbers in order.</summary>
    public List<long> ScalarLongs(IReadOnlyList<(string Sql, (string, object?)[] Args)> statements)
    {
        var values = new List<long>(statements.Count);
        if (!_batches || statements.Count == 0)
        {
            foreach (var (sql, args) in statements) values.Add(ScalarLong(sql, args) ?? throw new InvalidOperationException("the statement returned no value: " + sql));
            return values;
        }
        using var batch = Batch();
        foreach (var (sql, args) in statements) Add(batch, sql, args);
        using var r = batch.ExecuteReader();
        do
        {
            if (r.FieldCount > 0 && r.Read()) values.Add(Convert.ToInt64(r.GetValue(0)));
        } while (r.NextResult());
        if (values.Count != statements.Count) throw new InvalidOperationException($"{statements.Count} statements returned {values.Count} values");
        return values;
    }

    private static void Add(DbBatch batch, string sql, (string Name, object? Value)[] args)
    {
        var c = batch.CreateBatchCommand();
        c.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = c.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            c.Parameters.Add(p);
        }
        batch.BatchCommands.Add(c);
    }

    /// <summary>Runs a write now (with any deferred ones before it); returns the rows it changed, or on a batch the rows all of them changed.</summary>
    public int Execute(string sql, params (string, object?)[] args)
    {
        if (_deferred.Count == 0) return Command(sql, args).ExecuteNonQuery();
        using var batch = Batch(sql, args);
        return batch.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string, object?)[] args)
    {
        var v = Query(sql, r => r.GetValue(0), args) is [var first, ..] ? first : null;
        return v is DBNull ? null : v;
    }

    public long? ScalarLong(string sql, params (string, object?)[] args) => Scalar(sql, args) is { } v ? Convert.ToInt64(v) : null;

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string, object?)[] args)
    {
        var list = new List<T>();
        foreach (var item in Stream(sql, map, args)) list.Add(item);
        return list;
    }

    /// <summary>Reads a query's rows; deferred writes go first in the same batch, and their empty results are passed over.</summary>
    public IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, params (string, object?)[] args)
    {
        using var batch = _deferred.Count > 0 ? Batch(sql, args) : null;
        using var r = batch?.ExecuteReader() ?? Command(sql, args).ExecuteReader();
        if (batch is not null)
            while (r.FieldCount == 0 && r.NextResult()) { }
        while (r.Read()) yield return map(r);
    }

    public void Dispose()
    {
        foreach (var c in _cache.Values) c.Dispose();
        _cache.Clear();
        Transaction?.Dispose();
        Connection.Dispose();
    }
}

/// <summary>Typed reads that work the same on SQLite (64-bit integers) and PostgreSQL (int4/int8).</summary>
internal static class Row
{
    public static long L(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i));
    public static int I(this DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i));
    public static double D(this DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i));
    public static string S(this DbDataReader r, int i) => r.GetString(i);
    public static string? N(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    public static long? NL(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i));
    public static int? NI(this DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i));
    public static byte[]? B(this DbDataReader r, int i) => r.IsDBNull(i) ? null : (byte[])r.GetValue(i);
}
