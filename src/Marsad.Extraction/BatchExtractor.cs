using System.Collections.Concurrent;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Read;

namespace Marsad.Extraction;

/// <summary>One input of a batch after extraction: the read result, and the output made from the
/// processed document, or why the input was skipped (unreadable, or a stage failed on it).</summary>
public readonly record struct Extracted<T>(ReadResult Read, T? Output, string? Error)
{
    public bool IsError => Error is not null;
}

/// <summary>
/// Runs the pipeline over a stream of read documents on every core, yielding results in input
/// order. At most a small window of documents is in flight, so memory stays flat however long
/// the input. Reading is sequential on a thread of its own: an input that blocks (a pipe nobody
/// writes to yet) holds up the inputs after it, never the output of those before it. The pipeline
/// is thread-safe by contract (<see cref="IDocumentStage"/>). A stage that throws on one document
/// loses that document only, reported as an internal error.
/// </summary>
public static class BatchExtractor
{
    /// <param name="output">Makes the output of a processed document (JSON, a rendered table) on the worker thread.</param>
    public static IEnumerable<Extracted<T>> Run<T>(IEnumerable<ReadResult> inputs, Func<Document, T> output,
        DocumentPipeline pipeline, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        if (parallelism <= 0) parallelism = Environment.ProcessorCount;
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new BlockingCollection<Task<Extracted<T>>>(boundedCapacity: parallelism * 4);
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var read in inputs)
                    inFlight.Add(read.IsError
                        ? Task.FromResult(new Extracted<T>(read, default, read.Error))
                        : Task.Run(() => Process(read, pipeline, output, stop.Token), stop.Token), stop.Token);
            }
            finally { inFlight.CompleteAdding(); }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var task in inFlight.GetConsumingEnumerable()) yield return task.GetAwaiter().GetResult();
            reader.GetAwaiter().GetResult(); // a reader failure reaches the caller, after what was read before it
        }
        finally
        {
            // The caller stopped early: the reader stops at its next document (one blocked in a read is left to end with the process).
            stop.Cancel();
            if (reader.IsCompleted) stop.Dispose();
        }
    }

    private static Extracted<T> Process<T>(ReadResult read, DocumentPipeline pipeline, Func<Document, T> output, CancellationToken ct)
    {
        try
        {
            var doc = pipeline.Process(read.Document!, ct);
            return new Extracted<T>(read, output(doc), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new Extracted<T>(read, default, $"internal error while extracting (a bug, please report it): {ex.GetType().Name}: {ex.Message}");
        }
    }
}
