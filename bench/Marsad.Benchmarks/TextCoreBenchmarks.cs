using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Marsad.Core.Model;
using Marsad.Text;
using Marsad.Text.Dates;
using Marsad.Text.Normalization;
using Marsad.Text.Numbers;
using Marsad.Text.Words;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Benchmarks;

/// <summary>
/// The text core on one ~5,000-word Arabic article (see <see cref="ArabicCorpus"/>): each component
/// alone and the whole TextStage. Run: dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*TextCore*'
/// (add --job short --inProcess for a quick run on a busy machine, where building the separate benchmark
/// process can time out). The MB/s column is UTF-8 megabytes of the article per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TextCoreBenchmarks
{
    public static readonly string Article = ArabicCorpus.Build();
    private List<Token> _tokens = null!;
    private readonly PartialDate _published = new(2018, 4, 25);

    [GlobalSetup]
    public void Setup()
    {
        _tokens = Tokenizer.Tokenize(Article);
        // Warm the start-up tables so they are not measured.
        _ = LanguageResources.Compiled.Numbers.Find(Article, _tokens);
        _ = TimeExpressionFinder.Find(Article, _tokens, _published, LanguageResources.Compiled.Time);
        _ = NormalizedText.Create("ﻻ");
    }

    [Benchmark(Description = "normalise: NormalizedText (view + offset map)")]
    public int NormalizeView() => NormalizedText.Create(Article).Length;

    [Benchmark(Description = "normalise: ArabicNormalizer.Normalize (string)")]
    public int NormalizeString() => ArabicNormalizer.Normalize(Article).Length;

    [Benchmark(Description = "tokenise (with norms and clitics)")]
    public int Tokenize() => Tokenizer.Tokenize(Article).Count;

    [Benchmark(Description = "segment clitics (every word)")]
    public int Segment()
    {
        int n = 0;
        foreach (var t in _tokens)
            if (t.Kind == TokenKind.Word) n += LanguageResources.Compiled.Words.Segment(Article, t.Span).StemStart;
        return n;
    }

    [Benchmark(Description = "sentences")]
    public int Sentences() => SentenceSplitter.Split(Article, _tokens).Count;

    [Benchmark(Description = "numbers")]
    public int Numbers() => LanguageResources.Compiled.Numbers.Find(Article, _tokens).Count;

    [Benchmark(Description = "dates")]
    public int Dates() => TimeExpressionFinder.Find(Article, _tokens, _published, LanguageResources.Compiled.Time).Count;

    [Benchmark(Description = "TextStage (tokens + sentences)")]
    public int Stage()
    {
        var doc = new Document("bench", Article) { Published = _published };
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        return doc.Tokens.Count;
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new ThroughputColumn());
    }

    /// <summary>UTF-8 megabytes of the article per second, from the mean time.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        private static readonly double Megabytes = Encoding.UTF8.GetByteCount(Article) / 1e6;
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"UTF-8 MB of the {Megabytes:F2} MB article per second";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } s ? (Megabytes / (s.Mean / 1e9)).ToString("F1") : "-";
    }
}
