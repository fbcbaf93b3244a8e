using Marsad.Store.Postgres;
using Marsad.Store.Sqlite;

namespace Marsad.Store;

/// <summary>Opens the corpus store named by a --db value: a PostgreSQL connection string or URI, else a SQLite file.</summary>
public static class CorpusStore
{
    public const string DefaultFile = "marsad.db";

    /// <summary>The environment variable that names the default database.</summary>
    public const string EnvironmentVariable = "MARSAD_DB";

    /// <summary>
    /// Opens (creating and migrating when needed) the store. "postgresql://…", "postgres://…" or a
    /// keyword connection string with Host= select PostgreSQL; anything else is a SQLite file path.
    /// Throws <see cref="StoreException"/> with a readable message when the database can't be used.
    /// </summary>
    public static ICorpusStore Open(string? db = null)
    {
        db = Resolve(db);
        return IsPostgres(db) ? PostgresCorpusStore.Open(db) : SqliteCorpusStore.Open(db);
    }

    /// <summary>
    /// Opens an existing store only to read it: a SQLite file is opened read-only (nothing created,
    /// upgraded or written, so a file in a read-only folder can be queried); PostgreSQL as usual, its
    /// server enforces the user's rights.
    /// </summary>
    public static ICorpusStore OpenForReading(string? db = null)
    {
        db = Resolve(db);
        return IsPostgres(db) ? PostgresCorpusStore.Open(db) : SqliteCorpusStore.Open(db, readOnly: true);
    }

    /// <summary>The database a --db value names: itself, else $MARSAD_DB, else <see cref="DefaultFile"/>.</summary>
    public static string Resolve(string? db)
    {
        if (string.IsNullOrWhiteSpace(db)) db = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(db) ? DefaultFile : db;
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || (db.Contains('=') && db.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>Describes a database for messages without its password.</summary>
    public static string Describe(string db)
    {
        if (!IsPostgres(db)) return db;
        try
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(PostgresCorpusStore.ToConnectionString(db));
            return $"postgresql://{b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException) { return "postgresql database"; }
    }
}

/// <summary>The database can't be opened or used (corrupted file, not a Marsad database, server unreachable, newer schema).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
