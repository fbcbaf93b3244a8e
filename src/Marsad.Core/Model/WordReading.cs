namespace Marsad.Core.Model;

/// <summary>The proclitics a reading removes from the front of a word, in the order Arabic writes them.</summary>
[Flags]
public enum Clitic : ushort
{
    None = 0,
    /// <summary>Conjunction و "and".</summary>
    Wa = 1,
    /// <summary>Conjunction ف "so, then".</summary>
    Fa = 2,
    /// <summary>Preposition ب "with, by".</summary>
    Bi = 4,
    /// <summary>Preposition ل "for, to" (or the subjunctive ل before an imperfect verb).</summary>
    Li = 8,
    /// <summary>Preposition ك "like".</summary>
    Ka = 16,
    /// <summary>Future particle س (only on an imperfect verb).</summary>
    Future = 32,
    /// <summary>The article ال (written لل after ل).</summary>
    Article = 64,

    Conjunction = Wa | Fa,
    Preposition = Bi | Li | Ka,
}

/// <summary>What else a reading undid besides clitics.</summary>
[Flags]
public enum ReadingTraits : byte
{
    None = 0,
    /// <summary>A final alef of accusative tanween removed (اتفاقاً → اتفاق).</summary>
    Accusative = 1,
    /// <summary>A ta marbuta written ت before a suffix restored (زيارته → زياره).</summary>
    TaMarbuta = 2,
    /// <summary>The stem may be an imperfect verb after this reading's proclitics (وسيزور، ليدعم).</summary>
    CanBeVerb = 4,
    /// <summary>An inflected adjective of relation reduced to its masculine singular (المصرية، مصريون → مصري).</summary>
    Nisba = 8,
}

/// <summary>
/// One analysis of a word: proclitics + <see cref="Stem"/> + enclitic pronoun, all normalised. A token carries
/// every reading (<see cref="Token.Readings"/>); the first is the word as written.
/// </summary>
/// <param name="Stem">The normalised stem (without proclitics, article, enclitic; see <see cref="Traits"/>).</param>
/// <param name="Proclitics">The proclitics removed.</param>
/// <param name="Enclitic">The enclitic pronoun removed (هم، ها، ه…), or "".</param>
/// <param name="Traits">Other changes the reading made.</param>
/// <param name="StemOffset">Index in the token's normalised form where the stem begins.</param>
public readonly record struct WordReading(string Stem, Clitic Proclitics, string Enclitic, ReadingTraits Traits, int StemOffset)
{
    public bool Article => (Proclitics & Clitic.Article) != 0;
    public bool Future => (Proclitics & Clitic.Future) != 0;
    public bool HasConjunction => (Proclitics & Clitic.Conjunction) != 0;
    public bool HasPreposition => (Proclitics & Clitic.Preposition) != 0;
    public bool HasProclitic => Proclitics != Clitic.None;
    public bool HasEnclitic => Enclitic.Length > 0;
    /// <summary>Only clitics removed: no enclitic, no other change (the readings name lookups use).</summary>
    public bool IsBare => Enclitic.Length == 0 && (Traits & ~ReadingTraits.CanBeVerb) == 0;
    /// <summary>A verb takes و ف س and the subjunctive ل before an imperfect, never the article or ب ك.</summary>
    public bool CanBeVerb => (Traits & ReadingTraits.CanBeVerb) != 0;
    /// <summary>A noun never takes the future particle.</summary>
    public bool CanBeNoun => !Future;
}

/// <summary>Computes the readings of a token (implemented by the text core's word analyser).</summary>
public interface IWordAnalyzer
{
    IReadOnlyList<WordReading> Analyze(Token token);

    /// <summary>The article + stem when the reading removed the article, else the stem.</summary>
    string WithArticle(WordReading reading);
}
