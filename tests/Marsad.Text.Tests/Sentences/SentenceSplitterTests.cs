using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Sentences;

public class SentenceSplitterTests
{
    /// <summary>Sentences as their original text, separated by " || ".</summary>
    private static string Split(string text) =>
        string.Join(" || ", SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => s.Span.Of(text)));

    [Theory]
    // the Arabic comma is not an end; full stop, ؟ ! ؛ and … are
    [InlineData("وصل الوفد، ثم غادر.", "وصل الوفد، ثم غادر.")]
    [InlineData("وصل الوفد. ثم غادر.", "وصل الوفد. || ثم غادر.")]
    [InlineData("هل وصل؟ نعم!", "هل وصل؟ || نعم!")]
    [InlineData("قال الوزير؛ وأضاف", "قال الوزير؛ || وأضاف")]
    [InlineData("وانتظر… ثم عاد", "وانتظر… || ثم عاد")]
    // runs of enders stay together
    [InlineData("حقا؟! لا أصدق...", "حقا؟! || لا أصدق...")]
    // line breaks end a sentence even without punctuation
    [InlineData("عنوان الخبر\nنص الخبر", "عنوان الخبر || نص الخبر")]
    [InlineData("سطر أول\r\n\r\nسطر ثان", "سطر أول || سطر ثان")]
    // numbers and abbreviations
    [InlineData("نما الاقتصاد 5.2 في المئة. ثم تباطأ", "نما الاقتصاد 5.2 في المئة. || ثم تباطأ")]
    [InlineData("قال د. محمد إن", "قال د. محمد إن")]
    [InlineData("وقع في عام 2015م. ثم عاد", "وقع في عام 2015م. || ثم عاد")]
    [InlineData("زار U.S. Army الموقع. ثم غادر", "زار U.S. Army الموقع. || ثم غادر")]
    [InlineData("التقى Mr. Smith أمس. وعاد", "التقى Mr. Smith أمس. || وعاد")]
    // a closing quote or bracket after the full stop belongs to the sentence
    [InlineData("قال: «انتهى الاجتماع.» ثم غادر", "قال: «انتهى الاجتماع.» || ثم غادر")]
    [InlineData("وقال \"لن نتراجع.\" وغادر", "وقال \"لن نتراجع.\" || وغادر")]
    [InlineData("(وصل الوفد.) ثم غادر", "(وصل الوفد.) || ثم غادر")]
    // no split inside a bracket or quote
    [InlineData("قال «نعم. لا أعرف» ثم صمت.", "قال «نعم. لا أعرف» ثم صمت.")]
    [InlineData("الاتفاق (الموقع في 2018. والمعدل لاحقا) نافذ.", "الاتفاق (الموقع في 2018. والمعدل لاحقا) نافذ.")]
    public void Splits(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void An_unclosed_bracket_does_not_swallow_the_text()
    {
        var longTail = string.Join(" ", Enumerable.Repeat("كلمة", SentenceSplitter.MaxInsideTokens + 5));
        var text = "بدأ (الحديث. " + longTail + ". ثم انتهى.";
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.True(sentences.Count >= 2);
        Assert.EndsWith("ثم انتهى.", sentences[^1].Span.Of(text));
    }

    [Fact]
    public void Sentences_cover_tokens_in_order()
    {
        const string text = "أولا. ثانيا؟ ثالثا!\nرابعا";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(4, sentences.Count);
        Assert.Equal(0, sentences[0].FirstToken);
        for (int i = 1; i < sentences.Count; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        Assert.Equal(tokens.Count, sentences[^1].EndToken);
    }

    [Fact]
    public void No_tokens_no_sentences() => Assert.Empty(SentenceSplitter.Split("   ", Tokenizer.Tokenize("   ")));
}
