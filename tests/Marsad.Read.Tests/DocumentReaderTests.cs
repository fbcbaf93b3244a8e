using System.Text;
using Marsad.Read.Decoding;
using Marsad.Read.Formats;
using Marsad.Read.Inputs;

namespace Marsad.Read.Tests;

public class DocumentReaderTests
{
    [Fact]
    public void Folders_are_read_recursively_in_name_order_skipping_hidden_files()
    {
        using var dir = new TempFolder();
        dir.Write("b.txt", "النص الثاني");
        dir.Write("a.txt", "النص الأول");
        dir.Write("sub/c.html", "<p>صفحة</p>");
        dir.Write("sub/d.jsonl", "{\"id\":\"j1\",\"text\":\"سطر\"}\n");
        dir.Write(".hidden.txt", "مخفي");
        dir.Write(".git/x.txt", "مخفي");
        var ids = DocumentReader.ReadAll([dir.Path]).Select(r => r.Document?.Id ?? r.Error).ToList();
        Assert.Equal(["a", "b", "c", "j1"], ids);
    }

    [Fact]
    public void Files_sharing_a_name_get_ids_from_their_relative_paths()
    {
        using var dir = new TempFolder();
        dir.Write("2019/report.txt", "الأول");
        dir.Write("2020/report.txt", "الثاني");
        dir.Write("other.txt", "الثالث");
        var ids = DocumentReader.ReadAll([dir.Path]).Select(r => r.Document!.Id).ToList();
        Assert.Equal(["2019/report", "2020/report", "other"], ids);
    }

    [Fact]
    public void The_same_file_twice_still_gives_unique_ids()
    {
        using var dir = new TempFolder();
        var f = dir.Write("a.txt", "نص");
        Assert.Equal(["a", "a~2"], InputPlanner.Plan([f, f]).Select(i => i.Id));
    }

    [Fact]
    public void Unknown_extensions_are_read_when_they_are_text_and_reported_when_not()
    {
        using var dir = new TempFolder();
        dir.Write("notes.md", "ملاحظات عن مؤتمر برلين");
        dir.Write("photo.png", TextDecoderTests.RandomBytes(2000, seed: 3));
        var results = DocumentReader.ReadAll([dir.Path]).ToList();
        Assert.Equal("notes", results[0].Document?.Id);
        Assert.Contains("unknown file type '.png' and not text", results[1].Error);
        Assert.EndsWith("photo.png", results[1].Origin);
    }

    [Fact]
    public void A_folders_documentation_files_are_passed_over_in_a_walk_and_read_when_named()
    {
        using var dir = new TempFolder();
        dir.Write("README.md", "مقالات للتجربة");
        dir.Write("LICENSE", "نص الترخيص");
        dir.Write("readme.ar.txt", "مقالات للتجربة");
        dir.Write("article.txt", "التقى الوزير نظيره في القاهرة");
        dir.Write("readmes.txt", "ليس ملف توثيق");
        Assert.Equal(["article", "readmes"], DocumentReader.ReadAll([dir.Path]).Select(r => r.Document?.Id));
        Assert.Equal("README", Assert.Single(DocumentReader.ReadAll([dir.Write("README.md", "مقالات للتجربة")])).Document?.Id);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty file" },
        { "noise.txt", TextDecoderTests.RandomBytes(3000, seed: 5), "binary data" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public void Bad_files_are_reported_by_name(string name, byte[] bytes, string reason)
    {
        using var dir = new TempFolder();
        var path = dir.Write(name, bytes);
        var r = Assert.Single(DocumentReader.ReadAll([path]));
        Assert.Equal(path, r.Origin);
        Assert.Contains(reason, r.Error);
    }

    [Fact]
    public void A_missing_path_is_reported_and_the_others_read()
    {
        using var dir = new TempFolder();
        var good = dir.Write("good.txt", "نص");
        var results = DocumentReader.ReadAll([Path.Combine(dir.Path, "nope.txt"), good]).ToList();
        Assert.Contains("no such file", results[0].Error);
        Assert.Equal("good", results[1].Document?.Id);
    }

    [Fact]
    public void A_text_file_over_the_size_limit_is_reported_without_reading_it()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(ReadLimits.MaxTextFileBytes + 1);
        Assert.Contains("file too large", Assert.Single(DocumentReader.ReadAll([path])).Error);
    }

    [Fact]
    public void A_text_over_the_character_limit_is_reported()
    {
        using var dir = new TempFolder();
        var path = dir.Write("long.txt", new string('a', ReadLimits.MaxDocumentChars + 10));
        Assert.Contains("document too long", Assert.Single(DocumentReader.ReadAll([path])).Error);
    }

    [Fact]
    public void Windows_1256_text_file_keeps_its_text_and_gets_its_title_from_the_first_line()
    {
        using var dir = new TempFolder();
        var text = "حفتر في موسكو\n\nغادر المشير خليفة حفتر موسكو دون توقيع اتفاق وقف إطلاق النار.";
        var path = dir.Write("moscow.txt", TextDecoder.Windows1256.GetBytes(text));
        var d = Assert.Single(DocumentReader.ReadAll([path])).Document!;
        Assert.Equal((text, "حفتر في موسكو"), (d.Text, d.Title));
    }

    [Fact]
    public void A_text_file_with_one_invalid_byte_is_kept_with_a_warning_like_json_lines()
    {
        using var dir = new TempFolder();
        byte[] text = Encoding.UTF8.GetBytes("حفتر في موسكو\n\nغادر المشير خليفة حفتر موسكو دون توقيع اتفاق وقف إطلاق النار.");
        dir.Write("a.txt", [.. text[..30], 0xC3, .. text[30..]]);
        dir.Write("b.jsonl", [.. Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":\"غادر "), 0xC3, .. Encoding.UTF8.GetBytes("المشير\"}\n")]);
        var results = DocumentReader.ReadAll([dir.Path]).ToList();
        Assert.Equal(["a", "b"], results.Select(r => r.Document?.Id));
        Assert.All(results, r => Assert.Contains("\uFFFD", r.Document!.Text));
        Assert.All(results, r => Assert.Contains("replaced by U+FFFD", r.Warning));
    }

    public static TheoryData<string, InputKind> Sniffed => new()
    {
        { "{\"id\":1,\"text\":\"نص\"}", InputKind.JsonLines },
        { "  \n<!doctype html><p>نص</p>", InputKind.Html },
        { "\uFEFF<html>", InputKind.Html },
        { "وصل حفتر", InputKind.Text },
        { "", InputKind.Text },
    };

    [Theory, MemberData(nameof(Sniffed))]
    public void Standard_input_format_is_sniffed_from_its_first_visible_byte(string head, InputKind kind) =>
        Assert.Equal(kind, DocumentReader.Sniff(Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Standard_input_jsonl_is_streamed_with_line_numbers()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"أ\"}\n{oops}\n"));
        var results = DocumentReader.ReadAll(["-"], () => stdin).ToList();
        Assert.Equal("x", results[0].Document?.Id);
        Assert.Equal("-:2", results[1].Origin);
    }

    public static TheoryData<string, string> StdinTexts => new()
    {
        { "<html><head><title>ع</title></head><body><p>صفحة من الإنترنت.</p></body></html>", "صفحة من الإنترنت." },
        { "نص عادي من الإدخال.", "نص عادي من الإدخال." },
    };

    [Theory, MemberData(nameof(StdinTexts))]
    public void Standard_input_html_and_text_are_read_as_one_document(string input, string text)
    {
        var r = Assert.Single(DocumentReader.ReadAll(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(input))));
        Assert.Equal(("stdin", text), (r.Document?.Id, r.Document?.Text));
    }

    [Fact]
    public void Empty_standard_input_is_reported() =>
        Assert.Equal("empty input", Assert.Single(DocumentReader.ReadAll(["-"], () => new MemoryStream())).Error);

    public static TheoryData<string, string?> Titles => new()
    {
        { "عنوان الخبر\n\nنص الخبر.", "عنوان الخبر" },
        { "\n  عنوان  \nنص", "عنوان" },
        { "جملة كاملة تنتهي بنقطة.\nنص", null },
        { "سطر وحيد بلا نص بعده", null },
        { "عنوان\n   \n", null },
        { new string('ع', 200) + "\nنص", null },
    };

    [Theory, MemberData(nameof(Titles))]
    public void A_text_file_title_is_a_short_first_line_followed_by_text(string text, string? title) =>
        Assert.Equal(title, PlainTextReader.TitleLine(text));
}
