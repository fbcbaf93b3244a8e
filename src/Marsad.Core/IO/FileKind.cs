using System.Runtime.InteropServices;

namespace Marsad.Core.IO;

public enum FileType { Missing, Regular, Directory, Device, Pipe, Socket, Other }

/// <summary>What a path is, and which file it is (device and inode, so that two spellings or links of one file compare equal).</summary>
public readonly record struct FileIdentity(FileType Type, ulong Device, ulong Inode)
{
    public bool Exists => Type != FileType.Missing;
}

/// <summary>
/// The kind of a file system entry, which .NET does not tell (a character device and a regular file
/// both report FileAttributes.Normal): read with Linux statx, whose structure is the same on every
/// architecture. Following symbolic links, as opening the path would.
/// </summary>
public static class FileKind
{
    public static FileType Of(string path) => Identify(path).Type;

    public static FileIdentity Identify(string path)
    {
        if (!OperatingSystem.IsLinux()) return Fallback(path);
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxBasicStats, buffer) != 0) return new FileIdentity(FileType.Missing, 0, 0);
        int mode = BitConverter.ToUInt16(buffer, 28);
        var type = (mode & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x2000 or 0x6000 => FileType.Device,
            0x1000 => FileType.Pipe,
            0xC000 => FileType.Socket,
            _ => FileType.Other,
        };
        ulong device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        return new FileIdentity(type, device, BitConverter.ToUInt64(buffer, 32));
    }

    private static FileIdentity Fallback(string path) =>
        Directory.Exists(path) ? new FileIdentity(FileType.Directory, 0, 0)
        : File.Exists(path) ? new FileIdentity(FileType.Regular, 0, 0)
        : new FileIdentity(FileType.Missing, 0, 0);

    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7ff;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
