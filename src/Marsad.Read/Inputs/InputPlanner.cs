using System.Collections.Frozen;
using Marsad.Core.IO;

namespace Marsad.Read.Inputs;

/// <summary>
/// Expands the command-line paths into the list of inputs: folders recursively (hidden files and
/// folders skipped, symbolic links to folders not followed, names in ordinal order so output is
/// reproducible), "-" as standard input. Assigns each file its document id: the file name without
/// extension, or, when two inputs share a name, the path relative to the folder given.
/// Folders yield only their regular files (a link to /dev/zero or a FIFO inside one is named and
/// skipped); a device named on the command line is refused, a named pipe is read as a stream.
/// A folder's documentation files (README, LICENSE, NOTICE … by the names software folders use) are
/// not articles and are passed over in a walk, as hidden files are; named on the command line they are read.
/// </summary>
public static class InputPlanner
{
    public const string Stdin = "-";

    public static List<Input> Plan(IEnumerable<string> paths)
    {
        var files = new List<(string Origin, string Relative, string? Error)>();
        foreach (var path in paths)
        {
            if (path == Stdin) files.Add((Stdin, Stdin, null));
            else if (Directory.Exists(path)) Walk(path, path, files);
            else if (File.Exists(path)) files.Add((path, path, FileKind.Of(path) switch
            {
                FileType.Regular or FileType.Pipe => null,
                var other => $"{Describe(other)}, not a file: refused",
            }));
            else files.Add((path, path, "no such file or folder"));
        }

        var stems = files.Where(f => f.Error is null && f.Origin != Stdin)
            .GroupBy(f => Path.GetFileNameWithoutExtension(f.Origin), StringComparer.Ordinal)
            .Where(g => g.Select(f => Path.GetFullPath(f.Origin)).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var inputs = new List<Input>(files.Count);
        foreach (var (origin, relative, error) in files)
        {
            if (error is not null) { inputs.Add(new Input(origin, InputKind.Unknown, "", error)); continue; }
            if (origin == Stdin) { inputs.Add(new Input(origin, InputKind.Stdin, Unique("stdin", used))); continue; }
            var stem = Path.GetFileNameWithoutExtension(origin);
            var id = stems.Contains(stem) ? WithoutExtension(relative) : stem;
            var kind = FileKind.Of(origin) == FileType.Pipe ? InputKind.Pipe : Input.KindOf(origin);
            inputs.Add(new Input(origin, kind, Unique(id, used)));
        }
        return inputs;
    }

    private static void Walk(string root, string dir, List<(string, string, string?)> files)
    {
        FileSystemInfo[] entries;
        try { entries = new DirectoryInfo(dir).GetFileSystemInfos(); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            files.Add((dir, dir, "cannot list folder: " + ex.Message));
            return;
        }
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.Name.StartsWith('.')) continue;
            if (entry is FileInfo && IsFolderDocumentation(entry.Name)) continue;
            var path = Path.Combine(dir, entry.Name);
            if (entry is DirectoryInfo d)
            {
                if (!d.Attributes.HasFlag(FileAttributes.ReparsePoint)) Walk(root, path, files);
            }
            else
            {
                var type = FileKind.Of(path);
                files.Add((path, Path.GetRelativePath(root, path),
                    type == FileType.Regular ? null : $"not a regular file ({Describe(type)}): only regular files are read from folders"));
            }
        }
    }

    private static readonly FrozenSet<string> DocumentationNames = new[]
    {
        "README", "LICENSE", "LICENCE", "NOTICE", "COPYING", "CHANGELOG", "AUTHORS", "CONTRIBUTING",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>README.md, LICENSE, NOTICE.txt, readme.ar.md: the name before its first dot.</summary>
    private static bool IsFolderDocumentation(string name) => DocumentationNames.Contains(name.Split('.')[0]);

    private static string Describe(FileType type) => type switch
    {
        FileType.Device => "a device",
        FileType.Pipe => "a named pipe",
        FileType.Socket => "a socket",
        FileType.Missing => "a broken link",
        _ => "a special file",
    };

    private static string WithoutExtension(string path)
    {
        var ext = Path.GetExtension(path);
        var p = ext.Length > 0 ? path[..^ext.Length] : path;
        return p.Replace('\\', '/').TrimStart('.', '/');
    }

    private static string Unique(string id, Dictionary<string, int> used)
    {
        if (!used.TryGetValue(id, out int n)) { used[id] = 1; return id; }
        used[id] = n + 1;
        return Unique($"{id}~{n + 1}", used);
    }
}
