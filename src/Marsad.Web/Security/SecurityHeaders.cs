using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Security;

/// <summary>
/// Headers on every response. The content security policy allows only this server's own scripts,
/// styles, fonts and API: even if markup from an article slipped into a page, no script would run.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next();
    }
}
