using System.Globalization;
using Marsad.Text.Numbers;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Numbers;

public class NumberFinderTests
{
    /// <summary>Renders what was found as "span text=value" items ("~" marks approximate), joined by " | ".</summary>
    private static string Found(string text) =>
        string.Join(" | ", LanguageResources.Compiled.Numbers.Find(text, Tokenizer.Tokenize(text)).Select(n =>
            $"{n.Span.Of(text)}={n.Value.ToString("R", CultureInfo.InvariantCulture)}{(n.Approximate ? "~" : "")}"));

    [Theory]
    // digits in every script and with separators
    [InlineData("وصل 24 جنديا", "24=24")]
    [InlineData("وصل ٢٤ جنديا", "٢٤=24")]
    [InlineData("وصل ۲۴ جنديا", "۲۴=24")]
    [InlineData("نما الاقتصاد 5.2 في المئة", "5.2=5.2")]
    [InlineData("نسبة ٥٫٢ بالمئة", "٥٫٢=5.2")]
    [InlineData("نحو 1,000 مقاتل", "1,000=1000~")]
    [InlineData("بلغ 1.000.000 دولار", "1.000.000=1000000")]
    [InlineData("معدل 3,5 بالمئة", "3,5=3.5")]
    [InlineData("بلغ 1,234.5 دولار", "1,234.5=1234.5")]
    // digits with a scale word
    [InlineData("صفقة بقيمة 5.2 مليارات يورو", "5.2 مليارات=5200000000")]
    [InlineData("نزوح 100 ألف شخص", "100 ألف=100000")]
    [InlineData("نشر 3 آلاف جندي", "3 آلاف=3000")]
    [InlineData("بقيمة 2.5 مليون دولار", "2.5 مليون=2500000")]
    // units, teens, tens, hundreds
    [InlineData("قتل ثلاثة جنود", "ثلاثة=3")]
    [InlineData("قتل خمسة عشر مدنيا", "خمسة عشر=15")]
    [InlineData("أحد عشر لاعبا", "أحد عشر=11")]
    [InlineData("اثنا عشر بندا", "اثنا عشر=12")]
    [InlineData("عشرين طائرة", "عشرين=20")]
    [InlineData("خمسة وعشرين عاما", "خمسة وعشرين=25")]
    [InlineData("مئة وخمسون قتيلا", "مئة وخمسون=150")]
    [InlineData("مائة وخمسة وعشرون", "مائة وخمسة وعشرون=125")]
    [InlineData("ثلاث مئة جندي", "ثلاث مئة=300")]
    [InlineData("ثلاثمائة جندي", "ثلاثمائة=300")]
    // scales, duals, plurals
    [InlineData("ألف جندي", "ألف=1000")]
    [InlineData("ثلاثة آلاف وخمسمئة", "ثلاثة آلاف وخمسمئة=3500")]
    [InlineData("مليون لاجئ", "مليون=1000000")]
    [InlineData("ألفين عنصر", "ألفين=2000")]
    [InlineData("عشرين ألفا من المقاتلين", "عشرين ألفا=20000")]
    [InlineData("نصف مليون لاجئ", "نصف مليون=500000")]
    [InlineData("مليون ونصف المليون", "مليون ونصف=1500000")]
    [InlineData("ألف مليون دولار", "ألف مليون=1000000000")]
    [InlineData("مليار دولار", "مليار=1000000000")]
    // approximate quantities
    [InlineData("مئات المقاتلين", "مئات=100~")]
    [InlineData("عشرات القتلى", "عشرات=10~")]
    [InlineData("آلاف النازحين", "آلاف=1000~")]
    [InlineData("ملايين الدولارات", "ملايين=1000000~")]
    [InlineData("مئات الآلاف من اللاجئين", "مئات الآلاف=100000~")]
    [InlineData("عشرات الآلاف", "عشرات الآلاف=10000~")]
    [InlineData("بضعة آلاف", "بضعة آلاف=3000~")]
    [InlineData("حوالي 300 مقاتل", "300=300~")]
    [InlineData("قرابة ألف جندي", "ألف=1000~")]
    [InlineData("قتل 40 شخصا تقريبا", "40=40~")]
    // proclitics stay outside the span
    [InlineData("وثلاثة آلاف", "ثلاثة آلاف=3000")]
    [InlineData("بخمسة ملايين دولار", "خمسة ملايين=5000000")]
    [InlineData("ولمئات المدنيين", "مئات=100~")]
    public void Finds_numbers(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    // a separate number each, not a sum: two units without a structure that joins them
    [InlineData("ثلاثة وأربعة", "ثلاثة=3 | أربعة=4")]
    [InlineData("في 2018 و2019", "2018=2018 | 2019=2019")]
    public void Keeps_separate_numbers_apart(string text, string expected) => Assert.Equal(expected, Found(text));

    [Theory]
    // the article makes a definite noun, not a quantity; words that only look like numbers
    [InlineData("الثلاثة")]
    [InlineData("الاثنين")]
    [InlineData("أحد المسؤولين")]
    [InlineData("نصف الحكومة")]
    [InlineData("الألف")]
    [InlineData("نحو السلام")]
    public void Ignores_non_numbers(string text) => Assert.Equal("", Found(text));

    [Theory]
    [InlineData("24", 24.0)]
    [InlineData("٢٠١٨", 2018.0)]
    [InlineData("1,000,000", 1000000.0)]
    [InlineData("5,2", 5.2)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("5.200", 5.2)]
    public void Parses_digits(string s, double expected)
    {
        Assert.True(DigitNumber.TryParse(s, out var v));
        Assert.Equal(expected, v, 9);
    }

    [Theory]
    [InlineData("1,00,000")]
    [InlineData("1,234,5")]
    [InlineData("1..2")]
    [InlineData("12a")]
    [InlineData("")]
    [InlineData("99999999999999999999999999999999999999999")]
    public void Rejects_malformed_digits(string s) => Assert.False(DigitNumber.TryParse(s, out _));
}
