using Marsad.Text.Normalization;
using static Marsad.Text.Normalization.NormalizationSteps;

namespace Marsad.Text.Tests.Normalization;

public class ArabicNormalizerTests
{
    [Theory]
    // NFKC: presentation forms, the lam-alef ligature, full-width digits, NBSP
    [InlineData("ﻣﺼﺮ", "مصر")]
    [InlineData("ﻻ", "لا")]
    [InlineData("２٠١８", "2018")]
    [InlineData("مصر\u00A0اليوم", "مصر اليوم")]
    // diacritics, tanween, shadda, dagger alef; tatweel
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("غداً", "غدا")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("القـــاهرة", "القاهره")]
    // alef and hamza forms, alef maqsura, ta marbuta
    [InlineData("أحمد", "احمد")]
    [InlineData("إسرائيل", "اسراييل")]
    [InlineData("آذار", "اذار")]
    [InlineData("ٱلله", "الله")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("طرابلس الغربية", "طرابلس الغربيه")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    // a hamza written as a combining mark composes first (ا + ٔ = أ)
    [InlineData("ا\u0654حمد", "احمد")]
    // Persian letters and digits, Arabic-Indic digits and separators
    [InlineData("ایران", "ايران")]
    [InlineData("کردستان", "كردستان")]
    [InlineData("٢٠١٨", "2018")]
    [InlineData("۱۳۹۷", "1397")]
    [InlineData("٥٫٢", "5.2")]
    // quotes and Arabic punctuation
    [InlineData("«السلام»", "\"السلام\"")]
    [InlineData("“قال” ‘لا’ „ja“", "\"قال\" \"لا\" \"ja\"")]
    [InlineData("نعم، لا؛ لماذا؟ ٪", "نعم, لا; لماذا? %")]
    // Latin case, invisible marks
    [InlineData("MiG-29", "mig-29")]
    [InlineData("مصر\u200Fو\u200Cليبيا\uFEFF", "مصروليبيا")]
    public void Normalizes_for_matching(string input, string expected) => Assert.Equal(expected, ArabicNormalizer.Normalize(input));

    [Theory]
    [InlineData(Diacritics, "مُحَمَّدٌ أحمد", "محمد أحمد")]
    [InlineData(AlefForms, "أحمد إسماعيل", "احمد اسماعيل")]
    [InlineData(AlefMaqsura, "مصطفى", "مصطفي")]
    [InlineData(TaMarbuta, "القاهرة", "القاهره")]
    [InlineData(Tatweel, "مـصـر", "مصر")]
    [InlineData(Digits, "٢٤ طائرة", "24 طائرة")]
    [InlineData(Quotes, "«مصر»", "\"مصر\"")]
    [InlineData(Nfkc, "ﻻ", "لا")]
    [InlineData(Orthographic, "مـُصر\u200F", "مُصر")]
    [InlineData(None, "مُحَمَّد", "مُحَمَّد")]
    public void Applies_only_the_chosen_steps(NormalizationSteps steps, string input, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(input, steps));

    [Fact]
    public void Named_steps_match_their_flags()
    {
        Assert.Equal("محمد", ArabicNormalizer.RemoveDiacritics("مُحَمَّد"));
        Assert.Equal("احمد", ArabicNormalizer.NormalizeAlef("أحمد"));
        Assert.Equal("علي", ArabicNormalizer.NormalizeAlefMaqsura("على"));
        Assert.Equal("مدينه", ArabicNormalizer.NormalizeTaMarbuta("مدينة"));
        Assert.Equal("مصر", ArabicNormalizer.RemoveTatweel("مــصر"));
        Assert.Equal("24", ArabicNormalizer.NormalizeDigits("٢٤"));
        Assert.Equal("\"x\"", ArabicNormalizer.NormalizeQuotes("«x»"));
        Assert.Equal("لا", ArabicNormalizer.Nfkc("ﻻ"));
    }

    [Fact]
    public void Is_idempotent() =>
        Assert.Equal(ArabicNormalizer.Normalize("إِلَى القـاهرةِ «٢٠١٨»"), ArabicNormalizer.Normalize(ArabicNormalizer.Normalize("إِلَى القـاهرةِ «٢٠١٨»")));
}

public class NormalizedTextTests
{
    [Theory]
    // a normalised match maps back to the exact original span, marks and tatweel included
    [InlineData("زار مُحَمَّدٌ القاهرة", "محمد", "مُحَمَّدٌ")]
    [InlineData("وصل إلى القـــاهرة أمس", "القاهره", "القـــاهرة")]
    [InlineData("في عام ٢٠١٨ م", "2018", "٢٠١٨")]
    [InlineData("قال «لا» ثم", "\"لا\"", "«لا»")]
    [InlineData("ﻻ بد", "لا", "ﻻ")]
    [InlineData("مصر\u200Fو", "مصرو", "مصر\u200Fو")]
    [InlineData("الرئيس مصطفى", "مصطفي", "مصطفى")]
    public void Maps_matches_back_to_the_original(string original, string normalizedNeedle, string expectedOriginal)
    {
        var view = NormalizedText.Create(original);
        int at = view.Text.IndexOf(normalizedNeedle, StringComparison.Ordinal);
        Assert.True(at >= 0, view.Text);
        Assert.Equal(expectedOriginal, view.ToOriginal(at, at + normalizedNeedle.Length).Of(original));
    }

    [Fact]
    public void Finds_all_occurrences_of_a_name_in_any_spelling()
    {
        const string text = "التقى أحمد بن سالم واحمد الآخر وأَحْمَد";
        var view = NormalizedText.Create(text);
        var found = view.FindAll("أحمد").Select(s => s.Of(text)).ToArray();
        Assert.Equal(["أحمد", "احمد", "أَحْمَد"], found);
    }

    [Fact]
    public void Expanded_characters_map_to_their_source()
    {
        var view = NormalizedText.Create("ﻻ");
        Assert.Equal("لا", view.Text);
        Assert.Equal((0, 1), (view.OriginalStart(0), view.OriginalEnd(0)));
        Assert.Equal((0, 1), (view.OriginalStart(1), view.OriginalEnd(1)));
    }

    [Fact]
    public void Empty_ranges_and_bounds()
    {
        var view = NormalizedText.Create("مُصر");
        Assert.Equal(new Marsad.Core.Model.TextSpan(4, 4), view.ToOriginal(3, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.ToOriginal(2, 9));
        Assert.Equal("", NormalizedText.Create("").Text);
    }
}
