using RabbitMQ.Client;

namespace Marsad.Broker.Queue;

/// <summary>A document that failed repeatedly, as it waits in the dead-letter queue.</summary>
public sealed record DeadLetter(string Id, int Attempts, string Error);

public static class DeadLetters
{
    /// <summary>
    /// The first <paramref name="max"/> dead letters, read without taking them: they are fetched
    /// unacknowledged and go back to the queue when the channel closes.
    /// </summary>
    public static async Task<IReadOnlyList<DeadLetter>> PeekAsync(DocumentQueue queue, int max = 20, CancellationToken ct = default)
    {
        var list = new List<DeadLetter>();
        await using var channel = await queue.Connection.CreateChannelAsync(cancellationToken: ct);
        while (list.Count < max && await channel.BasicGetAsync(queue.DeadLetterName, autoAck: false, ct) is { } m)
        {
            string id;
            try { id = DocumentMessage.Parse(m.Body.Span).Id; }
            catch (InvalidDataException) { id = m.BasicProperties.MessageId ?? "?"; }
            list.Add(new DeadLetter(id, MarsadHeaders.AttemptsOf(m.BasicProperties), MarsadHeaders.ErrorOf(m.BasicProperties) ?? "unknown"));
        }
        await channel.CloseAsync(ct);
        return list;
    }
}
