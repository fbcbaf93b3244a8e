using System.Globalization;
using Marsad.Core.Model;

namespace Marsad.Store.Sql;

/// <summary>
/// Starts of documents the broker handed out again, recorded by workers (schema 15). Written on a connection of
/// their own, outside the writer lock: they touch no shared row, and one must be committed before extraction starts.
/// </summary>
internal abstract partial class SqlCorpusStore
{
    public IReadOnlyList<WorkerStart> WorkerStarts(Document document) => Run(db =>
        db.Query("SELECT worker, started_at FROM worker_starts WHERE doc_id = @id AND content_hash = @hash ORDER BY started_at",
            r => new WorkerStart(r.S(0), r.S(1)), ("id", document.Id), ("hash", ContentHash(document.Text))));

    public void RecordWorkerStart(Document document, string worker) => Run(db =>
        db.Execute("INSERT INTO worker_starts(doc_id, content_hash, worker, started_at) VALUES (@id, @hash, @worker, @at)",
            ("id", document.Id), ("hash", ContentHash(document.Text)), ("worker", worker),
            ("at", DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))));

    public void ForgetWorkerStarts(Document document) => Run(db =>
        db.Execute("DELETE FROM worker_starts WHERE doc_id = @id", ("id", document.Id)));
}
