namespace Marsad.Read;

/// <summary>
/// Input limits. A news article is a few thousand characters; anything near these limits is
/// almost certainly not one article (a dump, a log, a binary), so it is reported, not processed.
/// </summary>
public static class ReadLimits
{
    /// <summary>Largest accepted document text, in characters (C# chars).</summary>
    public const int MaxDocumentChars = 2_000_000;

    /// <summary>Largest text file read: four bytes per character covers every encoding we read.</summary>
    public const long MaxTextFileBytes = 4L * MaxDocumentChars;

    /// <summary>Largest HTML page read: markup is usually several times the article text.</summary>
    public const long MaxHtmlFileBytes = 32L * 1024 * 1024;

    /// <summary>Largest feed, Word document or PDF read: pictures and fonts make them much larger than their text.</summary>
    public const long MaxPackedFileBytes = 64L * 1024 * 1024;

    /// <summary>Longest JSON Lines line, in characters (a maximal document with escapes fits).</summary>
    public const int MaxJsonLineChars = 8 * MaxDocumentChars;

    public static string TooLong(long chars) =>
        $"document too long: {chars:N0} characters (the limit is {MaxDocumentChars:N0})";
}
