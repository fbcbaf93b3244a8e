using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Marsad.Web.Assets;

/// <summary>
/// The front-end bundle embedded in this assembly (built from client/ by npm at build time),
/// served from memory with strong ETags and Brotli/gzip compression computed once per file.
/// </summary>
public sealed class EmbeddedAssets
{
    private const string Prefix = "assets/";
    private readonly FrozenDictionary<string, Asset> _assets;

    public EmbeddedAssets() : this(typeof(EmbeddedAssets).Assembly) { }

    public EmbeddedAssets(Assembly assembly)
    {
        var map = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var path = name[Prefix.Length..];
            map[path] = new Asset(path, ms.ToArray());
        }
        _assets = map.ToFrozenDictionary(StringComparer.Ordinal);
        if (!_assets.ContainsKey("main.js") || !_assets.ContainsKey("app.css"))
            throw new InvalidOperationException("Marsad.Web was built without its front-end bundle (web-dist); rebuild with npm available.");
    }

    public IEnumerable<string> Paths => _assets.Keys;

    /// <summary>"/assets/main.js?v=HASH": the version makes the URL cacheable forever.</summary>
    public string Url(string path) => $"/assets/{path}?v={_assets[path].Version}";

    public async Task ServeAsync(HttpContext context, string path)
    {
        if (!_assets.TryGetValue(path, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = asset.ETag;
        headers.ContentType = asset.ContentType;
        // Chunks and fonts carry a content hash in their name; entry files are versioned by ?v=.
        bool immutable = path.StartsWith("chunks/", StringComparison.Ordinal) || path.StartsWith("fonts/", StringComparison.Ordinal)
            || context.Request.Query["v"] == asset.Version;
        headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var body = asset.Bytes;
        if (asset.Compressible)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
            var accept = context.Request.Headers.AcceptEncoding.ToString();
            if (accept.Contains("br", StringComparison.OrdinalIgnoreCase)) { body = asset.Brotli.Value; headers.ContentEncoding = "br"; }
            else if (accept.Contains("gzip", StringComparison.OrdinalIgnoreCase)) { body = asset.Gzip.Value; headers.ContentEncoding = "gzip"; }
        }
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private sealed class Asset
    {
        public Asset(string path, byte[] bytes)
        {
            Bytes = bytes;
            Version = Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 8);
            ETag = $"\"{Version}\"";
            var ext = Path.GetExtension(path);
            ContentType = ext switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".woff2" => "font/woff2",
                ".json" => "application/json; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".png" => "image/png",
                _ => "text/plain; charset=utf-8",
            };
            Compressible = ext is not (".woff2" or ".png");
            Brotli = new(() => Compress(s => new BrotliStream(s, CompressionLevel.Optimal)));
            Gzip = new(() => Compress(s => new GZipStream(s, CompressionLevel.Optimal)));
        }

        public byte[] Bytes { get; }
        public string Version { get; }
        public string ETag { get; }
        public string ContentType { get; }
        public bool Compressible { get; }
        public Lazy<byte[]> Brotli { get; }
        public Lazy<byte[]> Gzip { get; }

        private byte[] Compress(Func<Stream, Stream> wrap)
        {
            using var ms = new MemoryStream();
            using (var z = wrap(ms)) z.Write(Bytes);
            return ms.ToArray();
        }
    }
}
