using System.Globalization;

namespace Marsad.Store.Sql;

internal abstract partial class SqlCorpusStore
{
    /// <summary>An event's key from its stored columns (and @docId): stable across re-ingest and re-extraction of an unchanged sentence.</summary>
    private const string EventKeySql = "@docId || '|' || type || '|' || trigger_text || '|' || evidence_text";

    /// <summary>The keys of the events flagged as wrong and not undone.</summary>
    private const string FlaggedEventKeys = "SELECT c.target FROM corrections c WHERE c.action = 'flag_event' AND c.undone_at IS NULL";

    /// <summary>A condition on events aliased <paramref name="e"/>: not flagged as wrong.</summary>
    private static string NotFlagged(string e) => $"{e}.event_key NOT IN ({FlaggedEventKeys})";

    private static bool AnyFlagged(Db db) => db.Scalar(FlaggedEventKeys + " LIMIT 1") is not null;

    private const string CorrectionColumns = "id, action, target, label, reason, author, created_at, undone_at, undone_by, value";

    private static Correction ReadCorrection(System.Data.Common.DbDataReader r) =>
        new(r.L(0), r.S(1), r.S(2), r.N(3), r.N(4), r.S(5), r.S(6), r.N(7), r.N(8)) { Value = r.N(9) };

    /// <summary>Records a correction inside the caller's transaction and returns it as stored.</summary>
    private static Correction AddCorrection(Db db, string action, string target, string label, string? value, string author, string? reason)
    {
        long id = db.ScalarLong("""
            INSERT INTO corrections(action, target, label, value, reason, author, created_at) VALUES (@action, @target, @label, @value, @reason, @author, @at) RETURNING id
            """, ("action", action), ("target", target), ("label", label), ("value", value), ("reason", reason), ("author", author), ("at", Now()))!.Value;
        return db.Query($"SELECT {CorrectionColumns} FROM corrections WHERE id = @id", ReadCorrection, ("id", id))[0];
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public Correction? FlagEvent(long eventId, string author, string? reason = null) => Write(db =>
    {
        var ev = db.Query("SELECT e.event_key, e.type, e.trigger_text FROM events e WHERE e.id = @id", r => (Key: r.S(0), Type: r.S(1), Trigger: r.S(2)), ("id", eventId));
        if (ev.Count == 0) return null;
        BeginWrite(db);
        var c = AddCorrection(db, CorrectionActions.FlagEvent, ev[0].Key, $"{ev[0].Type}: {ev[0].Trigger}", null, author, reason);
        db.Commit();
        return c;
    });

    public Correction? UnflagEvent(long eventId, string author) => Write(db =>
    {
        BeginWrite(db);
        var flag = db.ScalarLong($"SELECT c.id FROM corrections c JOIN events e ON e.event_key = c.target WHERE e.id = @id AND c.action = @a AND c.undone_at IS NULL ORDER BY c.id LIMIT 1",
            ("id", eventId), ("a", CorrectionActions.FlagEvent));
        var c = flag is { } f ? UndoCorrection(db, f, author) : null;
        db.Commit();
        return c;
    });

    public Correction? Undo(long correctionId, string author) => Write(db =>
    {
        BeginWrite(db);
        var c = UndoCorrection(db, correctionId, author);
        if (c is not null && c.Action != CorrectionActions.FlagEvent) ApplyEntityCorrections(db);
        db.Commit();
        return c;
    });

    private static Correction? UndoCorrection(Db db, long correctionId, string author)
    {
        db.Execute("UPDATE corrections SET undone_at = @at, undone_by = @by WHERE id = @id AND undone_at IS NULL", ("at", Now()), ("by", author), ("id", correctionId));
        return db.Query($"SELECT {CorrectionColumns} FROM corrections WHERE id = @id", ReadCorrection, ("id", correctionId)).FirstOrDefault();
    }

    public IReadOnlyList<Correction> Corrections(int limit = 1000) => Run(db =>
        (IReadOnlyList<Correction>)db.Query($"SELECT {CorrectionColumns} FROM corrections ORDER BY id DESC LIMIT @n", ReadCorrection, ("n", Math.Clamp(limit, 1, 100_000))));
}
