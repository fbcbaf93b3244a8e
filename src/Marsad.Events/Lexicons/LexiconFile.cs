using Marsad.Core;

namespace Marsad.Events.Lexicons;

/// <summary>One data line of a lexicon file: its tab-separated fields, section and line number.</summary>
public readonly record struct LexiconLine(string File, int Number, string? Section, string[] Fields)
{
    public LexiconException Error(string message) => new($"{File}:{Number}: {message}");
}

public sealed class LexiconException(string message) : Exception(message);

/// <summary>
/// Reads the lexicons in <c>data/events/</c>: UTF-8, one entry per line, tab-separated fields, '#' comments,
/// optional "@section" lines. Validation is left to each lexicon, which reports file and line.
/// </summary>
public static class LexiconFile
{
    public static string PathOf(string name) => DataPaths.DataFile("events", name);

    public static IEnumerable<LexiconLine> Read(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) throw new LexiconException($"lexicon file missing: {path}");
        string? section = null;
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            if (line.StartsWith('@')) { section = line[1..].Trim(); continue; }
            yield return new LexiconLine(name, n, section, line.Split('\t'));
        }
    }

    /// <summary>Space-separated words of a field (empty entries dropped).</summary>
    public static string[] Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
