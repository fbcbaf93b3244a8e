using Marsad.Extraction;
using BenchmarkDotNet.Attributes;
using Marsad.Core.Model;
using Marsad.Linking;
using Marsad.Text.Names;
using Marsad.Mentions;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// Linking on one ~5,000-word article (see <see cref="ArabicCorpus"/>) whose mentions the real
/// mention stage found once: the whole LinkingStage per document, and the name primitives the
/// corpus store calls per entity. Run: dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*Linking*'
/// </summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private Document _doc = null!;
    private (TextSpan Span, EntityType Type, string Source, bool Nisba, string? KbId)[] _mentions = [];
    private static readonly PipelineResources s_resources = PipelineResources.Load(Core.DataFolder.Locate());
    private readonly LinkingStage _stage = MarsadPipeline.Linking(s_resources);

    [GlobalSetup]
    public void Setup()
    {
        _doc = new Document("bench", ArabicCorpus.Build());
        new TextStage(s_resources.Words).Process(_doc);
        MarsadPipeline.Mentions(s_resources).Process(_doc);
        _mentions = _doc.Mentions.Select(m => (m.Span, m.Type, m.Source, m.Nisba, m.KbId)).ToArray();
        Link(); // warm the knowledge base, its variant index and the lexicons
    }

    [Benchmark]
    public int Link()
    {
        _doc.Mentions.Clear();
        foreach (var (span, type, source, nisba, kb) in _mentions)
            _doc.Mentions.Add(new Mention(span, type, source) { Nisba = nisba, KbId = kb });
        _stage.Process(_doc);
        return _doc.Entities.Count;
    }

    [Benchmark]
    public string Key() => EntityResolver.Key(EntityType.PER, "الرئيس عبدالفتاح السيسي");

    [Benchmark]
    public bool SameEntity() =>
        EntityResolver.SameEntity(new EntityRef(null, EntityType.PER, "سيرغي شويغو"), new EntityRef(null, EntityType.PER, "سيرجي شويجو"));

    [Benchmark]
    public double WordSimilarity() => NameSimilarity.WordScore("جوتيريش", "غوتيريس");
}
