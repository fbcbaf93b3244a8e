namespace Marsad.Core.IO;

/// <summary>
/// A file written whole or not at all: the bytes go to a hidden temporary file beside the target,
/// which <see cref="Commit"/> flushes to disk and moves into place; disposed without a commit (an
/// error, an interruption) the temporary file is deleted and the target is left as it was. A target
/// that is a device or a pipe (/dev/null, /dev/stdout, a FIFO) is written directly: it cannot be replaced.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly FileStream _stream;
    private readonly string? _temporary;
    private bool _done;

    private AtomicFile(string target, FileStream stream, string? temporary)
    {
        Target = target;
        _stream = stream;
        _temporary = temporary;
    }

    public string Target { get; }

    public Stream Stream => _stream;

    /// <summary>Opens the temporary file for <paramref name="target"/> (the folder must exist).</summary>
    public static AtomicFile Create(string target)
    {
        var full = Path.GetFullPath(target);
        switch (FileKind.Of(full))
        {
            case FileType.Directory: throw new IOException($"{target} is a folder");
            case FileType.Device or FileType.Pipe or FileType.Socket or FileType.Other:
                return new AtomicFile(target, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), null);
        }
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        return new AtomicFile(target, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), temporary);
    }

    /// <summary>Flushes everything to disk and puts the file in place of the target.</summary>
    public void Commit()
    {
        if (_done) throw new InvalidOperationException("already committed or abandoned");
        _stream.Flush(flushToDisk: _temporary is not null);
        _stream.Dispose();
        if (_temporary is not null) File.Move(_temporary, Path.GetFullPath(Target), overwrite: true);
        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        _done = true;
        try { _stream.Dispose(); }
        catch (IOException) { /* the write already failed; the target is untouched */ }
        if (_temporary is not null) File.Delete(_temporary);
    }
}
