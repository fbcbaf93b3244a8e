using Marsad.Core.Pipeline;
using Marsad.Events;
using Marsad.Linking;
using Marsad.Mentions;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Assembles the extraction pipeline once per process (read → text → mentions → linking → events).
/// The result is immutable and thread-safe; models and lexicons load on first use.
/// </summary>
public static class MarsadPipeline
{
    private static readonly Lazy<DocumentPipeline> s_default = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static DocumentPipeline Default => s_default.Value;

    public static DocumentPipeline Create() => new([
        new TextStage(),
        new Text.Dates.DatelineStage(),
        new MentionStage(),
        new LinkingStage(),
        new EventStage(),
    ]);
}
