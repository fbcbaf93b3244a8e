namespace Marsad.Read.Inputs;

public enum InputKind { Text, Html, JsonLines, Unknown, Stdin }

/// <summary>
/// One input to read: a file with the document id it gives (JSON Lines files carry their own
/// ids), standard input, or a path that could not be used and why.
/// </summary>
public sealed record Input(string Origin, InputKind Kind, string Id, string? Error = null)
{
    public static InputKind KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputKind.Text,
        ".html" or ".htm" or ".xhtml" => InputKind.Html,
        ".jsonl" or ".ndjson" => InputKind.JsonLines,
        _ => InputKind.Unknown,
    };
}
