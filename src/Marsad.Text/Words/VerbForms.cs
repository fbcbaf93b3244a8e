using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>
/// The persons of a verb that lexicons match, inflected from its third person masculine as written (قتل، يقتل) by the
/// perfect_person and imperfect_person rows of data/text/affixes.tsv: a pattern around the stem for a sound stem, or
/// for a defective stem ending in a weak letter, which the pattern replaces (دعا → دعت، يلتقي → يلتقون). Normalised
/// forms. Immutable and thread-safe.
/// </summary>
public sealed class VerbForms
{
    /// <summary>One person: a prefix and an ending around the stem, for a sound stem (no weak letters) or for a stem
    /// ending in one of <see cref="Weak"/>, which it drops.</summary>
    private readonly record struct Person(string Prefix, string Ending, char[] Weak);

    private const char Stem = '-';
    private readonly Person[] _perfect, _imperfect;
    private readonly char[] _perfectWeak, _imperfectWeak;
    private readonly char[] _prefixes;
    private readonly (char Feminine, char Masculine) _third;

    /// <param name="prefixes">The imperfect prefixes, each before every stem as it is.</param>
    /// <param name="third">The prefixes of the third person feminine and masculine (ت، ي).</param>
    internal VerbForms(IEnumerable<LexiconLine> perfect, IEnumerable<LexiconLine> imperfect, IEnumerable<char> prefixes, (char Feminine, char Masculine) third)
    {
        _perfect = perfect.Select(Parse).ToArray();
        _imperfect = imperfect.Select(Parse).ToArray();
        if (_perfect.Length == 0 || _imperfect.Length == 0) throw new InvalidDataException($"data/text/{AffixTable.File}: expected perfect_person and imperfect_person rows");
        _perfectWeak = _perfect.SelectMany(p => p.Weak).Distinct().ToArray();
        _imperfectWeak = _imperfect.SelectMany(p => p.Weak).Distinct().ToArray();
        _prefixes = prefixes.ToArray();
        _third = third;
    }

    private static Person Parse(LexiconLine r)
    {
        var pattern = r.Fields[1];
        int stem = pattern.IndexOf(Stem);
        if (stem < 0 || pattern.IndexOf(Stem, stem + 1) >= 0) throw r.Error($"expected one '{Stem}' for the stem in '{pattern}'");
        if (r.Fields.Length < 3) throw r.Error("expected the weak letters the pattern replaces, or -");
        var weak = r.Fields[2] == "-" ? [] : LexiconFile.Words(r.Fields[2]).Select(w => w.Length == 1 ? w[0] : throw r.Error($"'{w}' is not one letter")).ToArray();
        return new Person(pattern[..stem], pattern[(stem + 1)..], weak);
    }

    /// <summary>The perfect as written (قتل، دعا، بدأ) and its persons (قتلت قتلوا …، دعت دعوا …، بدأت).</summary>
    public IEnumerable<string> Perfect(string written)
    {
        var p = ArabicNormalizer.Normalize(written);
        yield return p;
        char weak = WeakEnd(written, p, _perfectWeak);
        foreach (var person in _perfect)
            if (Fits(person, weak)) yield return Apply(person, p, weak);
    }

    /// <summary>
    /// The imperfect as written in the third person masculine (يقتل، يدعو) and its persons: every prefix before the
    /// stem, and the imperfect_person rows (يقتلون، يدعون، لم يدع). A verb that does not begin with the masculine
    /// prefix is only itself.
    /// </summary>
    public IEnumerable<string> Imperfect(string written)
    {
        var i = ArabicNormalizer.Normalize(written);
        if (i.Length < 3 || i[0] != _third.Masculine) { yield return i; yield break; }
        var stem = i[1..];
        foreach (var prefix in _prefixes) yield return prefix + stem;
        char weak = WeakEnd(written, i, _imperfectWeak);
        foreach (var person in _imperfect)
            if (Fits(person, weak)) yield return Apply(person, stem, weak);
    }

    /// <summary>The third person feminine of a perfect as written (قال → قالت، دعا → دعت، رمى → رمت، بدأ → بدأت), normalised.</summary>
    public string FemininePerfect(string written)
    {
        var p = ArabicNormalizer.Normalize(written);
        char weak = WeakEnd(written, p, _perfectWeak);
        return Apply(_perfect.First(person => person.Prefix.Length == 0 && person.Ending.Length == 1 && person.Ending[0] == _third.Feminine && Fits(person, weak)), p, weak);
    }

    /// <summary>The third person feminine of an imperfect in the masculine (يقول → تقول), normalised; else null.</summary>
    public string? FeminineImperfect(string written)
    {
        var i = ArabicNormalizer.Normalize(written);
        return i.Length > 0 && i[0] == _third.Masculine ? _third.Feminine + i[1..] : null;
    }

    private static bool Fits(Person person, char weak) => weak == '\0' ? person.Weak.Length == 0 : person.Weak.Contains(weak);

    private static string Apply(Person person, string stem, char weak) => person.Prefix + (weak == '\0' ? stem : stem[..^1]) + person.Ending;

    /// <summary>
    /// The weak letter the verb ends in, or '\0' for a sound stem: a verb of two letters is doubled (رد), and a seat of
    /// hamza normalises to a weak letter (بدأ → بدا، يبطئ → يبطي) but is a root letter, so the written letter decides
    /// (with ى read as ي).
    /// </summary>
    private static char WeakEnd(string written, string norm, char[] weakLetters)
    {
        if (norm.Length <= 2) return '\0';
        var plain = ArabicNormalizer.Normalize(written, NormalizationSteps.Diacritics | NormalizationSteps.Tatweel | NormalizationSteps.AlefMaqsura);
        return plain.Length > 0 && plain[^1] == norm[^1] && weakLetters.Contains(norm[^1]) ? norm[^1] : '\0';
    }
}
