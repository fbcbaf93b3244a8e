using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Marsad.Broker.Queue;

/// <summary>
/// The broker side of Marsad: a connection to RabbitMQ and the two durable queues it uses, the work
/// queue of documents to extract and store and, beside it, "NAME.dead" for documents that failed
/// repeatedly (each with its error). Both are declared by whoever connects first, publisher or worker.
/// </summary>
public sealed class DocumentQueue : IAsyncDisposable
{
    public const string DefaultName = "marsad.documents";

    /// <summary>The environment variable that names the default broker.</summary>
    public const string EnvironmentVariable = "MARSAD_BROKER";

    private readonly IConnection _connection;

    public string Name { get; }
    public string DeadLetterName => Name + ".dead";

    private DocumentQueue(IConnection connection, string name)
    {
        _connection = connection;
        Name = name;
    }

    /// <summary>Connects to the broker (amqp://user:password@host:port/vhost) and declares the queues.</summary>
    public static async Task<DocumentQueue> ConnectAsync(string uri, string name = DefaultName, CancellationToken ct = default)
    {
        ConnectionFactory factory;
        // Automatic recovery: after a lost connection (broker restart, network) the client reconnects every
        // few seconds and restores the channels, the prefetch and the consumers.
        try
        {
            factory = new ConnectionFactory
            {
                Uri = new Uri(uri), ClientProvidedName = "marsad",
                AutomaticRecoveryEnabled = true, TopologyRecoveryEnabled = true, NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            };
        }
        catch (Exception ex) when (ex is UriFormatException or ArgumentException)
        {
            throw new BrokerException($"invalid broker address '{uri}': use amqp://user:password@host:5672/", ex);
        }
        IConnection connection;
        try { connection = await factory.CreateConnectionAsync(ct); }
        catch (BrokerUnreachableException ex)
        {
            throw new BrokerException($"cannot connect to RabbitMQ at {Describe(uri)}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        var queue = new DocumentQueue(connection, name);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.QueueDeclareAsync(queue.Name, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(queue.DeadLetterName, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        return queue;
    }

    /// <summary>A channel whose publishes return only once the broker has taken responsibility for the message.</summary>
    public Task<IChannel> ConfirmingChannelAsync(CancellationToken ct = default) =>
        _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);

    /// <summary>Messages waiting (not yet delivered) in the work queue and the dead-letter queue, and the work queue's consumers.</summary>
    public async Task<QueueDepth> DepthAsync(CancellationToken ct = default)
    {
        await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
        var work = await channel.QueueDeclarePassiveAsync(Name, ct);
        var dead = await channel.QueueDeclarePassiveAsync(DeadLetterName, ct);
        return new QueueDepth(Name, work.MessageCount, work.ConsumerCount, dead.MessageCount);
    }

    /// <summary>Describes a broker address for messages without its password.</summary>
    public static string Describe(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var u) ? $"{u.Scheme}://{u.Host}:{(u.Port > 0 ? u.Port : 5672)}{u.AbsolutePath}" : "the broker";

    public async ValueTask DisposeAsync()
    {
        try { await _connection.CloseAsync(); }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException or IOException) { }
        _connection.Dispose();
    }

    internal IConnection Connection => _connection;
}

public sealed record QueueDepth(string Queue, uint Waiting, uint Consumers, uint DeadLetters);

/// <summary>The broker can't be reached or used (bad address, refused login, unreachable host).</summary>
public sealed class BrokerException(string message, Exception? inner = null) : Exception(message, inner);
