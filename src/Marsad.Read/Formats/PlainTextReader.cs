using Marsad.Core.Model;
using Marsad.Read.Decoding;

namespace Marsad.Read.Formats;

/// <summary>
/// Reads a plain-text article: the encoding is detected (<see cref="TextDecoder"/>) and the text
/// kept exactly as decoded, so offsets refer to it. A short first line followed by more text is
/// taken as the title, the usual layout of saved news articles.
/// </summary>
public static class PlainTextReader
{
    private const int MaxTitleChars = 150;

    public static ReadResult Read(ReadOnlySpan<byte> bytes, string origin, string id)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.IsError) return ReadResult.Fail(origin, decoded.Error!);
        var text = decoded.Text!;
        if (text.Length > ReadLimits.MaxDocumentChars) return ReadResult.Fail(origin, ReadLimits.TooLong(text.Length));
        return ReadResult.Ok(new Document(id, text) { Origin = origin, Title = TitleLine(text) }, decoded.Warning);
    }

    /// <summary>The first non-blank line when it is short, has no sentence-final stop and more text follows.</summary>
    public static string? TitleLine(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int end = text.IndexOf('\n', start);
        if (end < 0) return null;
        var line = text[start..end].Trim();
        if (line.Length is 0 or > MaxTitleChars || line[^1] is '.' or '!' or '؟' or '?' or ':' or '،' or ',') return null;
        return text.AsSpan(end).IsWhiteSpace() ? null : line;
    }
}
