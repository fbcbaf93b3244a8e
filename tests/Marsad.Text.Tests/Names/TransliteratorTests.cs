using Marsad.Text.Names;
using Marsad.Core;
using Marsad.Text.Data;

namespace Marsad.Text.Tests.Names;

public class TransliteratorTests
{
    internal static readonly Transliterator T = Transliterator.Load(DataFolder.Locate(), LanguageResources.Compiled);

    [Theory]
    // conventional spellings from the table
    [InlineData("محمد", "Mohammed")]
    [InlineData("عبد الله", "Abdullah")]
    [InlineData("عبدالله", "Abdullah")]
    [InlineData("عبد الفتاح السيسي", "Abdel Fattah el-Sisi")]
    [InlineData("بشار الأسد", "Bashar al-Assad")]
    [InlineData("محمد بن سلمان", "Mohammed bin Salman")]
    [InlineData("أحمد فتحي", "Ahmed Fathi")]
    // letter rules for names not in the table
    [InlineData("جلال حرشاوي", "Jalal Harshawi")]
    [InlineData("حفتر", "Haftar")]
    [InlineData("طرابلس", "Tarablas")]
    [InlineData("مصر", "Masar")]
    [InlineData("ليبيا", "Libya")]
    [InlineData("بنغازي", "Banghazi")]
    [InlineData("خليفة", "Khalifa")]
    [InlineData("جعفر", "Jafar")]
    [InlineData("صدّام", "Saddam")]
    // the article and compounds
    [InlineData("الحرشاوي", "Al-Harshawi")]
    [InlineData("جلال الحرشاوي", "Jalal al-Harshawi")]
    [InlineData("عبد المطلب", "Abdel Matlab")]
    [InlineData("أبو ظبي", "Abu Zabi")]
    [InlineData("نور الدين", "Nureddin")]
    [InlineData("مُحَمَّد", "Mohammed")]
    public void Transliterates(string arabic, string english) => Assert.Equal(english, TransliteratorTests.T.Transliterate(arabic));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("،")]
    public void Empty_names_give_empty_strings(string arabic) => Assert.Equal("", T.Transliterate(arabic));

    [Fact]
    public void Latin_passes_through() => Assert.Equal("Reuters", T.Transliterate("Reuters"));

    [Fact]
    public void Output_is_ascii_for_arabic_letters()
    {
        for (char c = '\u0621'; c <= '\u064A'; c++)
        {
            var en = T.Transliterate("ب" + c + "ر");
            Assert.All(en, ch => Assert.True(ch < 128, $"{c}: {en}"));
        }
    }

    [Fact]
    public void Alef_wasla_is_read_as_alef() => Assert.Equal(T.Transliterate("سالم ولد"), T.Transliterate("سٱلم ولد"));

    [Fact]
    public void A_letter_row_of_unknown_kind_fails_naming_its_line() =>
        Assert.Contains("data/text/latin_letters.tsv:2:", Assert.Throws<InvalidDataException>(() =>
            new LatinLetters(LexiconFile.Read("data/text/latin_letters.tsv", new StringReader("# a\nب\tnasal\tb\t-\n")))).Message);

    [Fact]
    public void Conflicting_table_rows_are_rejected() =>
        Assert.Throws<InvalidDataException>(() => new Transliterator([("فائز", "Fayez"), ("فايز", "Faiz")], LanguageResources.Compiled));
}

public class TransliteratorPatternTests
{
    [Theory]
    [InlineData("رجب", "Rajab")]
    [InlineData("قطر", "Qatar")]
    [InlineData("حسن", "Hassan")]     // the table's conventional spelling wins over the pattern
    [InlineData("طه", "Taha")]
    public void Three_consonants_read_CaCaC(string arabic, string english) => Assert.Equal(english, TransliteratorTests.T.Transliterate(arabic));
}
