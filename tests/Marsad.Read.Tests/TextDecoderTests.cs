using System.Text;
using Marsad.Read.Decoding;

namespace Marsad.Read.Tests;

public class TextDecoderTests
{
    private const string Arabic = "التقى الرئيس المصري نظيره التركي في نيودلهي، وبحث الجانبان الملف الليبي.\nوقال المتحدث إن اللقاء استمر 45 دقيقة.";

    public static TheoryData<string, byte[], string> Encoded => new()
    {
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Arabic), "UTF-8" },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)], "UTF-8 (BOM)" },
        { "UTF-16LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)], "UTF-16LE (BOM)" },
        { "UTF-16BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Arabic)], "UTF-16BE (BOM)" },
        { "UTF-16LE without BOM", Encoding.Unicode.GetBytes(Arabic), "UTF-16LE" },
        { "UTF-16BE without BOM", Encoding.BigEndianUnicode.GetBytes(Arabic), "UTF-16BE" },
        { "Windows-1256", TextDecoder.Windows1256.GetBytes(Arabic), "Windows-1256" },
    };

    [Theory, MemberData(nameof(Encoded))]
    public void Decodes_arabic_text_in_every_supported_encoding(string _, byte[] bytes, string encoding)
    {
        var r = TextDecoder.Decode(bytes);
        Assert.Null(r.Error);
        Assert.Equal(Arabic, r.Text);
        Assert.Equal(encoding, r.Encoding);
    }

    [Fact]
    public void Bomless_utf16_of_latin_text_is_recognised_by_its_zero_bytes()
    {
        var r = TextDecoder.Decode(Encoding.Unicode.GetBytes("MiG-29 and Su-24 aircraft at al-Jufra, May 2020."));
        Assert.Equal("UTF-16LE", r.Encoding);
        Assert.Equal("MiG-29 and Su-24 aircraft at al-Jufra, May 2020.", r.Text);
    }

    [Fact]
    public void Windows_1256_is_only_tried_when_the_bytes_are_not_utf8()
    {
        // Plain ASCII is valid UTF-8 and must not be read as anything else.
        var r = TextDecoder.Decode(Encoding.ASCII.GetBytes("Berlin conference, 19 January 2020"));
        Assert.Equal("UTF-8", r.Encoding);
    }

    public static TheoryData<string, byte[], string> Rejected => new()
    {
        { "empty", [], "empty file" },
        { "only a BOM", [0xEF, 0xBB, 0xBF], "empty" },
        { "NUL bytes", [.. Encoding.UTF8.GetBytes("مصر"), 0, 0, 1, 2, .. Encoding.UTF8.GetBytes("تركيا")], "NUL" },
        { "random bytes", RandomBytes(4096, seed: 7), "binary data" },
        { "random bytes without NUL", RandomBytes(4096, seed: 11).Select(b => b == 0 ? (byte)1 : b).ToArray(), "" },
        { "Latin-1 French is not Arabic", Encoding.Latin1.GetBytes("La conférence de Berlin a réuni les délégués à l'hôtel."), "not text" },
        { "control characters", Encoding.UTF8.GetBytes(new string('\u0001', 50) + "مصر"), "control characters" },
        { "only whitespace", Encoding.UTF8.GetBytes(" \n\t \r\n"), "only whitespace" },
        { "broken UTF-16 after a BOM", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "not valid" },
    };

    [Theory, MemberData(nameof(Rejected))]
    public void Rejects_what_is_not_text_with_a_reason(string _, byte[] bytes, string reason)
    {
        var r = TextDecoder.Decode(bytes);
        Assert.True(r.IsError, $"decoded as {r.Encoding}: {r.Text?[..Math.Min(40, r.Text.Length)]}");
        Assert.Contains(reason, r.Error);
    }

    [Fact]
    public void A_few_invalid_bytes_in_utf8_are_replaced_with_a_warning_not_a_lost_article()
    {
        byte[] good = Encoding.UTF8.GetBytes(Arabic);
        int at = Encoding.UTF8.GetByteCount("التقى ");
        byte[] corrupted = [.. good[..at], 0xFF, .. good[at..]];
        var r = TextDecoder.Decode(corrupted);
        Assert.False(r.IsError, r.Error);
        Assert.Equal("UTF-8", r.Encoding);
        Assert.Equal(Arabic.Insert("التقى ".Length, "\uFFFD"), r.Text);
        Assert.Contains("1 invalid UTF-8 byte sequence replaced", r.Warning);
        Assert.Null(TextDecoder.Decode(good).Warning);
    }

    [Fact]
    public void Windows_1256_arabic_is_not_mistaken_for_damaged_utf8()
    {
        // Short Arabic words in mostly ASCII text: few replacements, but no valid UTF-8 beside them.
        var text = "Tripoli, 2019 — " + "طرابلس" + " — ceasefire talks resumed after a week of shelling near the airport road.";
        var r = TextDecoder.Decode(TextDecoder.Windows1256.GetBytes(text));
        Assert.Equal(("Windows-1256", text), (r.Encoding, r.Text));
    }

    [Fact]
    public void Utf8_damaged_beyond_the_threshold_is_still_not_text()
    {
        byte[] good = Encoding.UTF8.GetBytes(Arabic);
        var damaged = good.Select((b, i) => i % 7 == 3 ? (byte)0xFF : b).ToArray();
        Assert.True(TextDecoder.Decode(damaged).IsError);
    }

    [Fact]
    public void A_stray_control_character_in_real_text_is_tolerated()
    {
        var r = TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic + "\u0007" + Arabic));
        Assert.False(r.IsError);
    }

    internal static byte[] RandomBytes(int n, int seed)
    {
        var bytes = new byte[n];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
