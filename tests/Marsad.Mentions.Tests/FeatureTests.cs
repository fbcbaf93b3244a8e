using Marsad.Core.Model;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

public class FeatureTests
{
    [Theory]
    [InlineData("والإمارات", "والامارات", "امارات", "وال")]
    [InlineData("بطرابلس", "بطرابلس", "طرابلس", "ب")]
    [InlineData("للحكومة", "للحكومه", "حكومه", "لل")]
    [InlineData("مصر", "مصر", "مصر", "")]
    [InlineData("الرئيسُ", "الرييس", "رييس", "ال")]
    public void Corpus_words_get_the_pipeline_forms(string word, string norm, string stem, string clitics)
    {
        var v = TokenView.FromWord(word);
        Assert.Equal((norm, stem, clitics, TokenKind.Word), (v.Norm, v.Stem, v.Proclitics, v.Kind));
    }

    [Theory]
    [InlineData("2007", TokenKind.Number)]
    [InlineData("CNN", TokenKind.Latin)]
    [InlineData("،", TokenKind.Punctuation)]
    public void Non_words_keep_their_kind(string word, TokenKind kind) => Assert.Equal(kind, TokenView.FromWord(word).Kind);

    [Theory]
    [InlineData("المصري", true)]
    [InlineData("المصرية", true)]
    [InlineData("المصريين", true)]
    [InlineData("مصريون", true)]
    [InlineData("والفرنسيات", true)]
    [InlineData("مصر", false)]
    [InlineData("الكتاب", false)]
    public void Nisba_adjectives_are_recognised_in_every_form(string word, bool expected) =>
        Assert.Equal(expected, TestLexicon.Create().IsNisba(TokenView.FromWord(word)));

    [Theory]
    [InlineData("زار الإمارات العربية المتحدة أمس", "-,B,I,I,-")]
    [InlineData("زار والإمارات أمس", "-,B,-")]
    [InlineData("في بطرابلس و مصر", "-,B,-,B")]
    [InlineData("قال ياسر عرفات", "-,B,I")]
    [InlineData("قال عرفات", "-,-")]
    public void Gazetteer_takes_the_longest_match_and_sees_through_proclitics(string sentence, string expected)
    {
        var words = TestLexicon.Words(sentence);
        var types = new GazetteerType[words.Length];
        var begins = new bool[words.Length];
        TestLexicon.Create().MatchPhrases(words, types, begins);
        var got = string.Join(",", types.Select((t, i) => t == GazetteerType.None ? "-" : begins[i] ? "B" : "I"));
        Assert.Equal(expected, got);
    }

    [Theory]
    [InlineData("قال الرئيس زيد", 2, FeatureTemplate.CueM1, (int)CueClass.Title)]
    [InlineData("قال الرئيس زيد", 1, FeatureTemplate.Cue, (int)CueClass.Title)]
    [InlineData("قالت وزارة الشؤون الخارجية", 3, FeatureTemplate.OrgHeadBefore, 2)]
    [InlineData("الوفد المصري", 1, FeatureTemplate.Nisba, -1)]
    [InlineData("الوفد المصري", 0, FeatureTemplate.NisbaP1, -1)]
    [InlineData("زار مصر", 1, FeatureTemplate.Gaz, (int)GazetteerType.Country | 256)]
    [InlineData("زار مصر", 0, FeatureTemplate.GazP1, (int)GazetteerType.Country | 256)]
    [InlineData("قال عرفات", 1, FeatureTemplate.NamePart, (int)NamePart.Family)]
    [InlineData("قال حسني", 1, FeatureTemplate.NamePart, (int)NamePart.Given)]
    [InlineData("قال مبارك", 1, FeatureTemplate.NamePart, (int)NamePart.Family)]
    public void Extractor_emits_cue_gazetteer_and_nisba_features(string sentence, int token, FeatureTemplate template, int value)
    {
        var buf = new FeatureBuffer();
        new FeatureExtractor(TestLexicon.Create()).Extract(TestLexicon.Words(sentence), buf);
        var key = value < 0 ? FeatureHash.Of((int)template) : FeatureHash.Of((int)template, value);
        Assert.Contains(key, buf.Of(token).ToArray());
    }

    [Fact]
    public void Extractor_emits_word_stem_window_and_affix_features()
    {
        var buf = new FeatureBuffer();
        new FeatureExtractor(TestLexicon.Create()).Extract(TestLexicon.Words("وصل سفير الخارجية"), buf);
        var f = buf.Of(1).ToArray();
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.Word, "سفير"), f);
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.WordM1, "وصل"), f);
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.StemP1, "خارجيه"), f);
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.WordP2, "</s>"), f);
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.Suf2, "ير"), f);
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.Pre2, "سف"), f);
        // The lexical block comes first, so that training can hide it.
        Assert.Equal(FeatureHash.Of((int)FeatureTemplate.Word, "سفير"), f[0]);
        Assert.True(buf.Lexical[1] >= 2);
    }

    [Fact]
    public void Same_word_in_the_same_context_gets_the_same_features()
    {
        var ex = new FeatureExtractor(TestLexicon.Create());
        var a = new FeatureBuffer();
        var b = new FeatureBuffer();
        ex.Extract(TestLexicon.Words("زار الرئيس مصر"), a);
        ex.Extract(TestLexicon.Words("زار الرئيس مصر"), b);
        Assert.Equal(a.Of(2).ToArray(), b.Of(2).ToArray());
    }

    [Fact]
    public void Guide_labels_follow_each_tokens_own_features()
    {
        var words = TestLexicon.Words("قال زيد ثم");
        var buf = new FeatureBuffer();
        new FeatureExtractor(TestLexicon.Create()).Extract(words, buf);
        var guided = new FeatureBuffer();
        int[] guide = [BioLabels.O, BioLabels.Begin(0), BioLabels.O];
        FeatureExtractor.AddGuide(buf, guide, guided);
        for (int i = 0; i < words.Length; i++)
        {
            var f = guided.Of(i).ToArray();
            Assert.Equal(buf.Of(i).ToArray(), f[..buf.Of(i).Length]);
            Assert.Equal(buf.Lexical[i], guided.Lexical[i]);
            Assert.Contains(FeatureHash.Of((int)FeatureTemplate.Guide, guide[i]), f);
        }
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.GuideM1, BioLabels.Begin(0)), guided.Of(2).ToArray());
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.GuideP1, BioLabels.Begin(0)), guided.Of(0).ToArray());
        Assert.Contains(FeatureHash.Of((int)FeatureTemplate.GuideM1, -1), guided.Of(0).ToArray());
    }
}
