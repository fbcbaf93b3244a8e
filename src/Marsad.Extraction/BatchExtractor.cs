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
/// the input; reading stays sequential on the caller's thread. The pipeline is thread-safe by
/// contract (<see cref="IDocumentStage"/>). A stage that throws on one document loses that
/// document only, reported as an internal error.
/// </summary>
public static class BatchExtractor
{
    /// <param name="output">Makes the output of a processed document (JSON, a rendered table) on the worker thread.</param>
    public static IEnumerable<Extracted<T>> Run<T>(IEnumerable<ReadResult> inputs, Func<Document, T> output,
        DocumentPipeline? pipeline = null, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        pipeline ??= MarsadPipeline.Default;
        if (parallelism <= 0) parallelism = Environment.ProcessorCount;
        int window = parallelism * 4;
        var inFlight = new Queue<Task<Extracted<T>>>(window);
        foreach (var read in inputs)
        {
            inFlight.Enqueue(read.IsError
                ? Task.FromResult(new Extracted<T>(read, default, read.Error))
                : Task.Run(() => Process(read, pipeline, output, cancellationToken), cancellationToken));
            if (inFlight.Count >= window) yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
        while (inFlight.Count > 0) yield return inFlight.Dequeue().GetAwaiter().GetResult();
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
