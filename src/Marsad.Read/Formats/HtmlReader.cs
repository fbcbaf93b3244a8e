using System.Text;
using System.Text.RegularExpressions;
using Marsad.Core.Model;
using Marsad.Read.Decoding;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads an HTML page as one document. The encoding is the byte-order mark's, else the page's
/// own declaration (&lt;meta charset&gt; or http-equiv Content-Type in the first 2 KB, as browsers
/// prescan), else detected like a text file.
/// </summary>
public static partial class HtmlReader
{
    public static ReadResult Read(ReadOnlySpan<byte> bytes, string origin, string id)
    {
        var decoded = DecodeHtml(bytes);
        if (decoded.IsError) return ReadResult.Fail(origin, decoded.Error!);
        if (HtmlNesting.EstimateDepth(decoded.Text!) > HtmlNesting.MaxDepth)
            return ReadResult.Fail(origin, $"HTML nested too deeply (more than {HtmlNesting.MaxDepth:N0} levels)");
        var article = HtmlArticleExtractor.Extract(decoded.Text!);
        if (string.IsNullOrWhiteSpace(article.Text)) return ReadResult.Fail(origin, "no article text found in the HTML page");
        if (article.Text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(article.Text.Length));
        var doc = new Document(id, article.Text)
        {
            Origin = origin, Title = article.Title, Published = article.Published, Url = article.Url, Outlet = article.Outlet,
        };
        return ReadResult.Ok(doc, decoded.Warning);
    }

    public static DecodedText DecodeHtml(ReadOnlySpan<byte> bytes)
    {
        bool hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom && DeclaredCharset(bytes) is { } name && TextDecoder.FromName(name) is { } declared)
        {
            // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
            if (declared is UnicodeEncoding) declared = Encoding.UTF8;
            if (declared is not UTF8Encoding) return TextDecoder.Decode(bytes, declared, declared.WebName);
        }
        // UTF-8 declared or nothing declared: detection still catches Windows-1256 mislabelled as UTF-8.
        return TextDecoder.Decode(bytes);
    }

    /// <summary>The charset declared in the first 2 KB of the page, or null.</summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    // <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">
    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
