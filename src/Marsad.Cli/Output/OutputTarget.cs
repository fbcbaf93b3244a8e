using Marsad.Core.IO;
using Marsad.Store;

namespace Marsad.Cli.Output;

/// <summary>
/// Checks, before anything is read or written, that an output file is none of the command's inputs,
/// no file inside a folder it reads (the next run would read it back), and not the database or its
/// journal. Files are compared by identity (device and inode), so links and other spellings of a path are caught.
/// </summary>
public static class OutputTarget
{
    /// <summary>Why <paramref name="output"/> must not be written, or null when it may.</summary>
    public static string? Conflict(string output, IEnumerable<string> inputs, string? db = null)
    {
        var full = Path.GetFullPath(output);
        var target = FileKind.Identify(full);
        if (target.Type is not (FileType.Regular or FileType.Missing)) return null; // a device or a pipe: nothing to destroy
        foreach (var input in inputs)
        {
            if (input == "-") continue;
            var id = FileKind.Identify(Path.GetFullPath(input));
            if (target.Exists && id == target)
                return $"--out {output} is one of the inputs ({input}); write the output to another file";
            if (id.Type == FileType.Directory && Inside(full, input))
                return $"--out {output} is inside the folder {input}, which is read as input; write the output elsewhere";
        }
        if (db is not null && !CorpusStore.IsPostgres(db))
            foreach (var file in new[] { db, db + "-wal", db + "-shm", db + "-journal" })
                if (target.Exists ? FileKind.Identify(Path.GetFullPath(file)) == target : SamePath(full, file))
                    return $"--out {output} is the database {db} (or its journal); write the output to another file";
        return null;
    }

    /// <summary>Whether <paramref name="path"/> lies under <paramref name="folder"/>, its parent folders' links resolved.</summary>
    private static bool Inside(string path, string folder)
    {
        var parent = Path.GetDirectoryName(path);
        var id = FileKind.Identify(folder);
        for (; parent is not null; parent = Path.GetDirectoryName(parent))
            if (FileKind.Identify(parent) == id) return true;
        return false;
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
