using Marsad.Core.Model;
using Marsad.Text;
using Marsad.Text.Statistics;
using Marsad.Text.Words;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

public class NameEndTests
{
    // Corpus counts that make فتاوى and قائد common words (with and without the article), and nothing else.
    private static readonly NameEnd s_small = new(new CommonWords(new WordStatistics(new Dictionary<string, WordCounts>
    {
        ["فتاوي"] = new(35, 0, 0), ["الفتاوي"] = new(51, 0, 0),
        ["قائد"] = new(900, 0, 0), ["القائد"] = new(400, 0, 0),
        ["صالح"] = new(600, 0, 0), ["الصالح"] = new(300, 0, 0),
    }), TestPipeline.Resources.Words), TestPipeline.Resources.Words);

    private static string Name(NameEnd rule, string span)
    {
        var doc = new Document("t", span);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        int kept = rule.Of(doc.Tokens, 0, doc.Tokens.Count);
        return kept == 0 ? "" : doc.Text[..doc.Tokens[kept - 1].End];
    }

    [Theory]
    [InlineData("القرضاوي فتاوى", "القرضاوي")]                 // a common word after a nisba family name
    [InlineData("يوسف القرضاوي فتاوى", "يوسف القرضاوي")]
    [InlineData("الباجي قائد السبسي", "الباجي قائد السبسي")]    // the common word inside the name stays
    [InlineData("عبد الله صالح", "عبد الله صالح")]              // الله is no nisba family name
    [InlineData("القرضاوي الفتاوى", "القرضاوي الفتاوى")]        // a word with the article may be a second family name
    [InlineData("محمد فتاوى", "محمد فتاوى")]                   // no family name before it
    [InlineData("القرضاوي", "القرضاوي")]
    public void A_common_word_after_a_nisba_family_name_leaves_the_name(string span, string name) =>
        Assert.Equal(name, Name(s_small, span));

    [Fact]
    public void The_shipped_counts_cut_the_fatwas_off_the_sheikh()
    {
        Assert.Equal("يوسف القرضاوي", Name(TestPipeline.Resources.NameEnd, "يوسف القرضاوي فتاوى"));
        Assert.Equal("حافظ قائد السبسي", Name(TestPipeline.Resources.NameEnd, "حافظ قائد السبسي"));
    }

    [Fact]
    public void The_tagger_span_through_the_mention_stage_ends_at_the_family_name()
    {
        var doc = new Document("t", "أصدر القرضاوي فتاوى تحرض على العنف في مصر.");
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var person = Assert.Single(new Tagging.NerMentionFinder(TestPipeline.Resources.Tagger, TestPipeline.Resources.NameStart, TestPipeline.Resources.NameEnd).Find(doc), m => m.Type == EntityType.PER);
        Assert.Equal("القرضاوي", doc.TextOf(person.Span));
    }

    [Theory]
    // a plural of a nisba whose singular the corpus uses as a common word: a group, no person
    [InlineData("دبلوماسيون أوروبيون", "")]
    [InlineData("كين نوويين", "")]
    [InlineData("الخبراء الغربيين", "")]
    // a name ending like one whose singular is no common word, and the singular itself, stay
    [InlineData("نابليون", "نابليون")]
    [InlineData("علي النووي", "علي النووي")]
    public void A_span_ending_in_a_plural_nisba_is_no_person(string span, string name) =>
        Assert.Equal(name, Name(TestPipeline.Resources.NameEnd, span));
}
