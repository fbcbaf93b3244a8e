using System.Collections.Frozen;
using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>The affixes of data/text/affixes.tsv, by kind (normalised forms).</summary>
public sealed class AffixTable
{
    /// <summary>Conjunctions (و ف) and the clitic each stands for.</summary>
    public FrozenDictionary<char, Clitic> Conjunctions { get; }
    /// <summary>Prepositions (ب ل ك) and the clitic each stands for.</summary>
    public FrozenDictionary<char, Clitic> Prepositions { get; }
    public char Future { get; }
    /// <summary>The article (ال).</summary>
    public string Article { get; }
    /// <summary>ل + ال written with the alef elided (لل), and the preposition it begins with.</summary>
    public string PrepositionArticle { get; }
    public char PrepositionOfArticle => PrepositionArticle[0];
    /// <summary>Prefixes of the imperfect verb (ي ت ن ا).</summary>
    public FrozenSet<char> Imperfect { get; }
    /// <summary>The imperfect prefixes that tell an imperfect alone (ي ت ن): ا also begins derived perfects (أعلن، اتفق).</summary>
    public FrozenSet<char> ImperfectAlone { get; }
    /// <summary>Enclitic pronouns, longest first.</summary>
    public string[] Enclitics { get; }
    /// <summary>The enclitic pronouns that refer back to an actor named before (ه، ها، هم: قواتها، طالبهم).</summary>
    public FrozenSet<string> ActorEnclitics { get; }
    public char AccusativeAlef { get; }
    /// <summary>The ta marbuta as written before a suffix (ت) and as normalised at the end of a word (ه).</summary>
    public (char Written, char Restored) TaMarbuta { get; }
    /// <summary>The persons of a verb (perfect_person, imperfect_person rows): قتل → قتلت قتلوا …، يقتل → يقتلون …</summary>
    public VerbForms Verbs { get; }

    /// <summary>Word endings that a verb never takes (ه، ات).</summary>
    public string[] NounEndings { get; }
    /// <summary>Endings of the sound masculine plural (ون، ين).</summary>
    public string[] SoundMasculinePlural { get; }
    /// <summary>Nisba inflections in ordinary spelling (ية، يون…), in table order, and the masculine singular ending they reduce to (ي).</summary>
    public (string Suffix, string Base)[] Nisba { get; }
    /// <summary>The same, normalised and longest first (for reducing a normalised word).</summary>
    public (string Suffix, string Base)[] NisbaNormalized { get; }

    public AffixTable(List<LexiconLine> rows)
    {
        var unknown = rows.FirstOrDefault(r => r.Fields[0] is not ("conjunction" or "preposition" or "future" or "article" or "preposition_article"
            or "imperfect" or "feminine_imperfect" or "perfect_person" or "imperfect_person" or "enclitic" or "accusative" or "ta_marbuta" or "noun_ending" or "sound_plural" or "nisba" or "adjective" or "light_stem" or "stem_key"));
        if (unknown.Fields is not null) throw unknown.Error($"unknown kind '{unknown.Fields[0]}'");
        IEnumerable<LexiconLine> Of(string kind) => rows.Where(r => r.Fields[0] == kind);
        char Letter(LexiconLine r) => r.Fields[1].Length == 1 ? r.Fields[1][0] : throw r.Error("expected one letter");
        string One(string kind) => Of(kind).Select(r => r.Fields[1]).SingleOrDefault()
            ?? throw new InvalidDataException($"data/text/{File}: expected one '{kind}' row");

        Conjunctions = Of("conjunction").Select(Letter).Zip([Clitic.Wa, Clitic.Fa]).ToFrozenDictionary(p => p.First, p => p.Second);
        Prepositions = Of("preposition").Select(Letter).Zip([Clitic.Bi, Clitic.Li, Clitic.Ka]).ToFrozenDictionary(p => p.First, p => p.Second);
        if (Conjunctions.Count != 2 || Prepositions.Count != 3)
            throw new InvalidDataException($"data/text/{File}: expected the conjunctions و ف and the prepositions ب ل ك, in that order");
        Future = One("future")[0];
        Article = One("article");
        PrepositionArticle = One("preposition_article");
        Imperfect = Of("imperfect").Select(Letter).ToFrozenSet();
        foreach (var r in Of("imperfect").Concat(Of("stem_key")).Concat(Of("enclitic")))
            if (Marker(r) is { } m && m != r.Fields[0] switch { "imperfect" => "perfect", "stem_key" => "person", _ => "actor" }) throw r.Error($"unknown marker '{m}'");
        ImperfectAlone = Of("imperfect").Where(r => Marker(r) is null).Select(Letter).ToFrozenSet();
        var imperfect = Of("feminine_imperfect").SingleOrDefault();
        var third = imperfect.Fields is { Length: > 2 } && imperfect.Fields[2].Length == 1 ? (Letter(imperfect), imperfect.Fields[2][0])
            : throw new InvalidDataException($"data/text/{File}: expected one 'feminine_imperfect' row with the masculine prefix it replaces");
        Verbs = new VerbForms(Of("perfect_person"), Of("imperfect_person"), Of("imperfect").Select(Letter), third);
        Enclitics = Of("enclitic").Select(r => r.Fields[1]).OrderByDescending(e => e.Length).ToArray();
        ActorEnclitics = Of("enclitic").Where(r => Marker(r) == "actor").Select(r => r.Fields[1]).ToFrozenSet(StringComparer.Ordinal);
        AccusativeAlef = One("accusative")[0];
        var ta = Of("ta_marbuta").Single();
        TaMarbuta = (Letter(ta), ta.Fields.Length > 2 && ta.Fields[2].Length == 1 ? ta.Fields[2][0] : throw ta.Error("expected the restored letter"));
        NounEndings = Of("noun_ending").Select(r => r.Fields[1]).ToArray();
        SoundMasculinePlural = Of("sound_plural").Select(r => r.Fields[1]).ToArray();
        Nisba = Of("nisba").Select(r => (r.Fields[1], r.Fields.Length > 2 && r.Fields[2] != "-" ? r.Fields[2] : throw r.Error("expected the base ending")))
            .ToArray();
        NisbaNormalized = Nisba.Select(p => (ArabicNormalizer.Normalize(p.Suffix), ArabicNormalizer.Normalize(p.Base)))
            .OrderByDescending(p => p.Item1.Length).ToArray();
        FeminineNisba = NisbaNormalized.Select(p => p.Item1).FirstOrDefault(s => s == NisbaNormalized[0].Item2 + TaMarbuta.Restored)
            ?? throw new InvalidDataException($"data/text/{File}: expected the feminine nisba (the base ending and ta marbuta)");
        NisbaPlural = NisbaNormalized.Select(p => p.Suffix)
            .Where(s => SoundMasculinePlural.Any(e => s == NisbaNormalized[0].Base + e)).ToArray();
        AdjectiveEndings = Of("adjective").Select(r => ArabicNormalizer.Normalize(r.Fields[1])).ToArray();
        LightStemEndings = Of("light_stem").Select(r => r.Fields[1]).OrderByDescending(e => e.Length).ToArray();
        StemKeyEndings = Of("stem_key").Select(r => r.Fields[1]).OrderByDescending(e => e.Length).ToArray();
        PersonEndings = Of("stem_key").Where(r => Marker(r) == "person").Select(r => r.Fields[1]).OrderByDescending(e => e.Length).ToArray();
    }

    /// <summary>The third column of a row whose kind takes a marker there, or null for "-".</summary>
    private static string? Marker(LexiconLine r) => r.Fields.Length > 2 && r.Fields[2] != "-" ? r.Fields[2] : null;

    /// <summary>The feminine singular nisba ending, normalised (ية → يه: المصرية).</summary>
    public string FeminineNisba { get; }
    /// <summary>The masculine plural nisba endings, normalised (يون، يين: المصريون، الإسرائيليين).</summary>
    public string[] NisbaPlural { get; }
    /// <summary>The endings of an adjective of relation in an actor phrase (ي، ية، يون، يين، يتين), normalised.</summary>
    public string[] AdjectiveEndings { get; }
    /// <summary>The endings the search index strips (light stemming), longest first.</summary>
    public string[] LightStemEndings { get; }
    /// <summary>The endings the event model's stem key strips, longest first.</summary>
    public string[] StemKeyEndings { get; }
    /// <summary>The perfect's person endings the event model reads on a trigger (وا، ت، ا), longest first.</summary>
    public string[] PersonEndings { get; }

    public const string File = "affixes.tsv";

    /// <summary>A normalised stem in the sound masculine plural (مسلحون، متظاهرين), with a stem of at least <see cref="WordAnalyzer.MinStem"/> letters before the ending.</summary>
    public bool IsSoundMasculinePlural(string stem)
    {
        foreach (var e in SoundMasculinePlural)
            if (stem.Length >= WordAnalyzer.MinStem + e.Length && stem.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// A normalised stem of a root and more that ends as an adjective of relation (أمنية، عسكري، استخباراتيين);
    /// not the nisba endings nouns share (عمليات، بيان).
    /// </summary>
    public bool IsRelationAdjective(string stem)
    {
        if (stem.Length <= WordAnalyzer.MinStem) return false;
        foreach (var e in AdjectiveEndings) if (stem.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A normalised stem ending in ta marbuta (written ه after normalisation): a feminine singular noun or adjective.</summary>
    public bool IsFeminineSingular(string stem) => stem.Length > 0 && stem[^1] == TaMarbuta.Restored;

    /// <summary>The clitic a letter stands for as a conjunction or preposition, or None.</summary>
    public Clitic ConjunctionOf(char c) => Conjunctions.TryGetValue(c, out var k) ? k : Clitic.None;
    /// <summary>Whether a token's proclitics open with و or ف: the word starts a new clause or conjunct.</summary>
    public bool OpensWithConjunction(string proclitics) => proclitics.Length > 0 && ConjunctionOf(proclitics[0]) != Clitic.None;
    public Clitic PrepositionOf(char c) => Prepositions.TryGetValue(c, out var k) ? k : Clitic.None;
    /// <summary>The letter of a one-letter conjunction or preposition (<see cref="Clitic.Bi"/> → ب).</summary>
    public char LetterOf(Clitic clitic) => Conjunctions.Concat(Prepositions).First(p => p.Value == clitic).Key;

    /// <summary>
    /// The endings a masculine singular nisba adds to become its other forms (ة، ون، ين، ات، ان، تان، تين),
    /// in table order: the suffixes less the base ending they replace, in ordinary spelling.
    /// </summary>
    public IEnumerable<string> NisbaEndings() => Nisba.Select(p => p.Suffix.StartsWith(p.Base, StringComparison.Ordinal) ? p.Suffix[p.Base.Length..]
        : throw new InvalidDataException($"data/text/{File}: nisba '{p.Suffix}' does not begin with its base ending '{p.Base}'"));
}
