using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Marsad.Core.Model;
using Marsad.Read.Formats;
using Marsad.Read.Inputs;

namespace Marsad.Read.Tests;

/// <summary>RSS/Atom feeds, Word documents and PDFs: real files written by the tests, read end to end.</summary>
public sealed class NewFormatTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>وكالة الأنباء &amp; الأخبار</title>
            <link>https://example.org/</link>
            <item>
              <title>لقاء في القاهرة</title>
              <link>https://example.org/a/1</link>
              <pubDate>Tue, 14 Jan 2020 09:30:00 GMT</pubDate>
              <description>ملخص قصير</description>
              <content:encoded><![CDATA[<p>التقى وزير الخارجية المصري نظيره الليبي في القاهرة.</p><p>وبحث الجانبان الأوضاع.</p>]]></content:encoded>
            </item>
            <item>
              <title>بيان</title>
              <link>https://example.org/a/2</link>
              <pubDate>غدا</pubDate>
              <description>&lt;p&gt;أدانت تركيا الهجوم.&lt;/p&gt;</description>
            </item>
            <item><title>صورة فقط</title><link>https://example.org/a/3</link></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void An_rss_feed_gives_one_document_per_item_with_its_metadata_and_reports_an_item_without_text()
    {
        var path = _dir.Write("news.rss", Rss);
        var results = DocumentReader.ReadAll([path]).ToList();
        Assert.Equal(3, results.Count);

        var first = results[0].Document!;
        Assert.Equal("news-1", first.Id);
        Assert.Equal("التقى وزير الخارجية المصري نظيره الليبي في القاهرة.\n\nوبحث الجانبان الأوضاع.", first.Text);
        Assert.Equal("لقاء في القاهرة", first.Title);
        Assert.Equal("https://example.org/a/1", first.Url);
        Assert.Equal("وكالة الأنباء & الأخبار", first.Outlet);
        Assert.Equal(new PartialDate(2020, 1, 14), first.Published);

        var second = results[1];
        Assert.Equal("أدانت تركيا الهجوم.", second.Document!.Text);
        Assert.Null(second.Document.Published);
        Assert.Contains("غدا", second.Warning);

        Assert.True(results[2].IsError);
        Assert.Equal(path + "#3", results[2].Origin);
        Assert.Contains("no text", results[2].Error);
    }

    [Fact]
    public void An_atom_feed_read_from_standard_input_is_recognised_by_its_root()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>مرصد الأخبار</title>
              <entry>
                <title>زيارة</title>
                <link href="https://example.org/b/1"/>
                <published>2021-03-05T10:00:00Z</published>
                <content type="html">&lt;p&gt;وصل الرئيس التونسي إلى الجزائر.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var results = DocumentReader.ReadAll(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(atom))).ToList();
        var doc = Assert.Single(results).Document!;
        Assert.Equal("وصل الرئيس التونسي إلى الجزائر.", doc.Text);
        Assert.Equal("https://example.org/b/1", doc.Url);
        Assert.Equal(new PartialDate(2021, 3, 5), doc.Published);
        Assert.Equal("مرصد الأخبار", doc.Outlet);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_reported_and_the_batch_goes_on()
    {
        var bad = _dir.Write("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>");
        var good = _dir.Write("ok.txt", "خبر قصير.");
        var results = DocumentReader.ReadAll([bad, good]).ToList();
        Assert.True(results[0].IsError);
        Assert.Contains("feed", results[0].Error);
        Assert.Equal("خبر قصير.", results[1].Document!.Text);
    }

    [Fact]
    public void A_feed_with_an_entity_expansion_bomb_is_refused_without_expanding_it()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>
            <rss version="2.0"><channel><title>x</title><item><title>&g;</title><description>نص</description></item></channel></rss>
            """;
        var path = _dir.Write("bomb.rss", bomb);
        var result = Assert.Single(DocumentReader.ReadAll([path]));
        Assert.True(result.IsError, "a DTD with entities must not be processed");
    }

    [Fact]
    public void A_word_document_gives_its_paragraphs_and_title()
    {
        var path = Path.Combine(_dir.Path, "report.docx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
                Para("اجتماع ثلاثي في عمّان", "Title"),
                Para("استقبل العاهل الأردني الرئيس المصري في عمّان."),
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("وبحث الزعيمان"), new Break(), new DocumentFormat.OpenXml.Wordprocessing.Text("ملف غزة."))),
                new Table(new TableRow(new TableCell(Para("جدول: الوفود"))))));
        }
        var read = Assert.Single(DocumentReader.ReadAll([path]));
        Assert.Equal("report", read.Document!.Id);
        Assert.Equal("اجتماع ثلاثي في عمّان", read.Document.Title);
        Assert.Equal("اجتماع ثلاثي في عمّان\n\nاستقبل العاهل الأردني الرئيس المصري في عمّان.\n\nوبحث الزعيمان\nملف غزة.\n\nجدول: الوفود", read.Document.Text);
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var p = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
        if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }

    [Fact]
    public void A_file_named_docx_that_is_not_one_is_reported_by_name()
    {
        var path = _dir.Write("fake.docx", "ليس مستند وورد");
        var result = Assert.Single(DocumentReader.ReadAll([path]));
        Assert.True(result.IsError);
        Assert.Equal(path, result.Origin);
        Assert.Contains("Word", result.Error);
    }

    /// <summary>A PDF printed by Chromium from an Arabic page (fonts draw لا and لأ as ligatures).</summary>
    private string PrintedPdf(string name, string html)
    {
        var page = _dir.Write(name + ".html", html);
        var pdf = Path.Combine(_dir.Path, name + ".pdf");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("MARSAD_CHROMIUM") is { Length: > 0 } c ? c : "chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        // its own profile folder: never the user's, never shared with a browser another test drives
        var profile = Path.Combine(_dir.Path, name + "-profile");
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page })
            start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(File.Exists(pdf), "chromium did not print the PDF");
        return pdf;
    }

    [Fact]
    public void A_pdf_is_read_in_logical_order_with_its_lam_alef_ligatures_put_back()
    {
        var pdf = PrintedPdf("statement", """
            <html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>
            <p>التقى وزير الخارجية المصري نظيره الليبي يوم الثلاثاء، وبحثا الأوضاع الإنسانية وعودة اللاجئين.</p>
            </body></html>
            """);
        var doc = Assert.Single(DocumentReader.ReadAll([pdf])).Document!;
        Assert.Equal("statement", doc.Id);
        Assert.Contains("التقى وزير الخارجية المصري نظيره الليبي يوم الثلاثاء", doc.Text);
        Assert.Contains("وبحثا الأوضاع الإنسانية وعودة اللاجئين", doc.Text);
        Assert.DoesNotContain('\u202B', doc.Text);
    }

    [Fact]
    public void A_pdf_from_standard_input_is_recognised_by_its_signature()
    {
        var pdf = PrintedPdf("piped", """<html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><p>أعلنت الحكومة حالة الطوارئ.</p></body></html>""");
        var result = Assert.Single(DocumentReader.ReadAll(["-"], () => File.OpenRead(pdf)));
        Assert.Contains("أعلنت الحكومة حالة الطوارئ", result.Document!.Text);
    }

    [Fact]
    public void Without_the_pdf_extractor_the_pdf_is_reported_with_how_to_install_it()
    {
        var pdf = _dir.Write("any.pdf", "%PDF-1.4\n");
        var result = PdfReader.Read(pdf, pdf, "any", tool: "marsad-no-such-pdftotext");
        Assert.True(result.IsError);
        Assert.Contains("poppler-utils", result.Error);
    }

    [Fact]
    public void A_broken_pdf_is_reported_and_the_batch_goes_on()
    {
        var bad = _dir.Write("broken.pdf", "%PDF-1.4\nnot really a pdf");
        var good = _dir.Write("fine.txt", "خبر.");
        var results = DocumentReader.ReadAll([bad, good]).ToList();
        Assert.True(results[0].IsError);
        Assert.Equal(bad, results[0].Origin);
        Assert.Equal("خبر.", results[1].Document!.Text);
    }

    [Theory]
    [InlineData("a.rss", InputKind.Feed)]
    [InlineData("a.atom", InputKind.Feed)]
    [InlineData("a.docx", InputKind.Docx)]
    [InlineData("a.PDF", InputKind.Pdf)]
    public void Extensions_name_the_new_formats(string name, InputKind kind) => Assert.Equal(kind, Input.KindOf(name));
}
