using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Security;

/// <summary>
/// Headers on every response. The content security policy allows only this server's own scripts,
/// styles, fonts and API: even if markup from an article slipped into a page, no script would run.
/// The one hash admits the fixed rule cytoscape.js adds for its container (".__________cytoscape_container
/// { position: relative; }"); a cytoscape upgrade that changes it shows up as a CSP error in the browser tests.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; font-src 'self'; " +
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
