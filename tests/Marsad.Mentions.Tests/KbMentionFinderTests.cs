using Marsad.Core.Model;
using Marsad.Mentions.Gazetteer;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

public class KbMentionFinderTests
{
    private static readonly KbMentionFinder s_finder = new(TestPipeline.Resources.KnowledgeBase, TestPipeline.Resources.NameStart);

    private static Document Find(string text)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        doc.Mentions.AddRange(s_finder.Find(doc));
        return doc;
    }

    private static List<(string Text, EntityType Type, string? KbId, bool Nisba)> Mentions(string text)
    {
        var doc = Find(text);
        Assert.All(doc.Mentions, m => Assert.Equal("kb", m.Source));
        return doc.Mentions.Select(m => (doc.TextOf(m.Span), m.Type, m.KbId, m.Nisba)).ToList();
    }

    [Fact]
    public void States_places_actors_and_nisba_get_their_types()
    {
        var found = Mentions("استقبل خليفة حفتر في بنغازي وفدا من القاهرة، وأكدت مصادر مصرية دعم الإمارات.");
        Assert.Equal([
            ("خليفة حفتر", EntityType.PER, "M:khalifa-haftar", false),
            ("بنغازي", EntityType.LOC, found[1].KbId, false),
            ("القاهرة", EntityType.LOC, "Q85", false),
            ("مصرية", EntityType.GPE, "Q79", true),
            ("الإمارات", EntityType.GPE, "Q878", false),
        ], found);
    }

    [Fact]
    public void Mentions_are_in_text_order_and_do_not_overlap()
    {
        var doc = Find("زار وزير الخارجية الروسي سيرغي لافروف أنقرة وروما وباريس ثم عاد إلى موسكو");
        for (int i = 1; i < doc.Mentions.Count; i++)
            Assert.True(doc.Mentions[i - 1].Span.End <= doc.Mentions[i].Span.Start);
        Assert.Equal(["الروسي", "أنقرة", "روما", "باريس", "موسكو"], doc.Mentions.Where(m => m.KbId is not null && m.Type != EntityType.PER).Select(m => doc.TextOf(m.Span)));
    }

    [Fact]
    public void Text_without_names_gives_no_mentions() => Assert.Empty(Mentions("قال إنه سيعود غدا إلى العمل."));

    [Theory]
    // the corpus uses the whole word far more than the town left after the letter: an ordinary word
    [InlineData("واعتبرت إيران مصدرا بديلا للطاقة.", "إيران")]
    [InlineData("وشارك فيها بديلا في الشوط الثاني.", "")]
    // the place after a proclitic, as usual (and the article after لل)
    [InlineData("وصل الوفد بالرياض وتوجه لطهران ثم للسعودية.", "الرياض|طهران|سعودية")]
    public void A_name_after_letters_that_belong_to_a_common_word_is_no_mention(string text, string names) =>
        Assert.Equal(names, string.Join("|", Mentions(text).Select(m => m.Text)));
}
