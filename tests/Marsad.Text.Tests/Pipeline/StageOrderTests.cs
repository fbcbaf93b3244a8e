using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Text.Dates;

namespace Marsad.Text.Tests.Pipeline;

/// <summary>A pipeline checks, when it is built, that every stage reads only what an earlier stage wrote.</summary>
public class StageOrderTests
{
    [Fact]
    public void A_stage_that_reads_what_no_earlier_stage_writes_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new DocumentPipeline([new DatelineStage(LanguageResources.Compiled.Time), new TextStage(LanguageResources.Compiled.Words)]));
        Assert.StartsWith("pipeline order: stage 'dateline' reads tokens, which no earlier stage writes; no stage runs before it.", e.Message);
    }

    [Fact]
    public void The_refusal_names_what_the_earlier_stages_do_write()
    {
        var e = Assert.Throws<ArgumentException>(() => new DocumentPipeline([new TextStage(LanguageResources.Compiled.Words), new TextStage(LanguageResources.Compiled.Words), new ReadsMentions()]));
        Assert.StartsWith("pipeline order: stage 'needs-mentions' reads mentions, which no earlier stage writes; the stages before it (text, text) write tokens, sentences.", e.Message);
    }

    [Fact]
    public void The_text_stage_then_the_dateline_stage_is_a_valid_order_and_runs()
    {
        var pipeline = new DocumentPipeline([new TextStage(LanguageResources.Compiled.Words), new DatelineStage(LanguageResources.Compiled.Time)]);
        var doc = pipeline.Process(new Document("d", "عنوان\n25 ابريل 2018\nنص."));
        Assert.Equal(new PartialDate(2018, 4, 25), doc.Published);
        Assert.NotEmpty(doc.Tokens);
    }

    [Fact]
    public void A_stage_that_reads_the_dateline_when_present_runs_without_one_but_never_before_it()
    {
        Assert.Equal(2, new DocumentPipeline([new TextStage(LanguageResources.Compiled.Words), new UsesDate()]).Stages.Count);
        Assert.Equal(3, new DocumentPipeline([new TextStage(LanguageResources.Compiled.Words), new DatelineStage(LanguageResources.Compiled.Time), new UsesDate()]).Stages.Count);
        var e = Assert.Throws<ArgumentException>(() => new DocumentPipeline([new TextStage(LanguageResources.Compiled.Words), new UsesDate(), new DatelineStage(LanguageResources.Compiled.Time)]));
        Assert.StartsWith("pipeline order: stage 'uses-date' reads dateline when present, but stage 'dateline', which writes it, runs after it.", e.Message);
    }

    private sealed class UsesDate : IDocumentStage
    {
        public string Name => "uses-date";
        public DocumentLayers Reads => DocumentLayers.Tokens;
        public DocumentLayers ReadsIfPresent => DocumentLayers.Dateline;
        public DocumentLayers Writes => DocumentLayers.None;
        public void Process(Document document, CancellationToken cancellationToken = default) { }
    }

    private sealed class ReadsMentions : IDocumentStage
    {
        public string Name => "needs-mentions";
        public DocumentLayers Reads => DocumentLayers.Mentions | DocumentLayers.Tokens;
        public DocumentLayers Writes => DocumentLayers.None;
        public void Process(Document document, CancellationToken cancellationToken = default) { }
    }
}
