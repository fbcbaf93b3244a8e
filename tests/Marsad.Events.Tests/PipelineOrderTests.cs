using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Tests.Shared;
using Marsad.Text;
using Marsad.Text.Dates;

namespace Marsad.Events.Tests;

/// <summary>The real stages declare what they read and write, and the pipeline checks their order when it is built.</summary>
public class PipelineOrderTests
{
    [Fact]
    public void The_built_pipeline_runs_its_stages_in_the_order_they_need()
    {
        Assert.Equal(["text", "dateline", "mentions", "linking", "events"], TestPipeline.Pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Events_before_linking_are_refused_naming_the_missing_layer()
    {
        var r = TestPipeline.Resources;
        var e = Assert.Throws<ArgumentException>(() =>
            new DocumentPipeline([new TextStage(TestPipeline.Resources.Words), MarsadPipeline.Mentions(r), MarsadPipeline.Events(r), MarsadPipeline.Linking(r)]));
        Assert.StartsWith("pipeline order: stage 'events' reads entities, which no earlier stage writes; the stages before it (text, mentions) write tokens, sentences, mentions.", e.Message);
    }

    [Fact]
    public void Linking_and_events_run_without_a_dateline_but_not_before_one()
    {
        var r = TestPipeline.Resources;
        // the event training pipeline: its documents have no dateline
        Assert.Equal(4, new DocumentPipeline([new TextStage(TestPipeline.Resources.Words), MarsadPipeline.Mentions(r), MarsadPipeline.Linking(r), MarsadPipeline.Events(r)]).Stages.Count);
        var e = Assert.Throws<ArgumentException>(() =>
            new DocumentPipeline([new TextStage(TestPipeline.Resources.Words), MarsadPipeline.Mentions(r), MarsadPipeline.Linking(r), new DatelineStage(r.Language.Time), MarsadPipeline.Events(r)]));
        Assert.StartsWith("pipeline order: stage 'linking' reads dateline when present, but stage 'dateline', which writes it, runs after it.", e.Message);
    }
}
