using System.Text;
using Marsad.Read.Formats;

namespace Marsad.Read.Tests;

/// <summary>Random and hostile input must give a document or a reason, never an exception.</summary>
public class HostileInputTests
{
    private static readonly string[] s_fragments =
    [
        "<", ">", "</p>", "<p>", "<article>", "<script>", "<!--", "-->", "<meta charset=", "windows-1256", "\"", "'", "{", "}", "[", "]",
        ":", ",", "\"id\"", "\"text\"", "\"published\"", "null", "1e999", "\\u", "\\ud800", "\n", "\r", "\0", "\uFEFF", "\uFFFD",
        "مصر", "تركيا", "2018-04-25", "&amp;", "&#x0;", "&#99999999;",
    ];

    private static string RandomText(Random rng, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => rng.Next(4) == 0 ? ((char)rng.Next(0, 0xFFFF)).ToString() : s_fragments[rng.Next(s_fragments.Length)]));

    [Fact]
    public void Random_strings_never_throw_in_any_reader()
    {
        var rng = new Random(2024);
        for (int i = 0; i < 200; i++)
        {
            var text = RandomText(rng, rng.Next(0, 60));
            var bytes = Encoding.UTF8.GetBytes(text);
            AssertResult(JsonLinesReader.ParseLine(text, "x:1", "x-1"));
            AssertResult(HtmlReader.Read(bytes, "x.html", "x"));
            AssertResult(PlainTextReader.Read(bytes, "x.txt", "x"));
            foreach (var r in DocumentReader.ReadStream(new MemoryStream(bytes), "-", "stdin")) AssertResult(r);
        }
    }

    [Fact]
    public void Random_bytes_never_throw_in_any_reader()
    {
        var rng = new Random(99);
        for (int i = 0; i < 100; i++)
        {
            var bytes = new byte[rng.Next(0, 300)];
            rng.NextBytes(bytes);
            AssertResult(HtmlReader.Read(bytes, "x.html", "x"));
            AssertResult(PlainTextReader.Read(bytes, "x.txt", "x"));
            foreach (var r in JsonLinesReader.Read(new MemoryStream(bytes), "x.jsonl", "x")) AssertResult(r);
        }
    }

    private static void AssertResult(ReadResult r)
    {
        Assert.True(r.IsError ^ r.Document is not null);
        if (r.Document is { } d) Assert.False(string.IsNullOrWhiteSpace(d.Text));
    }
}
