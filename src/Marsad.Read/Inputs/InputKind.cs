namespace Marsad.Read.Inputs;

/// <summary>Pipe: a named pipe (FIFO, or /dev/fd/N from a shell's process substitution), read as a stream like standard input.</summary>
public enum InputKind { Text, Html, JsonLines, Feed, Docx, Pdf, Unknown, Stdin, Pipe }

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
        ".rss" or ".atom" or ".xml" => InputKind.Feed,
        ".docx" => InputKind.Docx,
        ".pdf" => InputKind.Pdf,
        _ => InputKind.Unknown,
    };
}
