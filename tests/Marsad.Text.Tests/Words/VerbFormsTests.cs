using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Text.Tests.Words;

/// <summary>The persons of a verb, inflected by the affix table's perfect_person and imperfect_person rows.</summary>
public class VerbFormsTests
{
    private static readonly VerbForms V = LanguageResources.Compiled.Affixes.Verbs;

    [Theory]
    // a sound verb
    [InlineData("قتل", "قتل قتلت قتلوا قتلا قتلتا قتلن")]
    // a defective verb: the weak final letter gives way to the ending (the dual of دعا is written as its plural)
    [InlineData("دعا", "دعا دعت دعوا دعتا")]
    [InlineData("التقى", "التقي التقت التقوا التقتا التقيا")]
    // a final hamza normalises to alef but is a sound root letter: بدأت، not بدت
    [InlineData("بدأ", "بدا بدات بداوا بداا بداتا بدان")]
    public void Inflects_the_perfect(string verb, string forms) =>
        Assert.Equal(forms.Split(' '), V.Perfect(verb));

    [Theory]
    [InlineData("يقتل", "يقتل تقتل نقتل اقتل يقتلون تقتلون يقتلان تقتلان يقتلن")]
    // the jussive drops the weak letter (لم يدع), the plural too (يدعون); the dual keeps it (يدعوان)
    [InlineData("يدعو", "يدعو تدعو ندعو ادعو يدع تدع ندع يدعون تدعون يدعوان تدعوان")]
    [InlineData("يلتقي", "يلتقي تلتقي نلتقي التقي يلتق تلتق نلتق يلتقون تلتقون يلتقيان تلتقيان")]
    // only a verb in the masculine prefix is inflected
    [InlineData("تتكثف", "تتكثف")]
    public void Inflects_the_imperfect(string verb, string forms) =>
        Assert.Equal(forms.Split(' '), V.Imperfect(verb));

    [Fact]
    public void Writes_the_feminine_of_a_verb()
    {
        Assert.Equal(["قالت", "دعت", "رمت", "رمت", "اكدت", "بدات", "ردت"], new[] { "قال", "دعا", "رمى", "رمي", "أكد", "بدأ", "ردّ" }.Select(V.FemininePerfect));
        Assert.Equal(("تقول", null), (V.FeminineImperfect("يقول"), V.FeminineImperfect("نقول")));
    }

    [Fact]
    public void The_affix_table_names_the_prefixes_that_tell_an_imperfect_and_the_person_endings()
    {
        var a = LanguageResources.Compiled.Affixes;
        Assert.Equal(["ت", "ن", "ي"], a.ImperfectAlone.Select(c => c.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(["وا", "ت", "ا"], a.PersonEndings);
        // the endings the committed event model was trained with, longest first
        Assert.Equal(["ون", "ين", "وا", "ات", "تا", "ان", "ت", "ا", "ه"], a.StemKeyEndings);
    }

    [Fact]
    public void An_unknown_marker_is_an_error_with_its_line()
    {
        var rows = LexiconFile.Read("text", AffixTable.File).ToList();
        rows.Add(new LexiconLine("data/text/affixes.tsv", 998, null, ["stem_key", "ين", "plural", "x"]));
        Assert.StartsWith("data/text/affixes.tsv:998:", Assert.Throws<InvalidDataException>(() => new AffixTable(rows)).Message);
    }

    [Fact]
    public void A_pattern_without_the_stem_is_an_error_with_its_line()
    {
        var rows = LexiconFile.Read("text", AffixTable.File).ToList();
        rows.Add(new LexiconLine("data/text/affixes.tsv", 999, null, ["perfect_person", "ت", "-", "she"]));
        var e = Assert.Throws<InvalidDataException>(() => new AffixTable(rows));
        Assert.StartsWith("data/text/affixes.tsv:999:", e.Message);
    }
}
