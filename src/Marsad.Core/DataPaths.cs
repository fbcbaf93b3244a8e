namespace Marsad.Core;

/// <summary>
/// Locates the repository's <c>data/</c> folder (lexicons, knowledge base, the NER model) and the
/// shared corpora folder (<c>../shared</c>, used only for training and compiling the knowledge base).
/// MARSAD_DATA and MARSAD_SHARED override the search.
/// </summary>
public static class DataPaths
{
    private static readonly Lazy<string> s_data = new(FindData);

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

    private static string FindData()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_DATA");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (File.Exists(Path.Combine(candidate, "MARSAD_DATA"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("Marsad data folder not found (a 'data' folder with a MARSAD_DATA marker); set MARSAD_DATA.");
    }
}
