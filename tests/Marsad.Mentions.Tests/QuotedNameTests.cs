using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

/// <summary>A quoted name after a head noun, through the whole mention stage (tagger, knowledge base, rules).</summary>
public class QuotedNameTests
{
    private static List<string> Mentions(string text)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        return [.. doc.Mentions.Where(m => m.Generic is null && !m.Nisba).Select(m => $"{m.Type}:{doc.TextOf(m.Span)}")];
    }

    [Theory]
    // the head gives the type, the quotes the span
    [InlineData("وكان تقرير لشبكة \"راصدين\" كشف أول أمس عن الانتهاكات.", "ORG:راصدين")]
    [InlineData("وأعلنت حركة «أحرار الشام» انسحابها من المدينة.", "ORG:أحرار الشام")]
    [InlineData("وأطلقت الجمعية مبادرة \"ابتسم أنت في نعمة\" أمس.", "MISC:ابتسم أنت في نعمة")]
    // a movement named after a person is the movement
    [InlineData("وقاتلت حركة «نور الدين الزنكي» في حلب.", "ORG:نور الدين الزنكي")]
    public void A_quoted_name_after_a_head_noun_is_one_name_of_the_heads_type(string text, string expected) =>
        Assert.Contains(expected, Mentions(text));

    [Theory]
    // a definite head more often opens words said: no name is made of them
    [InlineData("وقالت الشركة «سنواصل العمل» في بيان.", "سنواصل العمل")]
    // a generic actor quoted as a term (the movement of the groups)
    [InlineData("ويهدف التنسيق إلى رصد حركة \"الجماعات التكفيرية والإرهابية\" عبر الصحراء.", "الجماعات التكفيرية والإرهابية")]
    // a long quotation is no name
    [InlineData("وكتبت صحيفة \"إن الحكومة لن تتراجع عن قرارها أبدا\" في افتتاحيتها.", "إن الحكومة لن تتراجع عن قرارها أبدا")]
    public void Quotations_that_are_no_names_stay_as_they_are(string text, string quoted) =>
        Assert.DoesNotContain(Mentions(text), m => m.EndsWith(":" + quoted));
}
