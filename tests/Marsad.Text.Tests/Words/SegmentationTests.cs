using Marsad.Core.Model;
using Marsad.Text.Words;

namespace Marsad.Text.Tests.Words;

public class SegmentationTests
{
    /// <summary>"proclitics|stem" where the stem is the original text from StemStart to the end of the word.</summary>
    private static string Seg(string word)
    {
        var s = LanguageResources.Compiled.Words.Segment(word, new TextSpan(0, word.Length));
        return $"{s.Proclitics}|{word[s.StemStart..]}";
    }

    [Theory]
    // conjunction + preposition, preposition alone, conjunction + article, لل, conjunction + لل
    [InlineData("وبحسب", "وب|حسب")]
    [InlineData("لحفتر", "ل|حفتر")]
    [InlineData("والإمارات", "وال|إمارات")]
    [InlineData("للتنسيق", "لل|تنسيق")]
    [InlineData("وللتنسيق", "ولل|تنسيق")]
    [InlineData("فالرئيس", "فال|رئيس")]
    [InlineData("بالقاهرة", "بال|قاهرة")]
    [InlineData("كالعادة", "كال|عادة")]
    [InlineData("الرئيس", "ال|رئيس")]
    [InlineData("وقال", "و|قال")]
    [InlineData("فأعلن", "ف|أعلن")]
    [InlineData("بمصر", "ب|مصر")]
    // the future particle on an imperfect verb, after a conjunction too
    [InlineData("سيزور", "س|يزور")]
    [InlineData("وسيزور", "وس|يزور")]
    [InlineData("ستعقد", "س|تعقد")]
    // a proclitic before a protected name: the name is kept whole
    [InlineData("وفرنسا", "و|فرنسا")]
    [InlineData("لبوتين", "ل|بوتين")]
    [InlineData("ولبنان", "و|لبنان")]
    [InlineData("للبنان", "ل|لبنان")]
    [InlineData("وليبيا", "و|ليبيا")]
    [InlineData("بكردستان", "ب|كردستان")]
    // diacritics and tatweel do not move the stem's offset
    [InlineData("وَبِحَسَبِ", "وب|حَسَبِ")]
    [InlineData("لـحفتر", "ل|حفتر")]
    public void Splits_proclitics_and_keeps_the_stem_offset(string word, string expected) => Assert.Equal(expected, Seg(word));

    [Theory]
    // root letters that look like proclitics: the remainder would be shorter than a root
    [InlineData("بلد")]
    [InlineData("ولد")]
    [InlineData("فهد")]
    [InlineData("كما")]
    // protected words: names and words whose remainder is not a word
    [InlineData("لبنان")]
    [InlineData("كردستان")]
    [InlineData("فرنسا")]
    [InlineData("بريطانيا")]
    [InlineData("ليبيا")]
    [InlineData("سوريا")]
    [InlineData("بوتين")]
    [InlineData("بشار")]
    [InlineData("وزير")]
    [InlineData("وزارة")]
    [InlineData("كانت")]
    [InlineData("بينما")]
    [InlineData("كمال")]
    [InlineData("واشنطن")]
    [InlineData("بغداد")]
    [InlineData("بيروت")]
    // ال with hamza is not the article; relative pronouns and الله
    [InlineData("ألمانيا")]
    [InlineData("إلغاء")]
    [InlineData("آلاف")]
    [InlineData("الذين")]
    [InlineData("الله")]
    // س on a noun: ة and ات are not verb endings
    [InlineData("سيارة")]
    [InlineData("سنوات")]
    [InlineData("سياسة")]
    [InlineData("ستة")]
    public void Keeps_whole_words_whole(string word) => Assert.Equal("|" + word, Seg(word));

    [Fact]
    public void Reports_the_normalised_stem()
    {
        var s = LanguageResources.Compiled.Words.Segment("والإِمارات", new TextSpan(0, 10));
        Assert.Equal("امارات", s.StemNorm);
    }

    [Fact]
    public void Segments_a_word_inside_a_text()
    {
        const string text = "قال وزير الخارجية للصحفيين";
        int at = text.IndexOf("للصحفيين", StringComparison.Ordinal);
        var s = LanguageResources.Compiled.Words.Segment(text, new TextSpan(at, text.Length));
        Assert.Equal("لل", s.Proclitics);
        Assert.Equal("صحفيين", text[s.StemStart..]);
    }
}
