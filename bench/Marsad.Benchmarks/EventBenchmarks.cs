using Marsad.Extraction;
using BenchmarkDotNet.Attributes;
using Marsad.Core.Model;
using Marsad.Events;
using Marsad.Linking;
using Marsad.Mentions;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// The event stage on one ~5,000-word article (see <see cref="ArabicCorpus"/>) whose tokens, mentions
/// and entities the real upstream stages produced once. Run:
/// dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*EventBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private Document _doc = null!;
    private static readonly PipelineResources s_resources = PipelineResources.Load(Core.DataFolder.Locate());
    private readonly EventStage _stage = MarsadPipeline.Events(s_resources);

    [GlobalSetup]
    public void Setup()
    {
        _doc = new Document("bench", ArabicCorpus.Build());
        new TextStage(s_resources.Words).Process(_doc);
        MarsadPipeline.Mentions(s_resources).Process(_doc);
        MarsadPipeline.Linking(s_resources).Process(_doc);
        Extract(); // load the lexicons
    }

    [Benchmark]
    public int Extract()
    {
        _stage.Process(_doc);
        return _doc.Events.Count + _doc.Relations.Count;
    }
}
