using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Store;
using Marsad.Text;

namespace Marsad.Cli;

/// <summary>
/// The command line's composition root: the data folder is chosen once per run (<c>--data-dir</c>, else
/// MARSAD_DATA, else beside the program, else the source checkout: <see cref="DataFolder.Locate"/>), and the
/// resources, the pipeline and the store's tables are built from it once, when a command first needs them, then passed on.
/// </summary>
internal static class Composition
{
    private static string? s_dataDir;
    private static readonly Lazy<DataFolder> s_data = new(() => DataFolder.Locate(s_dataDir));
    private static readonly Lazy<LanguageResources> s_language = new(() => LanguageResources.Load(Data));
    private static readonly Lazy<PipelineResources> s_resources = new(() => PipelineResources.Load(Data, Language));
    private static readonly Lazy<DocumentPipeline> s_pipeline = new(() => MarsadPipeline.Build(Resources));
    private static readonly Lazy<StoreTables> s_storeTables = new(() => StoreTables.Load(Data));

    /// <summary>The option every command takes (it is recursive): where the lexicons, knowledge base and models are.</summary>
    public static Option<string?> DataDirOption { get; } = new("--data-dir")
    {
        Description = "Marsad's data folder (lexicons, knowledge base, models). Default: $MARSAD_DATA, else 'data' beside the program, else the source checkout's.",
        Recursive = true,
        Validators =
        {
            r =>
            {
                try { _ = new DataFolder(r.GetValueOrDefault<string?>() ?? ""); }
                catch (Exception e) when (e is DirectoryNotFoundException or ArgumentException) { r.AddError(e.Message); }
            },
        },
    };

    /// <summary>Takes the data folder of this run from its parsed command line; called once, before the command runs.</summary>
    public static void Configure(ParseResult parse) => s_dataDir = parse.GetValue(DataDirOption);

    /// <summary>The data folder given with --data-dir, or null for the default.</summary>
    public static string? DataDir => s_dataDir;

    /// <summary>This run's data folder; none found is a <see cref="DataFolderNotFoundException"/> (a usage error).</summary>
    public static DataFolder Data => s_data.Value;

    /// <summary>The shared corpora folder of the commands that train, evaluate and compile (<see cref="DataPaths.SharedBeside"/>).</summary>
    public static string Shared => DataPaths.SharedBeside(Data);

    /// <summary>The Arabic word tables of this run's data folder (data/text), shared with the pipeline.</summary>
    public static LanguageResources Language => s_language.Value;

    public static PipelineResources Resources => s_resources.Value;

    public static DocumentPipeline Pipeline => s_pipeline.Value;

    /// <summary>The tables of the store's analyses and exports (camps, claims, ACLED and GDELT).</summary>
    public static StoreTables StoreTables => s_storeTables.Value;

    /// <summary>The pipeline, or null after saying on <paramref name="stderr"/> which data file could not be loaded.</summary>
    public static DocumentPipeline? LoadPipeline(TextWriter stderr)
    {
        try { return Pipeline; }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"marsad: cannot load the pipeline's data: {ex.Message}");
            return null;
        }
    }
}
