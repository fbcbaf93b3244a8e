namespace Marsad.Core;

/// <summary>
/// The data folder found by <see cref="DataFolder.Locate"/> without a command-line choice (tests run from the
/// checkout), and the shared corpora folder beside a data folder (<c>../shared</c>, used only for training,
/// evaluating and compiling the knowledge base; MARSAD_SHARED overrides it).
/// Neither the pipeline nor the command line reads <see cref="Data"/>: they are given their <see cref="DataFolder"/>.
/// </summary>
public static class DataPaths
{
    private static readonly Lazy<string> s_data = new(() => DataFolder.Locate().Path);

    /// <summary>The repository's data folder.</summary>
    public static string Data => s_data.Value;

    public static string DataFile(params string[] parts) => Path.Combine([Data, .. parts]);

    /// <summary>The shared folder beside the repository (training corpora, source KB data).</summary>
    public static string Shared => SharedBeside(new DataFolder(Data));

    /// <summary>MARSAD_SHARED, else the shared folder beside the repository that holds <paramref name="data"/>.</summary>
    public static string SharedBeside(DataFolder data)
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        return Path.GetFullPath(Path.Combine(data.Path, "..", "..", "shared"));
    }
}
