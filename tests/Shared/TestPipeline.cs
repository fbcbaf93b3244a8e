using Marsad.Core;
using Marsad.Core.Pipeline;
using Marsad.Extraction;

namespace Marsad.Tests.Shared;

/// <summary>
/// The one pipeline of a test assembly: the committed resources of the checkout's data folder, loaded on
/// first use and shared by every test (the pipeline is immutable and thread-safe). Linked into each test
/// project that runs real stages (tests/Shared).
/// </summary>
internal static class TestPipeline
{
    private static readonly Lazy<PipelineResources> s_resources = new(() => PipelineResources.Load(DataFolder.Locate()));
    private static readonly Lazy<DocumentPipeline> s_pipeline = new(() => MarsadPipeline.Build(Resources));

    public static PipelineResources Resources => s_resources.Value;

    public static DocumentPipeline Pipeline => s_pipeline.Value;
}
