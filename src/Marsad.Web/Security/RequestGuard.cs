using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Marsad.Web.Security;

/// <summary>
/// Refuses what a web page on another site can make a browser send to this server. Every request must
/// be addressed (Host) to the bound address, a loopback name when bound to loopback, or a configured
/// name: a page whose DNS name was rebound to this machine reads nothing. A request that changes the
/// corpus must carry JSON (a plain HTML form can only send text/plain, form or multipart bodies, without
/// asking the server first) and, if a browser sent it, an Origin that is this server's own.
/// The token, when set, is checked after this by <see cref="TokenGate"/>.
/// </summary>
public sealed class RequestGuard(RequestDelegate next, IPAddress bound, IReadOnlyList<string> allowedHosts)
{
    /// <summary>Media types a state-changing request may carry; none of them can be sent cross-origin without a CORS preflight, which this server never grants.</summary>
    public static readonly IReadOnlySet<string> WriteMediaTypes =
        new HashSet<string>(["application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines"], StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsThisServer(request.Host))
            return Refuse(context, StatusCodes.Status400BadRequest,
                $"The Host '{request.Host}' does not name this server (start it with --allowed-host NAME to accept a name).");
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return next(context);
        if (request.Headers.Origin is { Count: > 0 } origin && !IsSameOrigin(origin.ToString(), request))
            return Refuse(context, StatusCodes.Status403Forbidden, $"Requests from {origin} may not change this corpus.");
        if (!WriteMediaTypes.Contains(MediaType(request.ContentType)))
            return Refuse(context, StatusCodes.Status415UnsupportedMediaType,
                $"Content-Type '{MediaType(request.ContentType)}' is not accepted: send application/json (one article) or application/x-ndjson (JSON Lines).");
        return next(context);
    }

    public static string MediaType(string? contentType) => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();

    private bool IsThisServer(HostString host)
    {
        if (!host.HasValue) return false;
        var name = host.Host.Trim('[', ']');
        if (allowedHosts.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase))) return true;
        bool wildcard = bound.Equals(IPAddress.Any) || bound.Equals(IPAddress.IPv6Any);
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return wildcard || IPAddress.IsLoopback(bound);
        if (!IPAddress.TryParse(name, out var ip)) return false;
        // An address typed as such cannot be a rebound name: the page's origin would be this server itself.
        return wildcard || Same(ip, bound) || (IPAddress.IsLoopback(bound) && IPAddress.IsLoopback(ip));
    }

    private static bool Same(IPAddress a, IPAddress b) =>
        (a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).Equals(b.IsIPv4MappedToIPv6 ? b.MapToIPv4() : b);

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var o)
        && string.Equals(o.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(o.Authority, new Uri($"{request.Scheme}://{request.Host}").Authority, StringComparison.OrdinalIgnoreCase);

    public static Task Refuse(HttpContext context, int status, string detail) =>
        Results.Problem(statusCode: status, title: ReasonPhrases.GetReasonPhrase(status), detail: detail).ExecuteAsync(context);
}
