using Marsad.Core.Model;

namespace Marsad.Read;

/// <summary>
/// One item from a reader: a document (possibly with a warning about something ignored, such as
/// an unparseable date), or the reason an input or a JSONL line was skipped.
/// </summary>
public sealed record ReadResult(Document? Document, string Origin, string? Error, string? Warning = null)
{
    public static ReadResult Ok(Document d, string? warning = null) => new(d, d.Origin ?? d.Id, null, warning);
    public static ReadResult Fail(string origin, string reason) => new(null, origin, reason);
    public bool IsError => Error is not null;
}
