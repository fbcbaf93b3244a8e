using Marsad.Core.Model;
using Marsad.Text.Names;

namespace Marsad.Text.Tests.Names;

public class NameKeysTests
{
    [Theory]
    [InlineData("عبدالفتاح السيسي", "عبد الفتاح السيسي")]   // compound written joined or apart
    [InlineData("أبوظبي", "أبو ظبي")]
    [InlineData("عبدالله", "عبد الله")]
    [InlineData("نورالدين", "نور الدين")]
    [InlineData("فائز السراج", "فايز السراج")]              // ئ/ي
    [InlineData("الأسد", "الاسد")]                           // hamza on alef
    [InlineData("مصطفى", "مصطفي")]                          // alef maqsura / ya
    [InlineData("حمزة", "حمزه")]                            // ta marbuta / ha
    [InlineData("رؤوف", "روف")]                             // ؤ/و then doubled و collapsed
    [InlineData("السراج", "سراج")]                          // optional article
    [InlineData("محمد بن سلمان", "محمد ابن سلمان")]
    [InlineData("مُحَمَّد", "محمد")]                          // diacritics
    [InlineData("حفتر،", "حفتر")]                            // punctuation
    public void Same_normal_form(string a, string b) => Assert.Equal(NameKeys.Normal(a), NameKeys.Normal(b));

    [Theory]
    [InlineData("محمود السيسي", "عبد الفتاح السيسي")]
    [InlineData("جمال", "كمال")]
    [InlineData("حسن", "حسين")]
    [InlineData("شويجو", "شويغو")]   // a variant, but not the same normal form: similarity decides
    public void Different_normal_form(string a, string b) => Assert.NotEqual(NameKeys.Normal(a), NameKeys.Normal(b));

    [Theory]
    [InlineData("شويجو", "شويغو")]
    [InlineData("جوتيريش", "غوتيريش")]
    [InlineData("تشاد", "شاد")]
    [InlineData("ترامب", "ترمب")]
    [InlineData("سوريا", "سورية")]
    public void Variants_share_the_loose_key(string a, string b) => Assert.Equal(NameKeys.Loose(a), NameKeys.Loose(b));

    [Fact]
    public void Person_key_ignores_titles()
    {
        Assert.Equal(NameKeys.Key(EntityType.PER, "السيسي"), NameKeys.Key(EntityType.PER, "الرئيس السيسي"));
        Assert.Equal(NameKeys.Key(EntityType.PER, "خليفة حفتر"), NameKeys.Key(EntityType.PER, "المشير خليفة حفتر"));
        Assert.Equal(NameKeys.Key(EntityType.PER, "أحمد فتحي"), NameKeys.Key(EntityType.PER, "الفريق أول أحمد فتحي"));
    }

    [Fact]
    public void A_title_alone_is_kept_as_the_name() =>
        Assert.Equal("PER:ريس", NameKeys.Key(EntityType.PER, "الرئيس"));

    [Fact]
    public void Key_carries_the_type() =>
        Assert.NotEqual(NameKeys.Key(EntityType.GPE, "مصر"), NameKeys.Key(EntityType.LOC, "مصر"));
}
