using Marsad.Text.Normalization;

namespace Marsad.Text.Tests.Normalization;

public class LamAlefRepairTests
{
    [Theory]
    // ligatures written in visual order by PDF extractors
    [InlineData("يوم الثالثاء", "يوم الثلاثاء")]
    [InlineData("األوضاع الإنسانية", "الأوضاع الإنسانية")]
    [InlineData("عودة الالجئين", "عودة اللاجئين")]
    [InlineData("إال قليال", "إلا قليلا")]
    [InlineData("االتحاد األوروبي", "الاتحاد الأوروبي")]
    // words whose alef-lam is written as it should be stay as they are
    [InlineData("قال الرئيس", "قال الرئيس")]
    [InlineData("سؤال عن المال", "سؤال عن المال")]
    [InlineData("لا سلام بلا عدالة", "لا سلام بلا عدالة")]
    // non-Arabic text and unknown words are untouched
    [InlineData("CNN 2020", "CNN 2020")]
    public void Puts_back_the_letters_of_a_lam_alef_ligature_only_where_the_swap_is_the_common_word(string extracted, string expected) =>
        Assert.Equal(expected, LanguageResources.Compiled.LamAlef.Repair(extracted));

    [Fact]
    public void Text_without_a_change_is_returned_as_is() =>
        Assert.Same("خبر", LanguageResources.Compiled.LamAlef.Repair("خبر"));
}
