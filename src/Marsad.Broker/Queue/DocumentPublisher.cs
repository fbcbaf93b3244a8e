using System.Diagnostics;
using Marsad.Core.Model;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Marsad.Broker.Queue;

/// <summary>
/// Publishes documents to the work queue as persistent messages with publisher confirms: a document
/// counts as published only when the broker has confirmed it, so a failure names what was not sent.
/// Up to <see cref="InFlight"/> publishes wait for their confirm at once. When the broker connection is
/// lost (a broker restart), the documents not yet confirmed are published again once the client has
/// reconnected: a copy the broker had already taken is then in the queue twice, which the workers store
/// once (a stored document with the same id and content hash is skipped).
/// </summary>
public sealed class DocumentPublisher : IAsyncDisposable
{
    public const int InFlight = 64;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<(Outgoing Message, Task Confirm)> _pending = [];

    private DocumentPublisher(IChannel channel, string queue)
    {
        _channel = channel;
        _queue = queue;
    }

    public static async Task<DocumentPublisher> CreateAsync(DocumentQueue queue, CancellationToken ct = default) =>
        new(await queue.ConfirmingChannelAsync(ct), queue.Name);

    public int Published { get; private set; }

    /// <summary>Documents published a second time because the connection was lost before the broker confirmed them.</summary>
    public int Republished { get; private set; }

    /// <summary>How long the broker may stay unreachable before publishing gives up (the client reconnects every 2 s meanwhile).</summary>
    public TimeSpan OutageLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Told once per outage, with how many documents wait to be published again and why.</summary>
    public Action<string>? OnConnectionLost { get; set; }

    private sealed record Outgoing(string Id, BasicProperties Properties, byte[] Body);

    /// <param name="replace">The worker replaces a stored document that has the same id and another text (else it dead-letters this one).</param>
    public async Task PublishAsync(Document document, bool replace = false, CancellationToken ct = default)
    {
        var props = new BasicProperties { Persistent = true, ContentType = "application/json", MessageId = document.Id };
        if (replace) props.Headers = new Dictionary<string, object?> { [MarsadHeaders.Replace] = true };
        var message = new Outgoing(document.Id, props, DocumentMessage.Of(document).ToBytes());
        _pending.Add((message, Send(message, ct)));
        if (_pending.Count >= InFlight) await FlushAsync(ct);
    }

    private Task Send(Outgoing m, CancellationToken ct)
    {
        // A closed channel may throw at once rather than through the task: both mean "not confirmed".
        try { return _channel.BasicPublishAsync("", _queue, mandatory: false, m.Properties, m.Body, ct).AsTask(); }
        catch (Exception ex) when (IsConnectionLoss(ex)) { return Task.FromException(ex); }
    }

    /// <summary>
    /// Waits for every outstanding confirm, publishing again what a lost connection left unconfirmed; throws
    /// <see cref="BrokerException"/> when the broker refused a message or stayed away longer than <see cref="OutageLimit"/>.
    /// </summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        var unconfirmed = await UnconfirmedAsync(_pending);
        _pending.Clear();
        if (unconfirmed.Count == 0) return;
        OnConnectionLost?.Invoke($"{unconfirmed.Count} documents not confirmed, published again once the broker is back ({unconfirmed[0].Error.Message})");
        var outage = Stopwatch.StartNew();
        while (unconfirmed.Count > 0)
        {
            if (outage.Elapsed > OutageLimit)
                throw new BrokerException($"the broker stayed unreachable for {OutageLimit.TotalMinutes:0.#} minutes; {unconfirmed.Count} documents " +
                    $"were not confirmed (first: {unconfirmed[0].Message.Id}): publish them again");
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            if (!_channel.IsOpen) continue; // the client is still reconnecting
            Republished += unconfirmed.Count;
            unconfirmed = await UnconfirmedAsync(unconfirmed.Select(u => (u.Message, Send(u.Message, ct))).ToList());
        }
    }

    /// <summary>Awaits each confirm; counts the confirmed ones as published and returns those a lost connection left unconfirmed.</summary>
    private async Task<List<(Outgoing Message, Exception Error)>> UnconfirmedAsync(IReadOnlyList<(Outgoing Message, Task Confirm)> sent)
    {
        var lost = new List<(Outgoing, Exception)>();
        foreach (var (message, confirm) in sent)
        {
            try
            {
                await confirm;
                Published++;
            }
            catch (PublishException ex) { throw new BrokerException($"the broker did not accept document {message.Id} (publisher confirm negative): " + ex.Message, ex); }
            catch (Exception ex) when (IsConnectionLoss(ex)) { lost.Add((message, ex)); }
        }
        return lost;
    }

    private static bool IsConnectionLoss(Exception ex) => ex is AlreadyClosedException or OperationInterruptedException or IOException;

    public async ValueTask DisposeAsync()
    {
        try { await _channel.CloseAsync(); }
        catch (Exception ex) when (IsConnectionLoss(ex)) { }
        _channel.Dispose();
    }
}
