using Npgsql;

namespace Marsad.Store.Tests;

/// <summary>
/// The storage suite on a real PostgreSQL server: each test in its own schema of the database named by
/// MARSAD_TEST_POSTGRES (test.sh starts a throwaway cluster through scripts/test-setup.d/postgres.sh).
/// Without that variable these tests fail: a missing server must not pass as a green run.
/// </summary>
public sealed class PostgresCorpusStoreTests : CorpusStoreContract
{
    public const string EnvironmentVariable = "MARSAD_TEST_POSTGRES";
    private readonly List<string> _schemas = [];
    private string? _server;

    /// <summary>A new schema of the test database, named by search_path in the connection string.</summary>
    protected override string NewDatabase()
    {
        _server = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(_server))
            Assert.Fail($"{EnvironmentVariable} is not set: run ./test.sh, which starts a throwaway PostgreSQL (scripts/test-setup.d/postgres.sh), or point it at a server.");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var c = new NpgsqlConnection(_server))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
            cmd.ExecuteNonQuery();
        }
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(_server) { SearchPath = schema }.ConnectionString;
    }

    protected override void ExecuteSql(string database, string sql)
    {
        using var c = new NpgsqlConnection(database);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    internal override IReadOnlyList<string> Migrations => Sql.Schema.Postgres;

    protected override ICorpusStore CreateStore()
    {
        var store = base.CreateStore();
        Assert.Equal("postgresql", store.Backend);
        return store;
    }

    public override void Dispose()
    {
        base.Dispose();
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        using var c = new NpgsqlConnection(_server);
        c.Open();
        foreach (var schema in _schemas)
        {
            using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", c);
            cmd.ExecuteNonQuery();
        }
    }

    [Fact]
    public void An_unreachable_server_gives_a_clear_error()
    {
        var ex = Assert.Throws<StoreException>(() => CorpusStore.Open("Host=127.0.0.1;Port=1;Database=marsad;Timeout=2"));
        Assert.Contains("cannot connect to PostgreSQL", ex.Message);
    }

    /// <summary>
    /// Npgsql's automatic preparation ("Max Auto Prepare" in a connection string) breaks the store's batched writes:
    /// documents and entities already stored are not found, and inserting them again violates their unique indexes.
    /// </summary>
    [Fact]
    public void Automatic_preparation_asked_for_in_the_connection_string_is_turned_off()
    {
        using var store = CorpusStore.Open(NewDatabase() + ";Max Auto Prepare=20;Auto Prepare Min Usages=2");
        var docs = TestCorpus.All().ToList();
        foreach (var d in docs) Assert.Equal(IngestStatus.Stored, store.Ingest(d).Status);
        foreach (var d in TestCorpus.All()) Assert.Equal(IngestStatus.Unchanged, store.Ingest(d).Status);
        Assert.Equal(docs.Count, store.Stats().Documents);
    }

    [Fact]
    public void Uris_are_accepted()
    {
        var cs = Postgres.PostgresCorpusStore.ToConnectionString("postgresql://ana:p%40ss@db.example:6543/news?sslmode=disable");
        var b = new NpgsqlConnectionStringBuilder(cs);
        Assert.Equal(("db.example", 6543, "news", "ana", "p@ss"), (b.Host, b.Port, b.Database, b.Username, b.Password));
    }
}
