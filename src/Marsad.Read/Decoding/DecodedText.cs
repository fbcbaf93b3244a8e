namespace Marsad.Read.Decoding;

/// <summary>
/// The result of decoding bytes: the text and the encoding used (with a warning when bytes had to
/// be replaced), or why it is not text.
/// </summary>
public readonly record struct DecodedText(string? Text, string? Encoding, string? Error, string? Warning = null)
{
    public static DecodedText Ok(string text, string encoding, string? warning = null) => new(text, encoding, null, warning);
    public static DecodedText Fail(string reason) => new(null, null, reason);
    public bool IsError => Error is not null;
}
