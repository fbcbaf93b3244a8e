using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marsad.Core;
using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Web.Api;
using Marsad.Web.Assets;
using Marsad.Web.Pages;
using Marsad.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web.Hosting;

/// <summary>
/// Builds the <c>marsad serve</c> application: Kestrel on one address, the JSON API with its
/// OpenAPI description, the pages and the embedded front-end, behind the token gate when a token is set.
/// </summary>
public static class MarsadWebApp
{
    /// <summary>The JSON shape of every API answer: snake_case like the extraction contract, Arabic unescaped.</summary>
    public static void ConfigureJson(JsonSerializerOptions json)
    {
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    public static WebApplication Create(WebOptions options, Action<IServiceCollection> addServices, LogLevel logLevel = LogLevel.Warning)
    {
        var (address, error) = options.Resolve();
        if (error is not null) throw new ArgumentException(error);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(MarsadWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
        // A failed start (port in use) is reported to the user by the caller in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            k.Listen(address!, options.Port);
        });
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Marsad API";
            doc.Info.Description = "Search Arabic news, read documents with their entities and events, follow actors, their network and timeline.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton<EmbeddedAssets>();
        builder.Services.AddSingleton<PageShell>();
        // The pipeline's resources from the one data folder, loaded on first use (a posted document, an export).
        var resources = new Lazy<PipelineResources>(() => PipelineResources.Load(DataFolder.Locate(options.DataDir)));
        builder.Services.AddSingleton(new Lazy<DocumentPipeline>(() => MarsadPipeline.Build(resources.Value)));
        // The store's tables (camps, claims, exports) from the same folder, loaded when first asked for.
        builder.Services.AddSingleton(_ => Store.StoreTables.Load(DataFolder.Locate(options.DataDir)));
        builder.Services.AddSingleton(services => new Lazy<(Store.Export.ActorCoder, Store.Export.CameoScale)>(() =>
        {
            var tables = services.GetRequiredService<Store.StoreTables>();
            return (new Store.Export.ActorCoder(resources.Value.KnowledgeBase, tables.Geo, tables.ActorSectors), tables.CameoScale);
        }));
        addServices(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);
        app.UseMiddleware<RequestGuard>(address!, options.AllowedHosts);
        // HEAD is answered as GET: Kestrel sends the headers and drops the body of a HEAD request.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
            return next(context);
        });
        if (!string.IsNullOrEmpty(options.Token)) app.UseMiddleware<TokenGate>(options.Token);
        app.UseRouting(); // after the HEAD rewrite, so that HEAD finds the GET routes

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/assets/{**path}", (HttpContext ctx, string path, EmbeddedAssets assets) => assets.ServeAsync(ctx, path))
           .ExcludeFromDescription();
        // Browsers ask for /favicon.ico whatever the page links; the SVG icon answers (Chromium and Firefox draw it).
        app.MapGet("/favicon.ico", (HttpContext ctx, EmbeddedAssets assets) => assets.ServeAsync(ctx, "favicon.svg")).ExcludeFromDescription();
        ApiRoutes.Map(app);
        PageRoutes.Map(app);
        return app;
    }

    /// <summary>The address Kestrel actually bound (with the port chosen when 0 was asked).</summary>
    public static Uri BoundAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
