using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace Marsad.Web.Security;

/// <summary>
/// Requires the server token on every request when one is configured: an
/// <c>Authorization: Bearer</c> header (scripts) or the cookie a browser receives by opening
/// any page with <c>?token=…</c> once (the token is then removed from the address bar).
/// </summary>
public sealed class TokenGate(RequestDelegate next, string token)
{
    public const string CookieName = "marsad_token";
    private readonly byte[] _tokenHash = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Query.TryGetValue("token", out var offered))
        {
            if (!Matches(offered.ToString())) { await Deny(context); return; }
            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict, Path = "/", Secure = request.IsHttps, IsEssential = true,
            });
            var rest = new QueryBuilder(request.Query.Where(kv => kv.Key != "token").SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))));
            // "//host/…" or "/\\host/…" would send the browser to another site: keep one leading slash.
            var path = "/" + (request.PathBase + request.Path).ToString().TrimStart('/', '\\');
            context.Response.Redirect(path + rest.ToQueryString());
            return;
        }
        if (Matches(BearerToken(request)) || Matches(request.Cookies[CookieName])) { await next(context); return; }
        await Deny(context);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    // Compares hashes so the time taken says nothing about the token, not even its length.
    private bool Matches(string? offered) =>
        !string.IsNullOrEmpty(offered) && CryptographicOperations.FixedTimeEquals(_tokenHash, SHA256.HashData(Encoding.UTF8.GetBytes(offered)));

    private static Task Deny(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
            return Results.Problem(statusCode: 401, title: "Unauthorized",
                detail: "This server requires a token: send 'Authorization: Bearer TOKEN'.").ExecuteAsync(context);
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Pages.PageShell.LoginPage);
    }
}
