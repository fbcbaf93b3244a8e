using Marsad.Knowledge.Build;

namespace Marsad.Knowledge.Tests;

public class NisbaGeneratorTests
{
    [Theory]
    [InlineData("مصري", "مصري")]
    [InlineData("مصري", "المصري")]
    [InlineData("مصري", "مصرية")]
    [InlineData("مصري", "المصرية")]
    [InlineData("مصري", "المصريون")]
    [InlineData("مصري", "المصريين")]
    [InlineData("مصري", "مصريين")]
    [InlineData("مصري", "المصريات")]
    [InlineData("مصري", "المصريان")]
    [InlineData("مصري", "المصريتان")]
    [InlineData("فرنسي", "الفرنسيتين")]
    [InlineData("ليبي", "الليبيون")]
    [InlineData("تشادي", "التشاديين")]
    [InlineData("كوري شمالي", "الكورية الشمالية")]
    [InlineData("كوري شمالي", "الكوريون الشماليون")]
    public void Generates_regular_form(string masculine, string form) =>
        Assert.Contains(form, NisbaGenerator.Forms(masculine));

    [Fact]
    public void Generates_sixteen_forms_per_adjective() =>
        Assert.Equal(16, NisbaGenerator.Forms("روسي").Distinct().Count());

    [Theory]
    [InlineData("مصري", true)]
    [InlineData("كوري جنوبي", true)]
    [InlineData("جزر القمر", false)] // the source lists some country names instead of adjectives
    [InlineData("موناكو", false)]
    public void Applies_only_to_nisba_adjectives(string masculine, bool expected) =>
        Assert.Equal(expected, NisbaGenerator.IsNisba(masculine));

    [Theory]
    [InlineData("روس", "الروس")]
    [InlineData("أتراك", "الأتراك")]
    public void Irregular_forms_get_the_article(string form, string definite) =>
        Assert.Equal([form, definite], NisbaGenerator.IrregularForms(form));
}
