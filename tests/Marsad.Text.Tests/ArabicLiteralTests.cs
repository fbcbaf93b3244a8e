using System.Text.RegularExpressions;

namespace Marsad.Text.Tests;

/// <summary>
/// Arabic word knowledge lives in data/text and is read through Marsad.Text.Words: no Arabic string or
/// character literal in src/ outside the files of arabic-literals-allowed.tsv, and none of those may gain
/// one. That file lists user-facing messages and, with their counts, the literals not yet moved to data
/// (a ratchet: lower a count when you move some, which the test asks for; never raise it).
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
        var allowed = new List<(string Path, int Max)>();
        foreach (var line in File.ReadLines(Path.Combine(root, "tests", "Marsad.Text.Tests", "arabic-literals-allowed.tsv")))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            Assert.True(c.Length == 3 && c[2].Length > 0, $"arabic-literals-allowed.tsv: '{line}' is not path <TAB> count <TAB> why");
            allowed.Add((c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel.Contains("/obj/", StringComparison.Ordinal) || rel.Contains("/bin/", StringComparison.Ordinal)) continue;
            int count = Count(File.ReadAllText(file));
            if (count > 0) counts[rel] = count;
        }
        var problems = Problems(counts, allowed).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// What breaks the ratchet: a file over its allowance (a file of its own row, else the folder row above it, which
    /// caps the sum of its unlisted files), a file with literals and no row, and an allowance above the count it allows
    /// (lower it, so that literals moved to data cannot come back).
    /// </summary>
    internal static IEnumerable<string> Problems(IReadOnlyDictionary<string, int> counts, IReadOnlyList<(string Path, int Max)> allowed)
    {
        var files = allowed.Where(a => !a.Path.EndsWith('/')).ToDictionary(a => a.Path, a => a.Max, StringComparer.Ordinal);
        var folders = allowed.Where(a => a.Path.EndsWith('/')).ToList();
        var inFolder = folders.ToDictionary(f => f.Path, _ => 0, StringComparer.Ordinal);
        foreach (var (rel, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (files.TryGetValue(rel, out int max))
            {
                if (count > max) yield return $"{rel}: {count} Arabic literals (allowed {max}); put the words in data/text and read them through Marsad.Text";
                continue;
            }
            var folder = folders.Where(f => rel.StartsWith(f.Path, StringComparison.Ordinal)).OrderByDescending(f => f.Path.Length).Select(f => f.Path).FirstOrDefault();
            if (folder is null) yield return $"{rel}: {count} Arabic literals (allowed none); put the words in data/text and read them through Marsad.Text";
            else inFolder[folder] += count;
        }
        foreach (var (folder, max) in folders)
            if (inFolder[folder] > max)
                yield return $"{folder}: {inFolder[folder]} Arabic literals in its files without a row of their own (allowed {max}); put the words in data/text and read them through Marsad.Text";
        foreach (var (path, max) in allowed)
        {
            int count = path.EndsWith('/') ? inFolder[path] : counts.GetValueOrDefault(path);
            if (count < max)
                yield return count == 0 ? $"arabic-literals-allowed.tsv: {path} has no Arabic literal left: drop its row"
                    : $"arabic-literals-allowed.tsv: {path} has {count} Arabic literals: lower its count from {max} to {count}";
        }
    }

    [Fact]
    public void The_ratchet_refuses_a_new_literal_and_an_allowance_left_above_its_count()
    {
        (string, int)[] allowed = [("src/A/", 3), ("src/B.cs", 2)];
        Assert.Empty(Problems(new Dictionary<string, int> { ["src/A/x.cs"] = 1, ["src/A/y/z.cs"] = 2, ["src/B.cs"] = 2 }, allowed));
        Assert.Single(Problems(new Dictionary<string, int> { ["src/A/x.cs"] = 4, ["src/B.cs"] = 2 }, allowed), p => p.Contains("allowed 3"));
        Assert.Single(Problems(new Dictionary<string, int> { ["src/A/x.cs"] = 3, ["src/B.cs"] = 2, ["src/C.cs"] = 1 }, allowed), p => p.Contains("allowed none"));
        Assert.Single(Problems(new Dictionary<string, int> { ["src/A/x.cs"] = 3, ["src/B.cs"] = 1 }, allowed), p => p.Contains("from 2 to 1"));
        Assert.Single(Problems(new Dictionary<string, int> { ["src/A/x.cs"] = 3 }, allowed), p => p.Contains("drop its row"));
    }
}
