using System.Text;
using System.Text.Encodings.Web;
using Marsad.Web.Assets;

namespace Marsad.Web.Pages;

/// <summary>
/// The HTML shell of every page: right-to-left Arabic by default, the stylesheet and the page's
/// script. Pages are drawn by the script from the JSON API with text nodes only, so nothing from
/// a document ever reaches the browser as markup.
/// </summary>
public sealed class PageShell(EmbeddedAssets assets)
{
    /// <param name="data">data-* attributes of the body the page's script reads (asset addresses).</param>
    public string Render(string page, string title, string script = "main.js", params (string Name, string Value)[] data)
    {
        var sb = new StringBuilder(1024);
        sb.Append("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta name=\"color-scheme\" content=\"light\">\n")
          .Append("<title>").Append(HtmlEncoder.Default.Encode(title)).Append(" · مرصد</title>\n")
          .Append("<link rel=\"icon\" type=\"image/svg+xml\" href=\"").Append(assets.Url("favicon.svg")).Append("\">\n")
          .Append("<link rel=\"stylesheet\" href=\"").Append(assets.Url("app.css")).Append("\">\n")
          .Append("<script type=\"module\" src=\"").Append(assets.Url(script)).Append("\"></script>\n")
          .Append("</head>\n<body data-page=\"").Append(HtmlEncoder.Default.Encode(page)).Append('"');
        foreach (var (name, value) in data)
            sb.Append(" data-").Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
        sb.Append(">\n")
          .Append("<header class=\"top\" id=\"top\"></header>\n")
          .Append("<main id=\"main\"><p class=\"loading\">…</p></main>\n")
          .Append("<noscript><p class=\"noscript\">مرصد يحتاج إلى JavaScript · Marsad needs JavaScript</p></noscript>\n")
          .Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Shown instead of any page when the server needs a token and none was given.</summary>
    public const string LoginPage = """
        <!doctype html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>مرصد · دخول</title></head>
        <body>
        <h1>مرصد</h1>
        <p>هذا الخادم يتطلب رمز دخول. · This server requires a token.</p>
        <form method="get" action="/"><label>الرمز · Token <input type="password" name="token" autocomplete="current-password" required></label>
        <button type="submit">دخول · Enter</button></form>
        </body></html>
        """;
}
