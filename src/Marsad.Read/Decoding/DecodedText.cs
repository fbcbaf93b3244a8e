namespace Marsad.Read.Decoding;

/// <summary>The result of decoding bytes: the text and the encoding used, or why it is not text.</summary>
public readonly record struct DecodedText(string? Text, string? Encoding, string? Error)
{
    public static DecodedText Ok(string text, string encoding) => new(text, encoding, null);
    public static DecodedText Fail(string reason) => new(null, null, reason);
    public bool IsError => Error is not null;
}
