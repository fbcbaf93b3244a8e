using System.Text;
using Marsad.Core.Model;
using Marsad.Read.Decoding;
using Marsad.Read.Formats;

namespace Marsad.Read.Tests;

public class HtmlReaderTests
{
    private static HtmlArticle Extract(string body, string head = "") =>
        HtmlArticleExtractor.Extract($"<!doctype html><html><head>{head}</head><body>{body}</body></html>");

    public static TheoryData<string, string> Bodies => new()
    {
        // Furniture is dropped: scripts, styles, navigation, page header and footer, asides, forms.
        { "<header><a>الرئيسية</a></header><nav>أخبار</nav><p>وصل أردوغان إلى القاهرة.</p><aside>الأكثر قراءة</aside><footer>حقوق النشر</footer>",
          "وصل أردوغان إلى القاهرة." },
        { "<p>التقى الوفدان<script>var x = '<p>لا</p>';</script><style>p{}</style> في برلين.</p><form><input value='بحث'><button>ابحث</button></form>",
          "التقى الوفدان في برلين." },
        // Paragraphs are separated by a blank line, <br> by a line break; whitespace collapses.
        { "<p>الفقرة   الأولى\n  تستمر.</p><p>الفقرة الثانية.</p>", "الفقرة الأولى تستمر.\n\nالفقرة الثانية." },
        { "<p>سطر أول<br>سطر ثان</p>", "سطر أول\nسطر ثان" },
        { "<ul><li>مصر</li><li>تركيا</li></ul>", "مصر\nتركيا" },
        // Inline elements neither split words nor glue them.
        { "<p>اتفقت <b>مصر</b> و<b>اليونان</b> على <a href='#'>ترسيم</a> الحدود.</p>", "اتفقت مصر واليونان على ترسيم الحدود." },
        // The article is preferred over the rest of the page, and its own header (headline) kept.
        { "<div>قائمة جانبية طويلة</div><article><header><h1>العنوان</h1></header><p>نص المقال.</p></article>", "العنوان\n\nنص المقال." },
        { "<div>روابط</div><main><p>المحتوى الرئيسي.</p></main>", "المحتوى الرئيسي." },
        { "<div hidden>مخفي</div><div aria-hidden='true'>مخفي</div><p>ظاهر.</p>", "ظاهر." },
        // Entities are decoded.
        { "<p>&quot;الجيش الوطني&quot; &amp; حكومة الوفاق</p>", "\"الجيش الوطني\" & حكومة الوفاق" },
    };

    [Theory, MemberData(nameof(Bodies))]
    public void Keeps_the_article_text_and_drops_the_furniture(string body, string expected) =>
        Assert.Equal(expected, Extract(body).Text);

    [Fact]
    public void The_longest_article_wins_when_a_page_has_several()
    {
        var a = Extract("<article><p>قصير.</p></article><article><p>هذا هو المقال الرئيسي الأطول في الصفحة.</p></article>");
        Assert.Equal("هذا هو المقال الرئيسي الأطول في الصفحة.", a.Text);
    }

    public static TheoryData<string, string, string> Titles => new()
    {
        { "<title>عنوان الصفحة | الموقع</title>", "<article><h1>عنوان المقال</h1><p>نص.</p></article>", "عنوان المقال" },
        { "<title>عنوان الصفحة | الموقع</title><meta property='og:title' content='العنوان المفتوح'>", "<p>نص.</p>", "العنوان المفتوح" },
        { "<title>  عنوان\n الصفحة </title>", "<p>نص.</p>", "عنوان الصفحة" },
    };

    [Theory, MemberData(nameof(Titles))]
    public void Title_comes_from_the_headline_then_og_title_then_the_title_element(string head, string body, string title) =>
        Assert.Equal(title, Extract(body, head).Title);

    public static TheoryData<string, string, string> Dates => new()
    {
        { "<meta property='article:published_time' content='2020-01-19T10:30:00+01:00'>", "<p>نص.</p>", "2020-01-19" },
        { "<meta name='pubdate' content='2019-11'>", "<p>نص.</p>", "2019-11" },
        { "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-09-10\"}</script>", "<p>نص.</p>", "2023-09-10" },
        { "", "<article><header><time datetime='2020-07-20'>20 يوليو</time></header><p>نص.</p></article>", "2020-07-20" },
    };

    [Theory, MemberData(nameof(Dates))]
    public void Publication_date_comes_from_the_page_metadata(string head, string body, string date) =>
        Assert.Equal(date, Extract(body, head).Published?.ToString());

    [Fact]
    public void No_metadata_date_means_unknown_not_guessed() => Assert.Null(Extract("<p>في 25 أبريل 2018 قال المتحدث.</p>").Published);

    [Fact]
    public void Canonical_url_and_site_name_are_kept()
    {
        var a = Extract("<p>نص.</p>", "<link rel='canonical' href='https://example.org/a/1'><meta property='og:site_name' content='مرصد'>");
        Assert.Equal("https://example.org/a/1", a.Url);
        Assert.Equal("مرصد", a.Outlet);
    }

    public static TheoryData<string> Charsets => new()
    {
        "<meta charset=\"windows-1256\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
    };

    [Theory, MemberData(nameof(Charsets))]
    public void The_declared_charset_is_respected(string meta)
    {
        var html = $"<html><head>{meta}<title>تركيا</title></head><body><p>وقعت تركيا وحكومة الوفاق مذكرة تفاهم.</p></body></html>";
        var r = HtmlReader.Read(TextDecoder.Windows1256.GetBytes(html), "page.html", "page");
        Assert.Null(r.Error);
        Assert.Equal("وقعت تركيا وحكومة الوفاق مذكرة تفاهم.", r.Document!.Text);
        Assert.Equal("تركيا", r.Document.Title);
    }

    [Fact]
    public void Undeclared_windows_1256_html_is_detected_like_text()
    {
        var html = "<html><body><p>زار حفتر موسكو.</p></body></html>";
        var r = HtmlReader.Read(TextDecoder.Windows1256.GetBytes(html), "page.html", "page");
        Assert.Equal("زار حفتر موسكو.", r.Document?.Text);
    }

    [Fact]
    public void A_page_without_text_is_reported()
    {
        var r = HtmlReader.Read(Encoding.UTF8.GetBytes("<html><body><nav>قائمة</nav><script>x()</script></body></html>"), "empty.html", "empty");
        Assert.Contains("no article text", r.Error);
    }

    [Fact]
    public void Document_metadata_is_filled_from_the_page()
    {
        var html = "<html><head><meta property='article:published_time' content='2024-02-14'><title>زيارة</title></head><body><article><p>وصل الرئيس التركي إلى القاهرة.</p></article></body></html>";
        var d = HtmlReader.Read(Encoding.UTF8.GetBytes(html), "visit.html", "visit").Document!;
        Assert.Equal(("visit", "visit.html", "زيارة", new PartialDate(2024, 2, 14)), (d.Id, d.Origin, d.Title, d.Published!.Value));
    }

    [Fact]
    public void A_page_nested_deeper_than_any_article_is_reported_before_parsing()
    {
        const int depth = 100_000;
        var html = string.Concat(Enumerable.Repeat("<div><span>", depth)) + "عميق" + string.Concat(Enumerable.Repeat("</span></div>", depth));
        var r = HtmlReader.Read(Encoding.UTF8.GetBytes(html), "deep.html", "deep");
        Assert.Contains("HTML nested too deeply", r.Error);
    }

    [Fact]
    public void A_deep_but_acceptable_page_is_read() // the text walk is iterative
    {
        const int depth = 900;
        var html = string.Concat(Enumerable.Repeat("<div><span>", depth)) + "عميق" + string.Concat(Enumerable.Repeat("</span></div>", depth));
        Assert.Equal("عميق", HtmlReader.Read(Encoding.UTF8.GetBytes(html), "deep.html", "deep").Document?.Text);
    }

    public static TheoryData<string, int> Depths => new()
    {
        { "<div><p>a<p>b<p>c</div>", 2 },
        { "<div><span><b>x</b></span></div><div></div>", 3 },
        { "<br><img src=x><hr/><custom-tag/>", 1 }, // "/>" does not close an HTML element
        { "<svg><path/><path/></svg>", 1 },
        { "<div></q><div></q>", 2 },
        { "a < b and 3<4", 0 },
    };

    [Theory, MemberData(nameof(Depths))]
    public void Nesting_depth_follows_the_parsers_stack_of_open_elements(string html, int depth) =>
        Assert.Equal(depth, HtmlNesting.EstimateDepth(html));
}
