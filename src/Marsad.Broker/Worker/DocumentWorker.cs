using System.Diagnostics;
using System.Threading.Channels;
using Marsad.Broker.Queue;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Store;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Marsad.Broker.Worker;

public sealed record WorkerOptions
{
    /// <summary>Unacknowledged documents the broker hands this worker at once.</summary>
    public int Prefetch { get; init; } = 16;

    /// <summary>Documents extracted at the same time (default: one per core).</summary>
    public int Parallelism { get; init; }

    /// <summary>
    /// Tries before a failing document goes to the dead-letter queue: failures the worker saw, or deliveries that
    /// ended with the worker itself gone (crashed or killed) while it held the document.
    /// </summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>This worker as its starts are recorded in the store (default host:process id).</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Stop once the queue is empty and nothing is in hand (batch runs, tests); else run until cancelled.</summary>
    public bool UntilEmpty { get; init; }

    /// <summary>How often progress and queue depth are reported.</summary>
    public TimeSpan ReportEvery { get; init; } = TimeSpan.FromSeconds(5);
}

/// <summary>Counts so far and the queue as last seen.</summary>
public sealed record WorkerProgress(int Done, int Stored, int Unchanged, int Retried, int DeadLettered, uint Waiting, uint DeadLetters, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Consumes the document queue: extracts each document and stores it, and acknowledges the message
/// only after the store committed it. Delivery is at least once (a worker killed mid-document leaves
/// its messages unacknowledged, and the broker hands them out again); the store makes that harmless,
/// because a document already stored with the same id and text is skipped. A document that fails is
/// published again with its attempt count, and after <see cref="WorkerOptions.MaxAttempts"/> tries
/// to the dead-letter queue with its error. When the database itself is unavailable the document is
/// handed back untried and the worker waits before the next one. When the broker goes away the client
/// reconnects by itself (automatic recovery) and consumes again; the documents in hand then come again.
/// <para>
/// A document that kills the worker (a crash, the kernel's out-of-memory killer) leaves no failure to count, and
/// the broker only says that a message comes again. So a document handed out again is extracted alone (no other
/// extraction runs in this process meanwhile, so a death is its own) after the worker recorded the start in the store,
/// committed; once its first delivery and its recorded starts reach <see cref="WorkerOptions.MaxAttempts"/>, it goes
/// to the dead-letter queue unextracted. Documents that merely sat in a dead worker's prefetch are not started,
/// so they are not counted.
/// </para>
/// </summary>
public sealed class DocumentWorker(DocumentQueue queue, ICorpusStore store, DocumentPipeline pipeline, WorkerOptions options)
{
    private static readonly TimeSpan DatabaseBackoff = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _channelGate = new(1, 1);
    private readonly Stopwatch _clock = new();
    private int _done, _stored, _unchanged, _retried, _dead, _inHand;
    private QueueDepth? _depth;
    private ExtractionSlots _slots = new(1);

    public Action<WorkerProgress>? OnProgress { get; init; }

    /// <summary>Called for each failed try of a document (id and reason).</summary>
    public Action<string, string>? OnError { get; init; }

    /// <summary>Called when a document handed out again is started alone, its start recorded (id and what happens).</summary>
    public Action<string, string>? OnRedelivered { get; init; }

    private sealed record Delivery(ulong Tag, bool Redelivered, byte[] Body, IReadOnlyBasicProperties Properties);

    public async Task<WorkerProgress> RunAsync(CancellationToken ct = default)
    {
        _clock.Restart();
        int parallel = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        _slots = new ExtractionSlots(parallel);
        await using var channel = await queue.ConfirmingChannelAsync(ct);
        await channel.BasicQosAsync(0, (ushort)Math.Clamp(options.Prefetch, 1, ushort.MaxValue), global: false, ct);

        // The broker never sends more than the prefetch count unacknowledged, which bounds this buffer.
        var deliveries = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleWriter = true });
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, ea) =>
        {
            Interlocked.Increment(ref _inHand);
            deliveries.Writer.TryWrite(new Delivery(ea.DeliveryTag, ea.Redelivered, ea.Body.ToArray(), ea.BasicProperties));
            return Task.CompletedTask;
        };
        var consumerTag = await channel.BasicConsumeAsync(queue.Name, autoAck: false, consumer, ct);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var workers = Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            await foreach (var d in deliveries.Reader.ReadAllAsync(stop.Token))
            {
                await HandleAsync(channel, d, stop.Token);
                Interlocked.Decrement(ref _inHand);
            }
        })).ToArray();

        try { await MonitorAsync(stop.Token); }
        catch (OperationCanceledException) { }
        stop.Cancel();
        try { await channel.BasicCancelAsync(consumerTag); }
        catch (Exception ex) when (IsConnectionLoss(ex)) { }
        deliveries.Writer.TryComplete();
        try { await Task.WhenAll(workers); }
        catch (OperationCanceledException) { }
        // Messages still in hand were not acknowledged: closing the channel returns them to the queue.
        return Snapshot();
    }

    /// <summary>Reports progress and queue depth; with UntilEmpty, returns when the queue is empty twice in a row and nothing is in hand.</summary>
    private async Task MonitorAsync(CancellationToken ct)
    {
        var poll = options.UntilEmpty ? TimeSpan.FromMilliseconds(500) : options.ReportEvery;
        var lastReport = Stopwatch.StartNew();
        int empty = 0;
        bool reachable = true;
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(poll, ct);
            try { _depth = await queue.DepthAsync(ct); }
            catch (Exception ex) when (IsConnectionLoss(ex))
            {
                // The client reconnects by itself and resumes consuming; until then the queue's state is unknown.
                if (reachable) OnError?.Invoke("-", "the broker connection was lost; reconnecting (documents in hand return to the queue): " + ex.Message);
                reachable = false;
                empty = 0;
                continue;
            }
            reachable = true;
            if (lastReport.Elapsed >= options.ReportEvery)
            {
                OnProgress?.Invoke(Snapshot());
                lastReport.Restart();
            }
            empty = _depth.Waiting == 0 && Volatile.Read(ref _inHand) == 0 ? empty + 1 : 0;
            if (options.UntilEmpty && empty >= 2) break;
        }
        OnProgress?.Invoke(Snapshot());
    }

    private async Task HandleAsync(IChannel channel, Delivery d, CancellationToken ct)
    {
        string id = d.Properties.MessageId ?? "?";
        try
        {
            var message = DocumentMessage.Parse(d.Body);
            id = message.Id;
            var doc = message.ToDocument();
            bool stored = false;
            if (!store.IsStored(doc))
            {
                using var slot = await _slots.TakeAsync(alone: d.Redelivered, ct);
                if (d.Redelivered && !await StartAgainAsync(channel, d, doc, ct)) return;
                pipeline.Process(doc, ct);
                var status = store.Ingest(doc, MarsadHeaders.ReplaceOf(d.Properties)).Status;
                if (status == IngestStatus.Conflict)
                    throw new InvalidDataException("another text is already stored under this id (publish with --replace to replace it)");
                stored = status != IngestStatus.Unchanged;
                if (d.Redelivered) store.ForgetWorkerStarts(doc);
            }
            // Without the acknowledgement the broker hands the document out again, and the store skips it then.
            if (!await OnChannelAsync(id, () => channel.BasicAckAsync(d.Tag, multiple: false, ct))) return;
            Interlocked.Increment(ref stored ? ref _stored : ref _unchanged);
            Interlocked.Increment(ref _done);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { } // left unacknowledged: the broker redelivers it
        catch (StoreException ex)
        {
            OnError?.Invoke(id, ex.Message + $" (document returned to the queue; waiting {DatabaseBackoff.TotalSeconds:F0} s)");
            await OnChannelAsync(id, () => channel.BasicNackAsync(d.Tag, multiple: false, requeue: true, ct));
            await Task.Delay(DatabaseBackoff, ct);
        }
        catch (Exception ex)
        {
            int attempts = MarsadHeaders.AttemptsOf(d.Properties) + 1;
            // A message that is not a document, or a document the corpus refuses, fails the same way every time.
            bool dead = attempts >= options.MaxAttempts || ex is InvalidDataException;
            OnError?.Invoke(id, ex.Message + (dead ? $" (attempt {attempts}: dead-lettered)" : $" (attempt {attempts}: retried)"));
            await PassOnAsync(channel, d, id, attempts, ex.Message, dead, ct);
        }
    }

    /// <summary>
    /// For a document handed out again (extracted alone): records, committed, that this worker starts it, and returns true;
    /// or, once its unfinished deliveries reach the limit, dead-letters it and returns false.
    /// </summary>
    private async Task<bool> StartAgainAsync(IChannel channel, Delivery d, Document doc, CancellationToken ct)
    {
        var starts = store.WorkerStarts(doc);
        // The first delivery ended without an acknowledgement too: that is why this one is marked redelivered.
        int tries = starts.Count + 1;
        if (tries >= options.MaxAttempts)
        {
            await DeadLetterUnstartedAsync(channel, d, doc, starts, ct);
            return false;
        }
        store.RecordWorkerStart(doc, options.Name);
        OnRedelivered?.Invoke(doc.Id, $"handed out again after {tries} unfinished {(tries == 1 ? "delivery" : "deliveries")}; " +
            $"extracting it alone (try {tries + 1} of {options.MaxAttempts})");
        return true;
    }

    /// <summary>Sends a document whose workers kept dying on it to the dead-letter queue, saying which workers and when.</summary>
    private async Task DeadLetterUnstartedAsync(IChannel channel, Delivery d, Document doc, IReadOnlyList<WorkerStart> starts, CancellationToken ct)
    {
        int tries = starts.Count + 1;
        string error = $"no worker finished this document in {tries} deliveries: each ended with the worker gone (crashed or killed) while it held it" +
            (starts.Count > 0 ? $"; started alone by {string.Join(", ", starts.Select(s => $"{s.Worker} at {s.StartedAt}"))}" : "");
        OnError?.Invoke(doc.Id, error + " (dead-lettered)");
        if (!await PassOnAsync(channel, d, doc.Id, tries, error, dead: true, ct)) return;
        // Acknowledged now, so a database error must not reach the caller, which would hand the delivery back.
        try { store.ForgetWorkerStarts(doc); }
        catch (StoreException ex) { OnError?.Invoke(doc.Id, "its recorded starts were kept: " + ex.Message); }
    }

    /// <summary>
    /// Publishes a copy that failed to the dead-letter queue or back to the work queue with its attempt count and error,
    /// then acknowledges the delivery; false when the broker connection was lost (the delivery then comes again).
    /// </summary>
    private async Task<bool> PassOnAsync(IChannel channel, Delivery d, string id, int attempts, string error, bool dead, CancellationToken ct)
    {
        var props = new BasicProperties
        {
            Persistent = true, ContentType = d.Properties.ContentType, MessageId = d.Properties.MessageId,
            Headers = new Dictionary<string, object?>(d.Properties.Headers ?? new Dictionary<string, object?>())
            {
                [MarsadHeaders.Attempts] = attempts, [MarsadHeaders.Error] = error,
            },
        };
        // Publish (confirmed) before acknowledging: a crash between the two duplicates the message, never loses it.
        if (!await OnChannelAsync(id, async () =>
            {
                await channel.BasicPublishAsync("", dead ? queue.DeadLetterName : queue.Name, mandatory: false, props, d.Body, ct);
                await channel.BasicAckAsync(d.Tag, multiple: false, ct);
            }))
            return false;
        Interlocked.Increment(ref dead ? ref _dead : ref _retried);
        if (dead) Interlocked.Increment(ref _done);
        return true;
    }

    /// <summary>
    /// One channel operation at a time (acknowledgements and publishes come from several extraction tasks).
    /// False when the broker connection was lost: the message is then still unacknowledged, so the broker
    /// hands it out again once the client has reconnected (an acknowledgement for a delivery of the lost
    /// connection is dropped by the client, never sent to the new one).
    /// </summary>
    private async Task<bool> OnChannelAsync(string id, Func<ValueTask> operation)
    {
        await _channelGate.WaitAsync();
        try
        {
            await operation();
            return true;
        }
        catch (Exception ex) when (IsConnectionLoss(ex))
        {
            OnError?.Invoke(id, "the broker connection was lost; the document returns to the queue: " + ex.Message);
            return false;
        }
        finally { _channelGate.Release(); }
    }

    private static bool IsConnectionLoss(Exception ex) => ex is AlreadyClosedException or OperationInterruptedException or IOException;

    private WorkerProgress Snapshot() =>
        new(_done, _stored, _unchanged, _retried, _dead, _depth?.Waiting ?? 0, _depth?.DeadLetters ?? 0, _clock.Elapsed);
}
