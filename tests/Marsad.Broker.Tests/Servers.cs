using Marsad.Broker.Queue;
using Npgsql;
using RabbitMQ.Client;

namespace Marsad.Broker.Tests;

/// <summary>
/// The real servers the broker tests use: RabbitMQ from MARSAD_TEST_RABBITMQ and PostgreSQL from
/// MARSAD_TEST_POSTGRES (test.sh starts both, scripts/test-setup.d/). Each test gets its own queue
/// and its own schema, removed afterwards. Without the variables the tests fail rather than skip.
/// </summary>
public sealed class Servers : IAsyncDisposable
{
    public string Broker { get; } = Required("MARSAD_TEST_RABBITMQ", "rabbitmq.sh");
    public string Queue { get; } = "test." + Guid.NewGuid().ToString("N")[..12];
    private readonly string _server = Required("MARSAD_TEST_POSTGRES", "postgres.sh");
    private readonly List<string> _schemas = [];

    private static string Required(string variable, string script) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } v ? v
        : throw new InvalidOperationException($"{variable} is not set: run ./test.sh, which starts the server (scripts/test-setup.d/{script}), or point it at one.");

    /// <summary>A new empty schema; returns a connection string whose search path is that schema.</summary>
    public string NewDatabase()
    {
        var schema = "w_" + Guid.NewGuid().ToString("N")[..16];
        Sql(_server, $"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(_server) { SearchPath = schema }.ConnectionString;
    }

    public static long Scalar(string db, string sql)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static void Sql(string db, string sql)
    {
        using var c = new NpgsqlConnection(db);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public Task<DocumentQueue> ConnectAsync() => DocumentQueue.ConnectAsync(Broker, Queue);

    public async ValueTask DisposeAsync()
    {
        foreach (var s in _schemas) Sql(_server, $"DROP SCHEMA IF EXISTS {s} CASCADE");
        var factory = new ConnectionFactory { Uri = new Uri(Broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(Queue);
        await channel.QueueDeleteAsync(Queue + ".dead");
    }
}
