namespace Marsad.Store.Tests;

/// <summary>The storage suite on a SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteCorpusStoreTests : CorpusStoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-store-").FullName;

    private int _databases;

    protected override string NewDatabase() => Path.Combine(_dir, $"corpus{++_databases}.db");

    protected override void ExecuteSql(string database, string sql)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal override IReadOnlyList<string> Migrations => Sql.Schema.Sqlite;

    public override void Dispose()
    {
        base.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void A_corrupted_file_gives_a_clear_error()
    {
        var path = Path.Combine(_dir, "broken.db");
        File.WriteAllBytes(path, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0x5A, 4000)]);
        var ex = Assert.Throws<StoreException>(() => CorpusStore.Open(path));
        Assert.Contains("not a Marsad database or is corrupted", ex.Message);
        File.WriteAllText(Path.Combine(_dir, "notes.db"), "شراء الخبز والحليب");
        Assert.Throws<StoreException>(() => CorpusStore.Open(Path.Combine(_dir, "notes.db")));
    }

    [Fact]
    public void A_database_of_another_program_is_refused_and_left_alone()
    {
        var path = Path.Combine(_dir, "other.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE invoices(id INTEGER)";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => CorpusStore.Open(path));
        Assert.Contains("not a Marsad database", ex.Message);
    }

    [Fact]
    public void The_file_is_created_on_first_use_and_reopened_with_its_data()
    {
        var path = Path.Combine(_dir, "new.db");
        using (var s = CorpusStore.Open(path)) s.Ingest(TestCorpus.Meeting());
        Assert.True(File.Exists(path));
        using var again = CorpusStore.Open(path);
        Assert.Equal(1, again.Stats().Documents);
        Assert.Equal("sqlite", again.Backend);
    }

    [Fact]
    public void A_missing_folder_is_reported()
    {
        var ex = Assert.Throws<StoreException>(() => CorpusStore.Open(Path.Combine(_dir, "no", "such", "x.db")));
        Assert.Contains("does not exist", ex.Message);
    }
}
