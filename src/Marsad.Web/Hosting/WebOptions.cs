using System.Net;

namespace Marsad.Web.Hosting;

/// <summary>Settings of <c>marsad serve</c>. Binding beyond loopback requires a token.</summary>
public sealed record WebOptions
{
    public const int DefaultPort = 5080;
    public const long DefaultMaxBodyBytes = 16 * 1024 * 1024;

    public string Host { get; init; } = "127.0.0.1";
    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = DefaultPort;
    /// <summary>Bearer token required on every request when set.</summary>
    public string? Token { get; init; }
    /// <summary>Host names (besides the bound address and, on loopback, localhost) that requests may be addressed to: a proxy's or DNS name.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    /// <summary>Largest accepted request body (ingest), in bytes.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;
    /// <summary>The data folder the extraction pipeline loads from (null: <see cref="Core.DataFolder.Locate"/>'s default).</summary>
    public string? DataDir { get; init; }

    /// <summary>The address to bind, or an error message a user can act on.</summary>
    public (IPAddress? Address, string? Error) Resolve()
    {
        if (Port is < 0 or > 65535) return (null, $"port {Port} is out of range (0-65535)");
        if (MaxBodyBytes < 1024) return (null, "the request size limit must be at least 1024 bytes");
        if (Token is not null && (Token.Length < 8 || Token.Any(char.IsWhiteSpace)))
            return (null, "the token must be at least 8 characters without spaces");
        IPAddress? address = Host switch
        {
            "localhost" => IPAddress.Loopback,
            "*" or "0.0.0.0" => IPAddress.Any,
            "::" => IPAddress.IPv6Any,
            _ => IPAddress.TryParse(Host, out var a) ? a : null,
        };
        if (address is null) return (null, $"'{Host}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 or a local interface address)");
        // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) names the IPv4 address; sockets refuse to bind it as IPv6.
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (!IPAddress.IsLoopback(address) && string.IsNullOrEmpty(Token))
            return (null, $"binding {Host} exposes the corpus beyond this machine: pass --token T (a bearer token required on every request)");
        return (address, null);
    }
}
