using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Marsad.Core.Model;

namespace Marsad.Read.Formats;

/// <summary>
/// Takes the article out of a news page: the title, the body text of the main content
/// (&lt;article&gt;, else &lt;main&gt;, else the page body) without scripts, styles, navigation,
/// page headers and footers, asides and forms, with paragraphs separated by blank lines; and the
/// publication date, canonical URL and site name from the page's metadata.
/// </summary>
public static class HtmlArticleExtractor
{
    // Never article text: code, navigation and page furniture, interactive widgets.
    private const string Dropped =
        "script, style, noscript, template, nav, footer, aside, form, iframe, svg, canvas, object, embed, " +
        "button, select, textarea, [hidden], [aria-hidden=true], [role=navigation], [role=banner], " +
        "[role=contentinfo], [role=complementary], [role=search]";

    private static readonly FrozenSet<string> s_blocks = new[]
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "ul", "ol", "dl", "dt", "dd", "table", "tr", "figure", "figcaption", "address", "hr", "center",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] s_dateMetas =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']",
        "meta[property='og:published_time']", "meta[itemprop='datePublished']", "meta[name='pubdate']",
        "meta[name='publishdate']", "meta[name='publish-date']", "meta[name='date']", "meta[name='DC.date.issued']",
        "meta[name='dcterms.date']", "meta[name='dc.date']",
    ];

    public static HtmlArticle Extract(string html)
    {
        var parser = new HtmlParser();
        using var page = parser.ParseDocument(html);
        // Metadata first: some of it (JSON-LD, <time> in a page header) is removed with the furniture.
        var published = PublishedDate(page);
        var url = Attr(page, "link[rel=canonical]", "href") ?? Attr(page, "meta[property='og:url']", "content");
        var outlet = Attr(page, "meta[property='og:site_name']", "content");

        foreach (var e in page.QuerySelectorAll(Dropped).ToList()) e.Remove();
        // A page header is furniture; an article's own header holds its headline.
        foreach (var e in page.QuerySelectorAll("header").Where(h => h.Closest("article") is null).ToList()) e.Remove();

        var root = MainContent(page);
        var title = Clean(root?.QuerySelector("h1")?.TextContent)
            ?? Attr(page, "meta[property='og:title']", "content")
            ?? Clean(page.Title)
            ?? Clean(page.QuerySelector("h1")?.TextContent);
        var text = root is null ? "" : new BlockTextWriter().Write(root);
        return new HtmlArticle(text, title, published, url, outlet);
    }

    /// <summary>The longest &lt;article&gt;, else &lt;main&gt; or the marked article body, else &lt;body&gt;.</summary>
    private static IElement? MainContent(IDocument page)
    {
        var article = page.QuerySelectorAll("article").MaxBy(a => a.TextContent.Length);
        return article
            ?? page.QuerySelector("main, [role=main]")
            ?? page.QuerySelector("[itemprop=articleBody]")
            ?? page.Body;
    }

    private static PartialDate? PublishedDate(IDocument page)
    {
        foreach (var selector in s_dateMetas)
            if (PartialDate.TryParse(Attr(page, selector, "content"), out var d)) return d;
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
            if (JsonLdDate(script.TextContent) is { } d) return d;
        foreach (var time in page.QuerySelectorAll("time[itemprop=datePublished], time[pubdate], article time[datetime]"))
            if (PartialDate.TryParse(time.GetAttribute("datetime"), out var d)) return d;
        return null;
    }

    private static PartialDate? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return FindDatePublished(doc.RootElement, depth: 0);
        }
        catch (JsonException) { return null; }
    }

    private static PartialDate? FindDatePublished(JsonElement e, int depth)
    {
        if (depth > 8) return null;
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("datePublished", out var v) && v.ValueKind == JsonValueKind.String && PartialDate.TryParse(v.GetString(), out var d)) return d;
            foreach (var p in e.EnumerateObject()) if (FindDatePublished(p.Value, depth + 1) is { } x) return x;
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) if (FindDatePublished(item, depth + 1) is { } x) return x;
        return null;
    }

    private static string? Attr(IDocument page, string selector, string attribute) =>
        Clean(page.QuerySelector(selector)?.GetAttribute(attribute));

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Writes the text of an element: whitespace collapsed as a browser renders it, a line break
    /// for &lt;br&gt; and list items, a blank line between blocks.
    /// </summary>
    private sealed class BlockTextWriter
    {
        private readonly StringBuilder _sb = new();
        private int _pendingBreaks; // newlines owed before the next text
        private bool _pendingSpace;

        public string Write(IElement root)
        {
            Walk(root);
            return _sb.ToString();
        }

        // Iterative, not recursive: a hostile page nested a hundred thousand levels deep must not
        // exhaust the stack. A null on the stack marks the end of an element.
        private void Walk(INode root)
        {
            var stack = new Stack<(INode? Node, int Breaks)>();
            Push(root);
            while (stack.Count > 0)
            {
                var (node, breaks) = stack.Pop();
                if (node is null) { Break(breaks); continue; }
                switch (node)
                {
                    case IText t: AppendText(t.Data); break;
                    case IHtmlBreakRowElement: Break(1); break;
                    case IElement e:
                        int b = e.LocalName == "li" ? 1 : s_blocks.Contains(e.LocalName) ? 2 : 0;
                        Break(b);
                        stack.Push((null, b));
                        Push(e);
                        break;
                }
            }

            void Push(INode parent)
            {
                for (int i = parent.ChildNodes.Length - 1; i >= 0; i--) stack.Push((parent.ChildNodes[i], 0));
            }
        }

        private void Break(int n) => _pendingBreaks = Math.Max(_pendingBreaks, n);

        private void AppendText(string data)
        {
            if (data.Length == 0) return;
            if (char.IsWhiteSpace(data[0])) _pendingSpace = true; // "<b>مصر</b> وتركيا"
            bool any = false;
            foreach (var word in data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_sb.Length > 0)
                {
                    if (_pendingBreaks > 0) _sb.Append('\n', _pendingBreaks);
                    else if (_pendingSpace) _sb.Append(' ');
                }
                _sb.Append(word);
                _pendingBreaks = 0;
                _pendingSpace = true;
                any = true;
            }
            if (any) _pendingSpace = char.IsWhiteSpace(data[^1]); // "و<b>تركيا</b>" stays one word
        }
    }
}
