using Marsad.Core;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// Tags sentences with BIO labels using a <see cref="TaggerModel"/>. Thread-safe: the model is
/// read-only and scratch buffers are per thread. <see cref="Load(DataFolder)"/> loads the committed model.
/// </summary>
public sealed class NerTagger(TaggerModel model)
{
    public const string DefaultModelFile = "ner.bin.gz";

    /// <summary>data/models/ner.bin.gz in <paramref name="data"/>.</summary>
    public static string ModelPath(DataFolder data) => data.File("models", DefaultModelFile);

    public static NerTagger Load(DataFolder data) => new(TaggerModel.Load(ModelPath(data)));

    [ThreadStatic] private static Scratch? t_scratch;

    public TaggerModel Model { get; } = model;
    private readonly FeatureExtractor _features = new(model.Lexicon);

    /// <summary>
    /// Labels (<see cref="BioLabels"/>) for one sentence, written into <paramref name="labels"/>.
    /// With a <paramref name="memory"/> of the document so far, the sentence is also recorded in it.
    /// </summary>
    public void Tag(ReadOnlySpan<TokenView> sentence, Span<int> labels, DocumentMemory? memory = null)
    {
        if (labels.Length != sentence.Length) throw new ArgumentException("one label per token", nameof(labels));
        if (sentence.Length == 0) return;
        var s = t_scratch ??= new Scratch();
        _features.Extract(sentence, s.Features, memory);
        int need = sentence.Length * TaggerModel.L;
        if (s.Emissions.Length < need) s.Emissions = new float[Math.Max(need, s.Emissions.Length * 2)];
        var features = s.Features;
        if (Model.Guide is { } guide)
        {
            // The guide reads the same features; its labels (written into labels) become more features.
            guide.Decode(features, s.Emissions, labels);
            FeatureExtractor.AddGuide(features, labels, s.Guided);
            features = s.Guided;
        }
        Model.Decode(features, s.Emissions, labels);
        memory?.Add(sentence, labels);
    }

    public int[] Tag(ReadOnlySpan<TokenView> sentence, DocumentMemory? memory = null)
    {
        var labels = new int[sentence.Length];
        Tag(sentence, labels, memory);
        return labels;
    }

    /// <summary>Tags the sentences of one document in order, each seeing what was found before it.</summary>
    public int[][] TagDocument(IReadOnlyList<TokenView[]> sentences)
    {
        var memory = new DocumentMemory();
        var result = new int[sentences.Count][];
        for (int i = 0; i < sentences.Count; i++) result[i] = Tag(sentences[i], memory);
        return result;
    }

    private sealed class Scratch
    {
        public readonly FeatureBuffer Features = new();
        public readonly FeatureBuffer Guided = new();
        public float[] Emissions = new float[64 * TaggerModel.L];
    }
}
