using Marsad.Core.Model;

namespace Marsad.Read;

/// <summary>One item from a reader: a document, or the reason an input (or a JSONL line) was skipped.</summary>
public sealed record ReadResult(Document? Document, string Origin, string? Error)
{
    public static ReadResult Ok(Document d) => new(d, d.Origin ?? d.Id, null);
    public static ReadResult Fail(string origin, string reason) => new(null, origin, reason);
    public bool IsError => Error is not null;
}
