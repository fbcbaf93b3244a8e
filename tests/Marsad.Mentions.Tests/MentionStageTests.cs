using Marsad.Extraction;
using Marsad.Core.Model;
using Marsad.Mentions.Tagging;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

public class MentionStageTests
{
    private static Document Text(string text)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        return doc;
    }

    [Fact]
    public void The_stage_finds_people_and_places_in_a_news_sentence_without_overlaps()
    {
        // A person the knowledge base does not know, so that the tagger's mention survives the merge.
        var doc = Text("وقال الباحث جلال حرشاوي في مؤتمر صحفي بالقاهرة إن المحادثات مع الرئيس عبد الفتاح السيسي كانت مثمرة .");
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        var found = doc.Mentions.Select(m => $"{m.Type}:{doc.TextOf(m.Span)}").ToList();
        Assert.Contains("PER:جلال حرشاوي", found);
        Assert.Contains("LOC:القاهرة", found);
        Assert.Contains(doc.Mentions, m => m.Source == NerMentionFinder.SourceName);
        for (int i = 1; i < doc.Mentions.Count; i++) Assert.True(doc.Mentions[i - 1].Span.End <= doc.Mentions[i].Span.Start);
    }

    [Fact]
    public void The_committed_tagger_is_loaded()
    {
        Assert.True(TestPipeline.Resources.Tagger.Model.FeatureCount > 10_000);
    }

    [Fact]
    public void An_empty_document_gets_no_mentions()
    {
        var doc = Text("");
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        Assert.Empty(doc.Mentions);
    }
}
