using System.IO.Compression;
using System.Text;
using Marsad.Read.Formats;

namespace Marsad.Read.Tests;

/// <summary>
/// Fuzzing every reader with generated input (fixed seeds, so a failure reproduces): no exception escapes,
/// the good documents of a mixed batch are kept, and work grows linearly with the input (measured by the
/// bytes allocated, which, unlike time, does not depend on the machine's load).
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly string[] s_markup =
    [
        "<rss version=\"2.0\">", "<channel>", "<item>", "</item>", "<title>", "</title>", "<description>", "<![CDATA[", "]]>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<content type=\"html\">", "&lt;p&gt;", "&amp;", "&#0;",
        "<!DOCTYPE x [<!ENTITY e \"ee\">]>", "&e;", "<div>", "</q>", "<p>", "مصر", "أعلنت الحكومة", "\u202B", "\0", "\uFFFD",
    ];

    private static string Soup(Random rng, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => s_markup[rng.Next(s_markup.Length)]));

    [Fact]
    public void Generated_feeds_and_tag_soups_give_documents_or_reasons()
    {
        var rng = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>" + Soup(rng, rng.Next(0, 80)));
            foreach (var r in FeedFileReader.Read(bytes, "x.rss", "x")) AssertResult(r);
            foreach (var r in DocumentReader.ReadStream(new MemoryStream(bytes), "-", "stdin")) AssertResult(r);
        }
    }

    [Fact]
    public void Random_and_damaged_word_packages_give_reasons()
    {
        var rng = new Random(11);
        for (int i = 0; i < 100; i++)
        {
            var bytes = new byte[rng.Next(4, 400)];
            rng.NextBytes(bytes);
            "PK\u0003\u0004"u8.CopyTo(bytes);
            AssertResult(DocxReader.Read(bytes, "x.docx", "x"));
        }
        // a real zip that is not a Word document, and one cut in half
        var zip = new MemoryStream();
        using (var a = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(a.CreateEntry("word/document.xml").Open())) w.Write("<w:document>");
        Assert.True(DocxReader.Read(zip.ToArray(), "z.docx", "z").IsError);
        Assert.True(DocxReader.Read(zip.ToArray()[..(int)(zip.Length / 2)], "h.docx", "h").IsError);
    }

    [Theory]
    [InlineData(100_000, 0)]    // deep
    [InlineData(0, 200_000)]    // wide
    public void Deep_and_wide_json_lines_are_refused_or_read_without_crashing(int depth, int width)
    {
        var line = new StringBuilder("{\"id\":\"j\",\"text\":\"أعلنت الحكومة حالة الطوارئ.\",\"extra\":");
        line.Append('[', depth).Append('1').Append(']', depth);
        for (int k = 0; k < width; k++) line.Append(",\"f").Append(k).Append("\":").Append(k);
        line.Append('}');
        var path = _dir.Write("j.jsonl", line + "\n{\"id\":\"ok\",\"text\":\"خبر.\"}\n");
        var results = DocumentReader.ReadAll([path]).ToList();
        Assert.Equal(2, results.Count);
        AssertResult(results[0]);
        Assert.Equal("خبر.", results[1].Document!.Text);
    }

    [Fact]
    public void A_batch_of_mixed_encodings_and_garbage_keeps_every_readable_article()
    {
        const string article = "أعلنت الحكومة الليبية حالة الطوارئ في طرابلس.";
        var files = new List<string>
        {
            _dir.Write("a-utf8.txt", Encoding.UTF8.GetBytes(article)),
            _dir.Write("b-utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(article)]),
            _dir.Write("c-1256.txt", Marsad.Read.Decoding.TextDecoder.Windows1256.GetBytes(article)),
            _dir.Write("d-bad-byte.txt", [.. Encoding.UTF8.GetBytes(article), 0xFF, .. Encoding.UTF8.GetBytes(" وقال")]),
            _dir.Write("e-garbage.bin", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]),
            _dir.Write("f-page.html", Encoding.UTF8.GetBytes($"<html><body><p>{article}</p></body></html>")),
            _dir.Write("g-empty.txt", []),
        };
        var results = DocumentReader.ReadAll(files).ToList();
        Assert.Equal(files.Count, results.Count);
        foreach (var id in new[] { "a-utf8", "b-utf16", "c-1256", "f-page" })
            Assert.Equal(article, results.Single(r => r.Document?.Id == id).Document!.Text);
        Assert.StartsWith(article, results.Single(r => r.Document?.Id == "d-bad-byte").Document!.Text);
        Assert.True(results.Single(r => r.Origin.EndsWith("e-garbage.bin")).IsError);
        Assert.True(results.Single(r => r.Origin.EndsWith("g-empty.txt")).IsError);
    }

    public static TheoryData<string, string> Units => new()
    {
        { "html", "<div></q><p>مصر " },
        { "html-deep", "<span><b>" },
        { "feed", "<item><title>خبر</title><description>&lt;p&gt;مصر&lt;/p&gt;</description></item>" },
        { "text", "أعلنت الحكومة \uFFFD حالة الطوارئ.\n" },
    };

    [Theory, MemberData(nameof(Units))]
    public void Work_grows_linearly_with_the_input(string kind, string unit)
    {
        long small = Allocated(kind, unit, 2_000), large = Allocated(kind, unit, 16_000);
        // 8 times the input: linear work allocates about 8 times as much; quadratic work would be 64 times.
        Assert.True(large < 16 * small, $"{kind}: {small:N0} bytes for 2,000 units, {large:N0} for 16,000");
    }

    private static long Allocated(string kind, string unit, int repeats)
    {
        var body = string.Concat(Enumerable.Repeat(unit, repeats));
        var bytes = Encoding.UTF8.GetBytes(kind == "feed" ? $"<rss version=\"2.0\"><channel><title>x</title>{body}</channel></rss>" : body);
        Read(kind, bytes);   // warm up: first-use caches are not part of the work
        long before = GC.GetAllocatedBytesForCurrentThread();
        Read(kind, bytes);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void Read(string kind, byte[] bytes)
    {
        switch (kind)
        {
            case "feed": foreach (var r in FeedFileReader.Read(bytes, "x.rss", "x")) AssertResult(r); break;
            case "text": AssertResult(PlainTextReader.Read(bytes, "x.txt", "x")); break;
            default: AssertResult(HtmlReader.Read(bytes, "x.html", "x")); break;
        }
    }

    private static void AssertResult(ReadResult r)
    {
        Assert.True(r.IsError ^ r.Document is not null);
        if (r.Document is { } d) Assert.False(string.IsNullOrWhiteSpace(d.Text));
    }
}
