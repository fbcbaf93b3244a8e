using BenchmarkDotNet.Attributes;
using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Index;
using Marsad.Knowledge.Matching;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// Knowledge base: loading the committed index (once per process, target &lt; 200 ms) and gazetteer
/// matching over a news-like document. Run: dotnet run -c Release --project bench/Marsad.Benchmarks -- --filter '*KnowledgeBase*'
/// </summary>
[MemoryDiagnoser]
public class KnowledgeBaseBenchmarks
{
    private string _index = "";
    private Document _doc = null!;
    private GazetteerMatcher _matcher = null!;

    // General news prose (written for the benchmark), repeated to ~20 kB: names, clitics, nisba, places.
    private const string Paragraph =
        "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض أي تدخل أجنبي في ليبيا، وأكد أن الجيش المصري " +
        "يراقب الحدود الغربية. وفي موسكو أعلن الكرملين أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان " +
        "الوضع في طرابلس وبنغازي وسرت، بينما دعت الأمم المتحدة والاتحاد الأوروبي إلى وقف إطلاق النار. وذكرت وكالة " +
        "فرانس برس أن قوات حفتر تلقت دعما من الإمارات وروسيا، وأن حكومة الوفاق الوطني طلبت مساعدة عسكرية من أنقرة. ";

    [GlobalSetup]
    public void Setup()
    {
        _index = DataPaths.DataFile("kb", KbIndexFile.FileName);
        _matcher = new GazetteerMatcher(KnowledgeBase.Load(_index));
        _doc = new Document("bench", string.Concat(Enumerable.Repeat(Paragraph, 40)));
        new TextStage(LanguageResources.Compiled.Words).Process(_doc);
    }

    [Benchmark]
    public KnowledgeBase LoadIndex() => KnowledgeBase.Load(_index);

    [Benchmark]
    public int MatchDocument() => _matcher.Match(_doc).Count;
}
