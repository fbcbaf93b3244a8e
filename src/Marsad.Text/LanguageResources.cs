using Marsad.Core;
using Marsad.Text.Data;
using Marsad.Text.Dates;
using Marsad.Text.Names;
using Marsad.Text.Normalization;
using Marsad.Text.Numbers;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Text;

/// <summary>
/// The Arabic word tables of data/text, loaded once into one object that the pipeline builder passes to every
/// stage that reads them: the affixes and the word analyser over them, function words, titles, name particles,
/// the Latin letters and spelling variation of names, number words, the time vocabulary and the corpus word statistics. Immutable and thread-safe.
/// <see cref="Load"/> reads a program's data folder; <see cref="Compiled"/> the copies compiled into this
/// assembly, for the code that is given no data folder (name keys shared by the store and the knowledge base,
/// the document readers, training tools).
/// </summary>
public sealed class LanguageResources
{
    private readonly Func<string, IEnumerable<LexiconLine>> _rows;
    private readonly Lazy<AffixTable> _affixes;
    private readonly Lazy<WordAnalyzer> _words;
    private readonly Lazy<FunctionWords> _functionWords;
    private readonly Lazy<TitleTable> _titles;
    private readonly Lazy<TitleLexicon> _nameTitles;
    private readonly Lazy<NameParticles> _nameParticles;
    private readonly Lazy<LatinLetters> _latinLetters;
    private readonly Lazy<NameSpelling> _nameSpelling;
    private readonly Lazy<NumberFinder> _numbers;
    private readonly Lazy<TimeLexicon> _time;
    private readonly Lazy<WordStatistics> _wordStatistics;
    private readonly Lazy<LamAlefRepair> _lamAlef;

    /// <param name="rows">The lines of one data/text table by file name.</param>
    /// <param name="statistics">The word statistics (a compressed table, read apart).</param>
    private LanguageResources(Func<string, IEnumerable<LexiconLine>> rows, Func<WordStatistics> statistics)
    {
        _rows = rows;
        _affixes = new(() => new AffixTable(rows(AffixTable.File).ToList()));
        _words = new(() => new WordAnalyzer(Affixes, LexiconFile.Rows(rows(WordAnalyzer.ProtectedFile), 2).Select(r => ArabicNormalizer.Normalize(r.Fields[0]))));
        _functionWords = new(() => new FunctionWords(LexiconFile.Rows(rows(FunctionWords.File), 2), Affixes));
        _titles = new(() => new TitleTable(LexiconFile.Rows(rows(TitleTable.File), 4)));
        _nameTitles = new(() => new TitleLexicon(Titles.For(TitleUse.Name).Select(t => t.Form)));
        _nameParticles = new(() => new NameParticles(LexiconFile.Rows(rows(NameParticles.File), 4)));
        _latinLetters = new(() => new LatinLetters(rows(LatinLetters.File)));
        _nameSpelling = new(() => new NameSpelling(rows(NameSpelling.File)));
        _numbers = new(() => new NumberFinder(new NumberWords(rows(NumberWords.File)), Affixes));
        _time = new(() => new TimeLexicon(rows, Numbers));
        _wordStatistics = new(statistics);
        _lamAlef = new(() => new LamAlefRepair(WordStatistics));
    }

    /// <summary>Every table of <c>data/text</c> in <paramref name="data"/>, read now: a missing or malformed file fails here, naming it.</summary>
    public static LanguageResources Load(DataFolder data)
    {
        var r = new LanguageResources(name => LexiconFile.Read(data, "text", name), () => WordStatistics.Load(data));
        _ = (r.Words, r.FunctionWords, r.NameTitles, r.NameParticles, r.LatinLetters, r.NameSpelling, r.Numbers, r.Time, r.LamAlef);
        return r;
    }

    /// <summary>The tables compiled into this assembly, each loaded on first use.</summary>
    public static LanguageResources Compiled { get; } = new(name => LexiconFile.Read("text", name), WordStatistics.LoadCompiled);

    public AffixTable Affixes => _affixes.Value;
    public WordAnalyzer Words => _words.Value;
    public FunctionWords FunctionWords => _functionWords.Value;
    /// <summary>The one title table (NER cues, titles before names, relation cues).</summary>
    public TitleTable Titles => _titles.Value;
    /// <summary>The titles stripped from the front of a person's name.</summary>
    public TitleLexicon NameTitles => _nameTitles.Value;
    public NameParticles NameParticles => _nameParticles.Value;
    /// <summary>The Latin spelling of each letter, for names the transliteration table does not list.</summary>
    public LatinLetters LatinLetters => _latinLetters.Value;
    /// <summary>How the spellings of one name vary (name similarity and loose keys).</summary>
    public NameSpelling NameSpelling => _nameSpelling.Value;
    /// <summary>The number words and the reader of numbers written in words or digits.</summary>
    public NumberFinder Numbers => _numbers.Value;
    public TimeLexicon Time => _time.Value;
    public WordStatistics WordStatistics => _wordStatistics.Value;
    public LamAlefRepair LamAlef => _lamAlef.Value;

    /// <summary>The words of <c>data/text/<paramref name="file"/></c> (first column), read from the same folder as
    /// the other tables: a stage's own word list without a literal in its code. With <paramref name="section"/>,
    /// the words of that <c>@section</c> only.</summary>
    public WordList WordList(string file, string? section = null) =>
        new(LexiconFile.Lines(_rows(file).Where(l => section is null || l.Section == section)));
}
