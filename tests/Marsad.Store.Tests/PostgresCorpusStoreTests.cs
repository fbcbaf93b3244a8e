using Marsad.Core.Model;
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

    /// <summary>Search windows read the newest documents' tsvectors: kept in the row (storage main), not in TOAST (schema 16).</summary>
    [Fact]
    public void The_search_tsvector_is_kept_in_the_documents_row()
    {
        IngestAll(TestCorpus.Meeting());
        using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schemas[^1] }.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand("SELECT attstorage::text FROM pg_attribute WHERE attrelid = 'documents'::regclass AND attname = 'terms_tsv'", c);
        Assert.Equal("m", cmd.ExecuteScalar());
    }

    /// <summary>
    /// On a large store the newest matches are found in windows of the newest ids (a common word) or from the GIN
    /// index (a rare word, a rare pair, a selective filter) instead of walking back from the newest document. Either
    /// way the page is the one the walk gives: the same newest matches ranked the same.
    /// </summary>
    [Fact]
    public void Searching_in_windows_and_from_the_index_gives_the_pages_of_the_walk_back()
    {
        // Sixty documents with one word; every third repeats it (it ranks higher), every tenth adds another word.
        IngestAll([.. Enumerable.Range(1, 60).Select(i => new DocBuilder($"w{i:D2}",
            string.Join(" ", Enumerable.Repeat("اجتمع الوفد", i % 3 == 0 ? 4 : 1)) + " في العاصمة." + (i % 10 == 0 ? " وانتقدت المعارضة الاجتماع." : ""),
            published: new DateOnly(2019, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), outlet: i % 2 == 0 ? "Okaz" : "Riyadh").Build())]);
        var store = (Postgres.PostgresCorpusStore)Store;
        (store.RankWindow, store.CountLimit) = (8, 30);
        SearchQuery[] queries =
        [
            new("الوفد", Limit: 5), new("الوفد", Limit: 5, Offset: 10), new("المعارضة"), new("الوفد المعارضة"),
            new("الوفد", Outlet: "okaz", Limit: 5), new("المعارضة", From: new PartialDate(2019, 2)),
        ];
        var walked = queries.Select(Store.Search).ToList(); // sixty documents: below WindowFrom, the walk back
        store.WindowFrom = 0;
        var windowed = queries.Select(Store.Search).ToList();

        for (int i = 0; i < queries.Length; i++)
            Assert.Equal(walked[i].Hits.Select(h => h.DocumentId), windowed[i].Hits.Select(h => h.DocumentId));
        Assert.Equal(["w54", "w57", "w60"], windowed[0].Hits.Take(3).Select(h => h.DocumentId).Order()); // the repeats of the newest eight
        // The common word fills the first window (ten ids for a ranked window of eight): its total is estimated from it.
        Assert.True(windowed[0].TotalEstimated);
        Assert.Equal(60, windowed[0].Total);
        // The rarer word and the pair are not in enough of the newest ids: read from the index, counted exactly.
        Assert.Equal((6, false), (windowed[2].Total, windowed[2].TotalEstimated));
        Assert.Equal((6, false), (windowed[3].Total, windowed[3].TotalEstimated));
        Assert.Equal(["w60", "w50", "w40"], windowed[5].Hits.Select(h => h.DocumentId).Order().Reverse());

        // Every word too common for the GIN index alone: read from it over the newest ids, widened until enough are found.
        store.IndexedMatches = 0;
        var recent = queries.Select(Store.Search).ToList();
        for (int i = 0; i < queries.Length; i++)
            Assert.Equal(walked[i].Hits.Select(h => h.DocumentId), recent[i].Hits.Select(h => h.DocumentId));
        // Six matches in sixty ids: the range widens to every id and counts them exactly.
        Assert.Equal((6, false), (recent[2].Total, recent[2].TotalEstimated));
        Assert.Equal((6, false), (recent[3].Total, recent[3].TotalEstimated));
        Assert.Equal((60, true), (recent[0].Total, recent[0].TotalEstimated));

        // A ranked window of two: the range holds enough before it reaches the oldest id, and the total is estimated from it.
        (store.RankWindow, store.WindowFrom) = (2, long.MaxValue);
        var walkedTwo = Store.Search(queries[2]);
        store.WindowFrom = 0;
        var recentTwo = Store.Search(queries[2]);
        Assert.Equal(walkedTwo.Hits.Select(h => h.DocumentId), recentTwo.Hits.Select(h => h.DocumentId));
        Assert.Equal(6, recentTwo.Hits.Count);
        Assert.True(recentTwo.TotalEstimated);
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
