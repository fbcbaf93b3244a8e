using System.Text.RegularExpressions;

namespace Marsad.Text.Tests;

/// <summary>
/// Arabic word knowledge lives in data/text and is read through Marsad.Text.Words: no Arabic string or
/// character literal in src/ outside the files of arabic-literals-allowed.tsv, and none of those may gain
/// one. That file lists user-facing messages and, with their counts, the literals not yet moved to data
/// (a ratchet: lower a count when you move some; never raise it).
/// </summary>
public partial class ArabicLiteralTests
{
    [GeneratedRegex("\"(?:[^\"\\\\\\n]|\\\\.)*[\\u0621-\\u064A\\u0671-\\u06D3](?:[^\"\\\\\\n]|\\\\.)*\"|'[\\u0621-\\u064A\\u0671-\\u06D3]'")]
    private static partial Regex ArabicLiteral();

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("repository root (Marsad.sln) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Arabic literals of one C# file, comments left out.</summary>
    internal static int Count(string source)
    {
        int n = 0;
        bool inBlockComment = false;
        foreach (var raw in source.Split('\n'))
        {
            var line = raw.Trim();
            if (inBlockComment) { if (line.Contains("*/")) inBlockComment = false; continue; }
            if (line.StartsWith("/*", StringComparison.Ordinal)) { inBlockComment = !line.Contains("*/"); continue; }
            if (line.StartsWith("//", StringComparison.Ordinal)) continue;
            n += ArabicLiteral().Matches(WithoutTrailingComment(line)).Count;
        }
        return n;
    }

    /// <summary>The line up to a // that is outside a string literal.</summary>
    private static string WithoutTrailingComment(string line)
    {
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; }
            else if (c == '"') inString = true;
            else if (c == '\'' && i + 2 < line.Length && line[i + 2] == '\'') i += 2;
            else if (c == '/' && i + 1 < line.Length && line[i + 1] == '/') return line[..i];
        }
        return line;
    }

    [Fact]
    public void The_scanner_counts_string_and_char_literals_but_not_comments() =>
        Assert.Equal(3, Count("var a = \"وزير\"; // \"تعليق\"\n/// <summary>\"وصف\"</summary>\nif (c == 'و' || s == \"x\" + \"ال\") {}\n/* \"كتلة\" */"));

    [Fact]
    public void No_new_Arabic_literals_in_src()
    {
        var root = RepoRoot();
        var allowed = new List<(string Path, int Max, string Why)>();
        foreach (var line in File.ReadLines(Path.Combine(root, "tests", "Marsad.Text.Tests", "arabic-literals-allowed.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            allowed.Add((c[0], c[1] == "*" ? int.MaxValue : int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), c[2]));
        }
        var problems = new List<string>();
        var src = Path.Combine(root, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel.Contains("/obj/", StringComparison.Ordinal) || rel.Contains("/bin/", StringComparison.Ordinal)) continue;
            int count = Count(File.ReadAllText(file));
            if (count == 0) continue;
            int max = allowed.Where(a => rel == a.Path || (a.Path.EndsWith('/') && rel.StartsWith(a.Path, StringComparison.Ordinal)))
                .Select(a => a.Max).DefaultIfEmpty(0).Max();
            if (count > max)
                problems.Add($"{rel}: {count} Arabic literals (allowed {max}); put the words in data/text and read them through Marsad.Text.Words");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
