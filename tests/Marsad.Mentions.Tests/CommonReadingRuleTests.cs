using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Mentions.Repair;
using Marsad.Text;
using Marsad.Text.Statistics;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

/// <summary>Names read as the ordinary word of the same letters: hand-placed mentions over the committed word tables and corpus statistics.</summary>
public class CommonReadingRuleTests
{
    private static readonly CommonReadingRule s_rule = new(TestPipeline.Resources.Language.Time,
        new CommonWords(TestPipeline.Resources.WordStatistics, TestPipeline.Resources.Words), TestPipeline.Resources.Words.Affixes);

    /// <summary>What stays of the mentions placed on the given spans (each span's first occurrence).</summary>
    private static List<string> Kept(string text, EntityType type, params string[] spans)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var mentions = spans.Select(s =>
        {
            int at = doc.Text.IndexOf(s, StringComparison.Ordinal);
            Assert.True(at >= 0, s);
            return new Mention(new TextSpan(at, at + s.Length), type, "test");
        }).ToList();
        s_rule.Apply(doc, mentions);
        return [.. mentions.Select(m => doc.TextOf(m.Span))];
    }

    [Theory]
    [InlineData("من 1.28 مليون برميل في شهر أبريل (نيسان) الذي سبقه.")]   // another month across a bracket
    [InlineData("وصل الوفد في أبريل/نيسان الماضي.")]                      // across a slash
    [InlineData("في 13 نيسان الماضي بدأت المفاوضات.")]                   // a day number
    [InlineData("خلال شهر نيسان تراجعت الواردات.")]                        // شهر before it
    [InlineData("وقعت الاشتباكات في نيسان 2015 قرب المدينة.")]            // a year after it
    [InlineData("وقعت الاشتباكات مطلع نيسان الماضي قرب المدينة.")]         // inside a longer date
    public void A_month_name_used_as_the_month_is_no_name(string text) =>
        Assert.Empty(Kept(text, EntityType.ORG, "نيسان"));

    [Theory]
    [InlineData("باعت شركة نيسان اليابانية سيارات كثيرة.", "نيسان")]   // the car maker
    [InlineData("قال حزب آذار إن الانتخابات ستجري.", "آذار")]          // a month that needs no context, alone: no date beside it
    public void A_month_name_without_a_date_beside_it_stays(string text, string name) =>
        Assert.Equal([name], Kept(text, EntityType.ORG, name));

    [Theory]
    [InlineData("وقالت إيران التي تزود الأسد بدعم عسكري ومالي إنها ستطرح خطة.", "مالي")]
    [InlineData("وقدمت الدول الدعم العسكري والمالي للمعارضة.", "المالي")]
    public void An_adjective_joined_to_an_adjective_is_no_state(string text, string word) =>
        Assert.Empty(Kept(text, EntityType.GPE, word));

    [Theory]
    [InlineData("زار الوزير الجزائر ومالي الأسبوع الماضي.", "مالي")]         // two states
    [InlineData("وقال إن الجيش الفرنسي يقاتل في شمال مالي.", "مالي")]     // no coordination
    [InlineData("وتعهدت بدعم مالي لإعادة الإعمار.", "مالي")]               // an adjective of a noun stays: the rule needs the coordination
    public void A_state_name_that_is_not_a_coordinated_adjective_stays(string text, string word) =>
        Assert.Equal([word], Kept(text, EntityType.GPE, word));

    [Fact]
    public void A_nationality_before_the_conjunction_keeps_the_mention()
    {
        // الروسي is a name's nisba (Russia): the coordination joins two nationalities.
        var doc = new Document("t", "وأشاد بالدعم الروسي والمالي للحكومة.");
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        Mention At(string s) { int a = doc.Text.IndexOf(s, StringComparison.Ordinal); return new Mention(new TextSpan(a, a + s.Length), EntityType.GPE, "kb") { Nisba = true }; }
        var mentions = new List<Mention> { At("الروسي"), At("المالي") };
        s_rule.Apply(doc, mentions);
        Assert.Equal(2, mentions.Count);
    }

    [Fact]
    public void The_mention_stage_drops_both_readings()
    {
        var doc = new Document("t", "انخفضت الواردات في شهر أبريل (نيسان) الذي سبقه. وقالت إيران التي تزود الأسد بدعم عسكري ومالي إنها ستطرح خطة.");
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        var found = doc.Mentions.Where(m => m.Generic is null).Select(m => doc.TextOf(m.Span)).ToList();
        Assert.DoesNotContain("نيسان", found);
        Assert.DoesNotContain("مالي", found);
        Assert.Contains("إيران", found);
    }
}
