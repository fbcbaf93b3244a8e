using System.Text;

namespace Marsad.Read.Decoding;

/// <summary>
/// Decodes the bytes of a text file whose encoding is not declared. In order: a byte-order mark
/// (UTF-8, UTF-16 LE/BE); UTF-16 without a mark, recognised by its high bytes (0x00 for ASCII,
/// 0x06 for the Arabic block) sitting at one parity only; strict UTF-8; UTF-8 with a few invalid
/// bytes, replaced by U+FFFD with a warning (as JSON Lines does: one bad byte must not lose an
/// article); Windows-1256, still common for Arabic web text, accepted only when the result is
/// mostly Arabic. Anything else, and anything with NUL bytes or many control characters, is
/// reported as not text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding s_utf8Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding s_utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1256 = Encoding.GetEncoding(1256);
    }

    /// <summary>Windows-1256 (Arabic); every byte maps to a character.</summary>
    public static Encoding Windows1256 { get; }

    /// <summary>An encoding by web name ("windows-1256", "utf-8", "iso-8859-6"), or null if unknown.</summary>
    public static Encoding? FromName(string name)
    {
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return DecodedText.Fail("empty file");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(bytes[3..], s_utf8, "UTF-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(bytes[2..], s_utf16Le, "UTF-16LE (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(bytes[2..], s_utf16Be, "UTF-16BE (BOM)");

        if (BomlessUtf16(bytes) is { } utf16)
        {
            var r = Strict(bytes, utf16, ReferenceEquals(utf16, s_utf16Be) ? "UTF-16BE" : "UTF-16LE");
            if (!r.IsError) return r;
        }
        if (bytes.Contains((byte)0)) return DecodedText.Fail("binary data (contains NUL bytes)");

        if (TryStrict(bytes, s_utf8, out var text)) return Checked(text, "UTF-8");
        var repaired = NearlyUtf8(bytes, out int valid, out int replaced);
        if (repaired is { } utf8 && valid >= 4 * replaced) return utf8;

        text = Windows1256.GetString(bytes);
        if (MostlyArabic(text)) return Checked(text, "Windows-1256");
        return repaired ?? DecodedText.Fail("not text: invalid UTF-8 and not Arabic in Windows-1256");
    }

    /// <summary>Decodes with a known encoding (a BOM or an HTML charset declaration), then checks it is text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        if (bytes.IsEmpty) return DecodedText.Fail("empty file");
        return Checked(encoding.GetString(bytes).TrimStart('\uFEFF'), name);
    }

    /// <summary>
    /// UTF-8 in which a few bytes are invalid (a truncated copy, one corrupted byte): decoded with
    /// U+FFFD in their place and kept with a warning, as long as the replacements stay under the
    /// not-text threshold. Text in another encoding (Windows-1256) is invalid UTF-8 at nearly every
    /// non-ASCII byte, so its valid multi-byte characters are few beside the replacements: the caller
    /// compares <paramref name="valid"/> with <paramref name="replaced"/> before preferring this reading.
    /// </summary>
    private static DecodedText? NearlyUtf8(ReadOnlySpan<byte> bytes, out int valid, out int replaced)
    {
        var text = s_utf8Lenient.GetString(bytes);
        valid = replaced = 0;
        foreach (char c in text)
        {
            if (c == '\uFFFD') replaced++;
            else if (c >= 0x80) valid++;
        }
        if (NotTextReason(text) is not null) return null;
        return DecodedText.Ok(text, "UTF-8", $"{replaced:N0} invalid UTF-8 byte sequence{(replaced == 1 ? "" : "s")} replaced by U+FFFD");
    }

    /// <summary>Why decoded text is not usable text (NULs, many control or replacement characters), or null.</summary>
    public static string? NotTextReason(string text)
    {
        int controls = 0, replacements = 0;
        foreach (char c in text)
        {
            if (c == '\0') return "binary data (contains NUL characters)";
            if (c == '\uFFFD') replacements++;
            else if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) controls++;
        }
        // A stray control character or two occurs in real text; binary data has them everywhere.
        int tolerated = Math.Max(2, text.Length / 200);
        if (controls > tolerated) return $"binary data ({controls:N0} control characters)";
        if (replacements > tolerated) return $"not text ({replacements:N0} undecodable characters)";
        if (string.IsNullOrWhiteSpace(text)) return "no text (only whitespace)";
        return null;
    }

    private static DecodedText Checked(string text, string encoding) =>
        NotTextReason(text) is { } reason ? DecodedText.Fail(reason) : DecodedText.Ok(text, encoding);

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        if (bytes.IsEmpty) return DecodedText.Fail("empty file (only a byte-order mark)");
        return TryStrict(bytes, encoding, out var text)
            ? Checked(text, name)
            : DecodedText.Fail($"not valid {encoding.WebName.ToUpperInvariant()} despite its byte-order mark");
    }

    private static bool TryStrict(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try { text = encoding.GetString(bytes); return true; }
        catch (DecoderFallbackException) { text = ""; return false; }
    }

    /// <summary>
    /// UTF-16 without a BOM: in a sample, the high byte of most code units is 0x00 (ASCII: spaces,
    /// digits, punctuation) or 0x06 (Arabic letters), and it sits at one parity only.
    /// </summary>
    private static UnicodeEncoding? BomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4 || (bytes.Length & 1) != 0) return null;
        int evenHigh = 0, oddHigh = 0, evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2)
        {
            byte a = bytes[i], b = bytes[i + 1];
            if (a is 0 or 6) evenHigh++;
            if (b is 0 or 6) oddHigh++;
            if (a == 0) evenZero++;
            if (b == 0) oddZero++;
        }
        int units = n / 2;
        if (oddHigh * 10 >= units * 6 && evenZero * 20 <= units && oddHigh > 2 * evenHigh) return s_utf16Le;
        if (evenHigh * 10 >= units * 6 && oddZero * 20 <= units && evenHigh > 2 * oddHigh) return s_utf16Be;
        return null;
    }

    /// <summary>
    /// Arabic decoded as Windows-1256: at least one Arabic letter, and nearly every non-ASCII
    /// character is Arabic (letters, marks, punctuation, digits). Latin-1 text or random high
    /// bytes give a mixture of accented Latin letters and symbols instead.
    /// </summary>
    private static bool MostlyArabic(string text)
    {
        int nonAscii = 0, arabic = 0, arabicLetters = 0;
        foreach (char c in text)
        {
            if (c < 0x80) continue;
            nonAscii++;
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                if (char.IsLetter(c)) arabicLetters++;
            }
            else if (c is '\u00A0' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00AB' or '\u00BB')
                arabic++; // punctuation and joiners that Arabic text in Windows-1256 uses
        }
        return arabicLetters > 0 && arabic * 10 >= nonAscii * 9;
    }
}
