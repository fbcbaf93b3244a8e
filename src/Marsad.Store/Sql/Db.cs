using System.Data.Common;

namespace Marsad.Store.Sql;

/// <summary>
/// A connection (and optional transaction) with parameterised-command helpers. Commands are cached
/// by their SQL text for the life of the unit of work, so repeated inserts during one ingest reuse
/// a prepared statement. Every value reaches the database as a parameter, never inside the SQL.
/// </summary>
internal sealed class Db(DbConnection connection) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _cache = new(StringComparer.Ordinal);

    public DbConnection Connection { get; } = connection;
    public DbTransaction? Transaction { get; private set; }

    public void Begin()
    {
        Transaction = Connection.BeginTransaction();
        foreach (var c in _cache.Values) c.Transaction = Transaction;
    }

    public void Commit()
    {
        Transaction?.Commit();
        Transaction?.Dispose();
        Transaction = null;
    }

    public void Rollback()
    {
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

    public int Execute(string sql, params (string, object?)[] args) => Command(sql, args).ExecuteNonQuery();

    public object? Scalar(string sql, params (string, object?)[] args)
    {
        var v = Command(sql, args).ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public long? ScalarLong(string sql, params (string, object?)[] args) => Scalar(sql, args) is { } v ? Convert.ToInt64(v) : null;

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string, object?)[] args)
    {
        var list = new List<T>();
        using var r = Command(sql, args).ExecuteReader();
        while (r.Read()) list.Add(map(r));
        return list;
    }

    public IEnumerable<T> Stream<T>(string sql, Func<DbDataReader, T> map, params (string, object?)[] args)
    {
        using var r = Command(sql, args).ExecuteReader();
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
