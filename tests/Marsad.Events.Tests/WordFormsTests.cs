using Marsad.Events.Lexicons;

namespace Marsad.Events.Tests;

/// <summary>Inflections generated from the lexicons' "perfect/imperfect" notation.</summary>
public class WordFormsTests
{
    [Theory]
    // a sound verb
    [InlineData("زار/يزور", "زارت", "زاروا", "يزورون")]
    // a defective verb: the weak final letter goes before the endings
    [InlineData("دعا/يدعو", "دعت", "دعوا", "يدعون")]
    [InlineData("التقى/يلتقي", "التقت", "التقوا", "يلتقون")]
    // a final hamza normalises to alef but is a sound root letter: بدأت، not بدت
    [InlineData("بدأ/يبدأ", "بدات", "بداوا", "يبداون")]
    public void Inflects_the_verb(string entry, params string[] expected)
    {
        var forms = WordForms.Expand(entry).ToHashSet();
        foreach (var f in expected) Assert.Contains(f, forms);
    }

    [Fact]
    public void A_final_hamza_is_not_read_as_a_weak_letter() =>
        Assert.DoesNotContain("بدت", WordForms.Expand("بدأ/يبدأ"));
}
