namespace Marsad.Core;

/// <summary>
/// Marsad's data folder (lexicons, knowledge base, models), chosen once by the program that builds the
/// pipeline and passed to what loads from it. <see cref="Locate"/> takes, in order: the folder given on
/// the command line, the MARSAD_DATA environment variable, a <c>data</c> folder beside the program, and
/// the data folder of the source checkout the program runs from (a development build, tests).
/// A folder is Marsad's when it holds the <see cref="Marker"/> file.
/// </summary>
public sealed class DataFolder
{
    public const string Marker = "MARSAD_DATA";
    public const string Variable = "MARSAD_DATA";

    public DataFolder(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full)) throw new DirectoryNotFoundException($"data folder '{path}' does not exist");
        if (!System.IO.File.Exists(System.IO.Path.Combine(full, Marker)))
            throw new DirectoryNotFoundException($"'{path}' is not a Marsad data folder (it has no {Marker} file)");
        Path = full;
    }

    public string Path { get; }

    /// <summary>A file or folder inside the data folder (<c>File("kb", "marsad-kb.tsv")</c>).</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public override string ToString() => Path;

    /// <param name="given">A folder given on the command line, or null.</param>
    public static DataFolder Locate(string? given = null)
    {
        if (!string.IsNullOrEmpty(given)) return new DataFolder(given);
        var env = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(env)) return new DataFolder(env);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "data");
                if (System.IO.File.Exists(System.IO.Path.Combine(candidate, Marker))) return new DataFolder(candidate);
            }
        throw new DataFolderNotFoundException($"Marsad data folder not found: give --data-dir DIR or set {Variable} (a 'data' folder with a {Marker} file)");
    }
}

/// <summary>No data folder was given and none was found beside the program or above the working folder.</summary>
public sealed class DataFolderNotFoundException(string message) : DirectoryNotFoundException(message);
