using Marsad.Events.Learning;
using Marsad.Text;

namespace Marsad.Events.Tests;

/// <summary>The event model's stem key joins the inflections of a trigger word (affixes.tsv, stem_key).</summary>
public class StemKeyTests
{
    private static readonly StemKey K = new(LanguageResources.Compiled.Affixes);

    [Theory]
    [InlineData("قتلوا", "قتل")]
    [InlineData("قتلت", "قتل")]
    [InlineData("قتلا", "قتل")]
    [InlineData("يقتلون", "قتل")]
    [InlineData("مظاهرات", "مظاهر")]
    // a stem beginning with ت loses it as an imperfect prefix: تظاهرات and يتظاهر share ظاهر
    [InlineData("تظاهرات", "ظاهر")]
    [InlineData("هجوما", "هجوم")]
    // ا also begins derived perfects (أعلن): it is not read as the imperfect's prefix
    [InlineData("اعلن", "اعلن")]
    // a key keeps three letters: بيان is not بي + ان
    [InlineData("بيان", "بيان")]
    public void Joins_the_inflections_of_a_word(string stem, string key) => Assert.Equal(key, K.Of(stem));
}
