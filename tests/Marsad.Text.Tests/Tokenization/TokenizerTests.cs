using Marsad.Core.Model;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Tokenization;

public class TokenizerTests
{
    /// <summary>Tokens as "text:Kind" (Kind's first letters), separated by spaces.</summary>
    private static string Toks(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => $"{t.Span.Of(text)}:{Abbrev(t.Kind)}"));

    private static string Abbrev(TokenKind k) => k switch
    {
        TokenKind.Word => "W", TokenKind.Latin => "L", TokenKind.Number => "N", TokenKind.Punctuation => "P",
        TokenKind.Url => "U", TokenKind.Symbol => "S", TokenKind.Email => "E", _ => "?",
    };

    [Theory]
    // Arabic words keep their diacritics, tatweel and joiners inside
    [InlineData("قال الرئيس", "قال:W الرئيس:W")]
    [InlineData("مُحَمَّدٌ وصل", "مُحَمَّدٌ:W وصل:W")]
    [InlineData("القـــاهرة", "القـــاهرة:W")]
    [InlineData("ﻣﺼﺮ", "ﻣﺼﺮ:W")]
    [InlineData("می\u200Cخواهم", "می\u200Cخواهم:W")]
    // Latin words with inner hyphens and digits
    [InlineData("طائرات MiG-29 وS-400 وF-16", "طائرات:W MiG-29:L و:W S-400:L و:W F-16:L")]
    [InlineData("Su-35 و\"راف\"", "Su-35:L و:W \":P راف:W \":P")]
    [InlineData("O'Brien e.g.", "O'Brien:L e.g:L .:P")]
    // numbers in every script with inner separators
    [InlineData("5.2 مليارات", "5.2:N مليارات:W")]
    [InlineData("1,000 جندي", "1,000:N جندي:W")]
    [InlineData("عام ٢٠١٨", "عام:W ٢٠١٨:N")]
    [InlineData("٥٫٢%", "٥٫٢:N %:P")]
    [InlineData("في 2015م.", "في:W 2015:N م:W .:P")]
    [InlineData("2018/4/25", "2018:N /:P 4:N /:P 25:N")]
    // punctuation, Arabic punctuation and quotes are tokens of their own
    [InlineData("نعم، لا؛ لماذا؟", "نعم:W ،:P لا:W ؛:P لماذا:W ؟:P")]
    [InlineData("«السلام»", "«:P السلام:W »:P")]
    // URLs and e-mails are one token; trailing punctuation is not part of a URL
    [InlineData("انظر https://example.com/a?b=1، ثم", "انظر:W https://example.com/a?b=1:U ،:P ثم:W")]
    [InlineData("www.aljazeera.net.", "www.aljazeera.net:U .:P")]
    [InlineData("راسلوا info@example.org للمزيد", "راسلوا:W info@example.org:E للمزيد:W")]
    // hashtags and mentions: the sign is a symbol, the word stays a word
    [InlineData("#ليبيا @UN_News", "#:P ليبيا:W @:P UN:L _:P News:L")]
    // surrogate pairs stay together
    [InlineData("مصر 😀 ليبيا", "مصر:W 😀:S ليبيا:W")]
    // invisible bidi marks are skipped
    [InlineData("\u200Fمصر\u200E ليبيا", "مصر:W ليبيا:W")]
    public void Tokenizes(string text, string expected) => Assert.Equal(expected, Toks(text));

    [Fact]
    public void Words_carry_normalised_forms_and_clitic_segmentation()
    {
        const string text = "وللتنسيق مع الإمارات";
        var t = Tokenizer.Tokenize(text);
        Assert.Equal("وللتنسيق", t[0].Norm);
        Assert.Equal("ولل", t[0].Proclitics);
        Assert.Equal("تنسيق", t[0].StemNorm);
        Assert.Equal("تنسيق", t[0].StemSpan.Of(text));
        Assert.Equal("الامارات", t[2].Norm);
        Assert.Equal("امارات", t[2].StemNorm);
    }
}
