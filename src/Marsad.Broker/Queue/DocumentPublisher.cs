using Marsad.Core.Model;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Marsad.Broker.Queue;

/// <summary>
/// Publishes documents to the work queue as persistent messages with publisher confirms: a document
/// counts as published only when the broker has confirmed it, so a failure names what was not sent.
/// Up to <see cref="InFlight"/> publishes wait for their confirm at once.
/// </summary>
public sealed class DocumentPublisher : IAsyncDisposable
{
    public const int InFlight = 64;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<Task> _pending = [];

    private DocumentPublisher(IChannel channel, string queue)
    {
        _channel = channel;
        _queue = queue;
    }

    public static async Task<DocumentPublisher> CreateAsync(DocumentQueue queue, CancellationToken ct = default) =>
        new(await queue.ConfirmingChannelAsync(ct), queue.Name);

    public int Published { get; private set; }

    /// <param name="replace">The worker replaces a stored document that has the same id and another text (else it dead-letters this one).</param>
    public async Task PublishAsync(Document document, bool replace = false, CancellationToken ct = default)
    {
        var props = new BasicProperties { Persistent = true, ContentType = "application/json", MessageId = document.Id };
        if (replace) props.Headers = new Dictionary<string, object?> { [MarsadHeaders.Replace] = true };
        _pending.Add(_channel.BasicPublishAsync("", _queue, mandatory: false, props, DocumentMessage.Of(document).ToBytes(), ct).AsTask());
        if (_pending.Count >= InFlight) await FlushAsync();
    }

    /// <summary>Waits for every outstanding confirm; throws <see cref="BrokerException"/> when the broker refused a message.</summary>
    public async Task FlushAsync()
    {
        try { await Task.WhenAll(_pending); }
        catch (PublishException ex) { throw new BrokerException("the broker did not accept a document (publisher confirm negative): " + ex.Message, ex); }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException)
        {
            throw new BrokerException("the broker connection closed while publishing: " + ex.Message, ex);
        }
        Published += _pending.Count;
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        try { await _channel.CloseAsync(); }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException) { }
        _channel.Dispose();
    }
}
