using Marsad.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Marsad.Web.Api;

/// <summary>A request the API refuses, with the status and a message for the caller.</summary>
public sealed class ApiException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public static ApiException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, detail);
    public static ApiException NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);
}

/// <summary>
/// Turns every failure into an RFC 7807 problem: refused requests say why, a database that can't
/// be used says so (503), and anything unexpected is logged and answered without internals.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            ApiException a => (a.Status, ReasonPhrases.GetReasonPhrase(a.Status), a.Message),
            BadHttpRequestException b => (b.StatusCode, ReasonPhrases.GetReasonPhrase(b.StatusCode), b.Message),
            // The store's message names files and servers: it goes to the log, not to the caller.
            StoreException => (StatusCodes.Status503ServiceUnavailable, "Database unavailable",
                "The database cannot be used right now (read-only, locked, full or unreachable); the server log says why."),
            _ => (StatusCodes.Status500InternalServerError, "Internal Server Error", "The server failed on this request; the error was logged."),
        };
        if (exception is StoreException) log.LogError("{Method} {Path}: {Problem}", context.Request.Method, context.Request.Path, exception.Message);
        else if (status >= 500) log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
