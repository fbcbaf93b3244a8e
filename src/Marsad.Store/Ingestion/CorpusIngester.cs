using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Read;

namespace Marsad.Store.Ingestion;

/// <summary>Counts so far, reported after every document.</summary>
public sealed record IngestProgress(int Done, int Stored, int Replaced, int Unchanged, int NearDuplicates, int Errors, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
    /// <summary>Documents whose text was stored already but whose metadata changed.</summary>
    public int Updated { get; init; }
}

public sealed record IngestError(string Origin, string Message);

/// <summary>
/// Reads, extracts and stores documents: documents already stored with the same text are skipped
/// before extraction (so an interrupted ingest resumes where it stopped), extraction runs on several
/// workers, and one writer stores what they have ready, up to a batch, in one transaction
/// (<see cref="IngestBatches"/>; a batch that fails is stored again one document at a time). A bad input or a document
/// the pipeline fails on is reported and skipped; a store failure stops the run.
/// </summary>
public sealed class CorpusIngester(ICorpusStore store, DocumentPipeline pipeline, int workers = 0)
{
    /// <summary>Replace a stored document whose id comes again with another text (else it is reported and kept).</summary>
    public bool Replace { get; init; }

    private readonly int _workers = workers > 0 ? workers : Environment.ProcessorCount;
    private readonly object _gate = new();
    private int _done, _stored, _replaced, _updated, _unchanged, _near, _errors;
    private Stopwatch _clock = new();

    /// <summary>Called after each document (from one thread at a time).</summary>
    public Action<IngestProgress>? OnProgress { get; init; }

    /// <summary>Called for each skipped input or document.</summary>
    public Action<IngestError>? OnError { get; init; }

    /// <summary>Called for a document read with a warning (an ignored field or value); the document is still stored.</summary>
    public Action<IngestError>? OnWarning { get; init; }

    public IngestProgress Run(IEnumerable<ReadResult> inputs, CancellationToken cancellationToken = default)
    {
        _clock = Stopwatch.StartNew();
        var toExtract = Channel.CreateBounded<Document>(_workers * 2);
        var toStore = Channel.CreateBounded<Document>(Math.Max(_workers * 2, IngestBatches.MaxDocuments)); // room for a batch
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var extractors = Enumerable.Range(0, _workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var doc in toExtract.Reader.ReadAllAsync(failed.Token))
            {
                try
                {
                    pipeline.Process(doc, failed.Token);
                    await toStore.Writer.WriteAsync(doc, failed.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Error(doc.Origin ?? doc.Id, "extraction failed: " + ex.Message);
                }
            }
        })).ToArray();
        var writer = Task.Run(async () =>
        {
            try
            {
                while (await toStore.Reader.WaitToReadAsync(CancellationToken.None))
                {
                    // what the extractors have ready goes in one transaction; a lone document is not kept waiting
                    var batch = new List<Document>();
                    long chars = 0;
                    while (toStore.Reader.TryPeek(out var next) && IngestBatches.Fits(batch.Count, chars, next) && toStore.Reader.TryRead(out var doc))
                    {
                        batch.Add(doc);
                        chars += doc.Text.Length;
                    }
                    foreach (var (doc, result, error) in IngestBatches.Store(store, batch, Replace))
                    {
                        if (error is StoreException) ExceptionDispatchInfo.Throw(error);
                        if (error is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
                        {
                            Error(doc.Origin ?? doc.Id, "not stored: " + error.Message);
                            continue;
                        }
                        if (error is not null) ExceptionDispatchInfo.Throw(error);
                        if (result!.Status == IngestStatus.Conflict)
                            Error(doc.Origin ?? doc.Id, $"not stored: another text is already stored under the id '{doc.Id}' (replace it with --replace)");
                        else Count(result);
                    }
                }
            }
            catch
            {
                failed.Cancel();
                throw;
            }
        });

        try
        {
            foreach (var item in inputs)
            {
                if (failed.IsCancellationRequested) break;
                if (item.IsError) { Error(item.Origin, item.Error!); continue; }
                if (item.Warning is { } warning) OnWarning?.Invoke(new IngestError(item.Origin, warning));
                var doc = item.Document!;
                if (store.IsStored(doc)) { Count(new IngestResult(doc.Id, IngestStatus.Unchanged, 0)); continue; }
                toExtract.Writer.WriteAsync(doc, failed.Token).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) { }
        finally { toExtract.Writer.TryComplete(); }

        try { Task.WaitAll(extractors); }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException)) { }
        toStore.Writer.TryComplete();
        try { writer.GetAwaiter().GetResult(); }
        catch (OperationCanceledException) { }
        return Snapshot();
    }

    private void Count(IngestResult r)
    {
        lock (_gate)
        {
            _done++;
            switch (r.Status)
            {
                case IngestStatus.Stored: _stored++; break;
                case IngestStatus.Replaced: _replaced++; break;
                case IngestStatus.Updated: _updated++; break;
                default: _unchanged++; break;
            }
            if (r.DuplicateOf is not null) _near++;
            OnProgress?.Invoke(Snapshot());
        }
    }

    private void Error(string origin, string message)
    {
        lock (_gate)
        {
            _done++;
            _errors++;
            OnError?.Invoke(new IngestError(origin, message));
            OnProgress?.Invoke(Snapshot());
        }
    }

    private IngestProgress Snapshot() => new(_done, _stored, _replaced, _unchanged, _near, _errors, _clock.Elapsed) { Updated = _updated };
}
