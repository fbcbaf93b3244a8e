using System.Text;
using Marsad.Read.Formats;

namespace Marsad.Read.Tests;

public class JsonLinesReaderTests
{
    public static TheoryData<string, string?, string?> Lines => new()
    {
        // line, expected id (null when the line is an error), expected error fragment
        { """{"id":"a1","text":"وصل حفتر إلى موسكو."}""", "a1", null },
        { """{"id":42,"text":"نص"}""", "42", null },
        { """{"text":"نص بلا معرف"}""", "feed-7", null },
        { """{"id":"a","text":"نص","extra":{"x":[1,2]}}""", "a", null },
        { """{"id":"a"}""", null, "missing \"text\"" },
        { """{"id":"a","text":""}""", null, "empty \"text\"" },
        { """{"id":"a","text":"   "}""", null, "empty \"text\"" },
        { """{"id":"a","text":5}""", null, "\"text\" must be a string" },
        { """{"id":"","text":"نص"}""", null, "\"id\" must be" },
        { """{"id":["a"],"text":"نص"}""", null, "\"id\" must be" },
        { """["a","نص"]""", null, "expected a JSON object, found an array" },
        { """{"id":"a","text":"نص" """, null, "malformed JSON" },
        { """{'id':'a'}""", null, "malformed JSON" },
    };

    [Theory, MemberData(nameof(Lines))]
    public void Parses_a_line_or_says_why_not(string line, string? id, string? error)
    {
        var r = JsonLinesReader.ParseLine(line, "feed.jsonl:7", "feed-7");
        Assert.Equal(id, r.Document?.Id);
        if (error is null) Assert.Null(r.Error);
        else Assert.Contains(error, r.Error);
        if (r.IsError) Assert.Equal("feed.jsonl:7", r.Origin);
    }

    public static TheoryData<string, string?, string?> Published => new()
    {
        { "\"2018\"", "2018", null },
        { "\"2018-04\"", "2018-04", null },
        { "\"2018-04-25\"", "2018-04-25", null },
        { "\"2018-04-25T09:00:00Z\"", "2018-04-25", null },
        { "2019", "2019", null },
        { "null", null, null },
        { "\"25/04/2018\"", null, "ignored \"published\"" },
        { "\"2018-02-30\"", null, "ignored \"published\"" },
    };

    [Theory, MemberData(nameof(Published))]
    public void Published_is_a_partial_date_and_a_bad_one_is_a_warning_not_a_lost_article(string value, string? date, string? warning)
    {
        var r = JsonLinesReader.ParseLine($$"""{"id":"a","text":"نص","published":{{value}}}""", "f:1", "f-1");
        Assert.NotNull(r.Document);
        Assert.Equal(date, r.Document!.Published?.ToString());
        if (warning is null) Assert.Null(r.Warning); else Assert.Contains(warning, r.Warning);
    }

    [Fact]
    public void Optional_fields_are_read()
    {
        var d = JsonLinesReader.ParseLine("""{"id":"a","text":"نص","title":"عنوان","url":"https://example.org/a","outlet":"وكالة"}""", "f:1", "f-1").Document!;
        Assert.Equal(("عنوان", "https://example.org/a", "وكالة"), (d.Title, d.Url, d.Outlet));
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_ignored_with_a_warning()
    {
        var r = JsonLinesReader.ParseLine("""{"id":"a","text":"نص","title":7}""", "f:1", "f-1");
        Assert.Null(r.Document!.Title);
        Assert.Contains("ignored \"title\"", r.Warning);
    }

    [Fact]
    public void An_oversized_document_is_reported_with_the_limit()
    {
        var line = $$"""{"id":"big","text":"{{new string('م', ReadLimits.MaxDocumentChars + 1)}}"}""";
        var r = JsonLinesReader.ParseLine(line, "f:1", "f-1");
        Assert.Contains("document too long: 2,000,001 characters (the limit is 2,000,000)", r.Error);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_number_and_good_lines_go_on()
    {
        var jsonl = "\uFEFF{\"id\":\"a\",\"text\":\"الأول\"}\r\n\n{broken\n   \n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"الأخير\"}";
        var results = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "feed.jsonl", "feed").ToList();
        Assert.Equal(["a", "feed.jsonl:3", "feed.jsonl:5", "d"], results.Select(r => r.Document?.Id ?? r.Origin));
        Assert.Equal("الأول", results[0].Document!.Text); // no \r, no BOM
        Assert.Equal("feed.jsonl:6", results[3].Document!.Origin);
    }

    [Fact]
    public void Invalid_utf8_bytes_become_a_warning()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"مصر "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}\n")];
        var r = Assert.Single(JsonLinesReader.Read(new MemoryStream(bytes), "f.jsonl", "f"));
        Assert.Contains("U+FFFD", r.Warning);
    }
}

public class BoundedLineReaderTests
{
    [Fact]
    public void A_line_over_the_limit_is_skipped_and_the_next_line_read()
    {
        var text = "short\n" + new string('x', 100) + "\r\nnext\nlast";
        var lines = BoundedLineReader.ReadLines(new StringReader(text), maxChars: 50).ToList();
        Assert.Equal(["short", null, "next", "last"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
        Assert.Equal(100, lines[1].Length);
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_are_joined()
    {
        var longLine = new string('ب', 200_000);
        var lines = BoundedLineReader.ReadLines(new StringReader(longLine + "\n" + longLine), maxChars: 300_000).ToList();
        Assert.Equal([longLine, longLine], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_trailing_newline_adds_no_line() =>
        Assert.Single(BoundedLineReader.ReadLines(new StringReader("one\n"), 10));
}

public class JsonLinesInvalidUtf16Tests
{
    [Fact]
    public void An_invalid_unicode_escape_is_reported() =>
        Assert.Contains("invalid \\u escape", JsonLinesReader.ParseLine("{\"id\":\"a\",\"text\":\"\\ud800\"}", "f:1", "f-1").Error);

    [Fact]
    public void An_unpaired_surrogate_is_reported() =>
        Assert.Contains("unpaired UTF-16 surrogate", JsonLinesReader.ParseLine("{\"id\":\"a\",\"text\":\"" + (char)0xD800 + "\"}", "f:1", "f-1").Error);

    [Fact]
    public void NUL_characters_in_text_are_replaced_with_a_warning_keeping_offsets()
    {
        var r = JsonLinesReader.ParseLine("{\"id\":\"n\",\"title\":\"a\\u0000b\",\"text\":\"مصر\\u0000وتركيا\"}", "x:1", "x");
        Assert.Equal("مصر\uFFFDوتركيا", r.Document!.Text);
        Assert.Equal("a\uFFFDb", r.Document.Title);
        Assert.Contains("NUL", r.Warning);
    }
}

/// <summary>Intake hygiene: common field names, a user's mapping, and fields not read reported once per file.</summary>
public class JsonLinesFieldTests
{
    private static List<ReadResult> Read(string jsonl, JsonFieldMap? fields = null) =>
        JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "feed.jsonl", "feed", fields).ToList();

    [Theory]
    [InlineData("date", "2019-06-04")]
    [InlineData("pubDate", "Tue, 04 Jun 2019 10:00:00 GMT")]
    [InlineData("published_at", "2019-06-04T10:00:00+02:00")]
    [InlineData("datePublished", "2019-06-04")]
    public void Common_date_fields_are_read_as_the_publication_date(string name, string value)
    {
        var r = Read($$"""{"id":"a","text":"نص","{{name}}":"{{value}}"}""" + "\n").Single();
        Assert.Equal("2019-06-04", r.Document!.Published?.ToString());
        Assert.Null(r.Warning);
    }

    [Fact]
    public void Link_source_and_headline_fill_url_outlet_and_title()
    {
        var d = Read("""{"id":"a","body":"نص","link":"https://example.org/a","source":"وكالة","headline":"عنوان"}""" + "\n").Single().Document!;
        Assert.Equal(("نص", "https://example.org/a", "وكالة", "عنوان"), (d.Text, d.Url, d.Outlet, d.Title));
    }

    [Fact]
    public void The_contract_name_wins_over_an_alias()
    {
        var d = Read("""{"id":"a","text":"نص","published":"2020-01-02","date":"2019-06-04"}""" + "\n").Single().Document!;
        Assert.Equal("2020-01-02", d.Published?.ToString());
    }

    [Fact]
    public void Fields_not_read_are_reported_once_per_file_with_counts_on_its_last_document()
    {
        var results = Read("""
            {"id":"a","text":"نص","fecha":"2019-06-04","tags":["x"]}
            {"id":"b","text":"نص","fecha":"2019-06-05"}
            {"id":"c","text":"نص"}
            """);
        Assert.Equal(3, results.Count);
        Assert.Null(results[0].Warning);
        Assert.Null(results[1].Warning);
        Assert.Contains("\"fecha\" (2), \"tags\" (1)", results[2].Warning);
        Assert.Contains("--field", results[2].Warning);
    }

    [Fact]
    public void A_user_mapping_reads_a_field_under_its_own_name()
    {
        var results = Read("""{"id":"a","text":"نص","fecha":"2019-06-04"}""" + "\n", new JsonFieldMap(["fecha=published"]));
        Assert.Equal("2019-06-04", results.Single().Document!.Published?.ToString());
        Assert.Null(results.Single().Warning);
        Assert.Throws<ArgumentException>(() => new JsonFieldMap(["fecha=when"]));
    }
}
