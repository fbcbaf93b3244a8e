using Marsad.Core.Model;

namespace Marsad.Store.Ingestion;

/// <summary>What became of one document of a batch: its result, or the error that kept it out of the store.</summary>
public sealed record BatchOutcome(Document Document, IngestResult? Result, Exception? Error);

/// <summary>
/// Documents stored several to a transaction (<see cref="ICorpusStore.IngestBatch"/>): on a server database
/// each transaction's round trips (begin, writer lock, commit, the reads) wait for the scheduler on a busy
/// machine, so a batch pays them once for many documents.
/// </summary>
public static class IngestBatches
{
    /// <summary>Documents in one transaction at most.</summary>
    public const int MaxDocuments = 32;

    /// <summary>Characters of text in one transaction at most, so that long documents don't make a batch that holds the writer lock for long.</summary>
    public const int MaxChars = 1_000_000;

    /// <summary>True when <paramref name="doc"/> may join a batch of <paramref name="count"/> documents holding <paramref name="chars"/> characters (an empty batch takes any).</summary>
    public static bool Fits(int count, long chars, Document doc) =>
        count == 0 || (count < MaxDocuments && chars + doc.Text.Length <= MaxChars);

    /// <summary>The documents in order, cut into batches.</summary>
    public static IEnumerable<List<Document>> Of(IEnumerable<Document> docs)
    {
        var batch = new List<Document>();
        long chars = 0;
        foreach (var doc in docs)
        {
            if (!Fits(batch.Count, chars, doc))
            {
                yield return batch;
                batch = [];
                chars = 0;
            }
            batch.Add(doc);
            chars += doc.Text.Length;
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>
    /// Stores a batch in one transaction; if that fails (it is then rolled back), stores its documents one by one,
    /// each in its own transaction, so that a bad document loses none of the others and is named by its own error.
    /// Lazy: a caller that stops at an error stores nothing after it.
    /// </summary>
    public static IEnumerable<BatchOutcome> Store(ICorpusStore store, IReadOnlyList<Document> batch, bool replace = false)
    {
        if (batch.Count > 1)
        {
            IReadOnlyList<IngestResult>? results = null;
            try { results = store.IngestBatch(batch, replace); }
            catch (Exception) { /* one of them is bad, or the store: found out one by one below */ }
            if (results is not null)
            {
                for (int i = 0; i < batch.Count; i++) yield return new BatchOutcome(batch[i], results[i], null);
                yield break;
            }
        }
        foreach (var doc in batch)
        {
            BatchOutcome outcome;
            try { outcome = new BatchOutcome(doc, store.Ingest(doc, replace), null); }
            catch (Exception ex) { outcome = new BatchOutcome(doc, null, ex); }
            yield return outcome;
        }
    }
}
