namespace Marsad.Core;

/// <summary>
/// The data folder found by <see cref="DataFolder.Locate"/> without a command-line choice, for the commands
/// that train and compile (their inputs and outputs live there), and the shared corpora folder
/// (<c>../shared</c>, used only for training and compiling the knowledge base; MARSAD_SHARED overrides it).
/// The extraction pipeline never reads it: it is given its <see cref="DataFolder"/>.
/// </summary>
public static class DataPaths
{
    private static readonly Lazy<string> s_data = new(() => DataFolder.Locate().Path);

    /// <summary>The repository's data folder.</summary>
    public static string Data => s_data.Value;

    public static string DataFile(params string[] parts) => Path.Combine([Data, .. parts]);

    /// <summary>The shared folder beside the repository (training corpora, source KB data).</summary>
    public static string Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("MARSAD_SHARED");
            if (!string.IsNullOrEmpty(env)) return env;
            return Path.GetFullPath(Path.Combine(Data, "..", "..", "shared"));
        }
    }
}
