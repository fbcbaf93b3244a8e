using BenchmarkDotNet.Attributes;
using Marsad.Core;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Benchmarks.Mentions;

/// <summary>
/// NER tagger speed on one thread: tagging the whole ANERcorp CAMeL test split (25,008 tokens;
/// features, document memory, scores, Viterbi) and loading the committed model.
/// tokens/s = 25,008 / mean time of <see cref="TagTestSplit"/>.
/// Run: dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*NerTagger*'
/// </summary>
[MemoryDiagnoser]
public class NerTaggerBenchmarks
{
    private NerTagger _tagger = null!;
    private TokenView[][] _sentences = [];
    private int[] _labels = [];

    [GlobalSetup]
    public void Setup()
    {
        _tagger = new NerTagger(TaggerModel.Load(DataPaths.DataFile("models", NerTagger.DefaultModelFile)));
        var test = Path.Combine(DataPaths.Shared, "data", "ner", "anercorp-camellab", "ANERCorp_CamelLab_test.txt");
        _sentences = ConllCorpus.Read(test, CorpusFormat.AnerCorp).Select(ConllCorpus.Views).ToArray();
        _labels = new int[_sentences.Max(s => s.Length)];
    }

    [Benchmark(Description = "tag ANERcorp test (25,008 tokens)")]
    public int TagTestSplit()
    {
        var memory = new DocumentMemory();
        int entities = 0;
        foreach (var s in _sentences)
        {
            var labels = _labels.AsSpan(0, s.Length);
            _tagger.Tag(s, labels, memory);
            foreach (int l in labels) if (BioLabels.IsBegin(l)) entities++;
        }
        return entities;
    }

    [Benchmark(Description = "load model")]
    public int LoadModel() => TaggerModel.Load(DataPaths.DataFile("models", NerTagger.DefaultModelFile)).FeatureCount;
}
