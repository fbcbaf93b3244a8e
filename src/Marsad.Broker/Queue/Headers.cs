using System.Text;
using RabbitMQ.Client;

namespace Marsad.Broker.Queue;

/// <summary>The message headers Marsad sets: how often a document was tried, the last error, and whether it may replace a stored text.</summary>
internal static class MarsadHeaders
{
    public const string Attempts = "x-marsad-attempts";
    public const string Error = "x-marsad-error";
    public const string Replace = "x-marsad-replace";

    /// <summary>True when the publisher asked for a stored document with another text to be replaced.</summary>
    public static bool ReplaceOf(IReadOnlyBasicProperties p) =>
        p.Headers is { } h && h.TryGetValue(Replace, out var v) && v is true;

    public static int AttemptsOf(IReadOnlyBasicProperties p) =>
        p.Headers is { } h && h.TryGetValue(Attempts, out var v) && v is not null ? Convert.ToInt32(v) : 0;

    /// <summary>AMQP strings arrive as bytes.</summary>
    public static string? ErrorOf(IReadOnlyBasicProperties p) =>
        p.Headers is { } h && h.TryGetValue(Error, out var v) ? v is byte[] b ? Encoding.UTF8.GetString(b) : v?.ToString() : null;
}
