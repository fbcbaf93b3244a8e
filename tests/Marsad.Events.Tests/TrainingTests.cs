using Marsad.Core.Model;
using Marsad.Events.Learning;
using Marsad.Events.Learning.Corpora;
using Marsad.Events.Lexicons;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>Training on a tiny corpus: the model must learn a trigger word the lexicon lacks, and only it.</summary>
public class TrainingTests
{
    private static TrainingDocument Annotated(string text, string? trigger, string? source)
    {
        var doc = TestDocuments.Build(text);
        var events = new List<GoldEvent>();
        if (trigger is not null)
        {
            int t = text.IndexOf(trigger, StringComparison.Ordinal);
            var sources = new List<TextSpan>();
            if (source is not null) { int s = text.IndexOf(source, StringComparison.Ordinal); sources.Add(new TextSpan(s, s + source.Length)); }
            events.Add(new GoldEvent(EventType.ASSAULT, [new TextSpan(t, t + trigger.Length)], sources, []));
        }
        var gold = new GoldDocument(text, text, "train", text, [new GoldSentence(new TextSpan(0, text.Length), 0, true, events)]);
        return new TrainingDocument(doc, gold);
    }

    private static List<TrainingDocument> Corpus()
    {
        string[] places = ["طرابلس", "بنغازي", "القاهرة", "موسكو", "أنقرة", "باريس"];
        var data = new List<TrainingDocument>();
        foreach (var p in places)
        {
            // "داهم" (to raid) is not in the trigger lexicon; "تفقّد" (to inspect) is its harmless twin
            data.Add(Annotated($"داهمت الشرطة منزلا في {p} فجر اليوم.", "داهمت", "الشرطة"));
            data.Add(Annotated($"تفقدت الشرطة منزلا في {p} فجر اليوم.", null, null));
        }
        return data;
    }

    private static EventModel Train() =>
        new EventTrainer(TestPipeline.Resources.EventLexicons, TestPipeline.Resources.NameStart, new EventTrainOptions { Epochs = 5, MinTriggers = 3 }).Train(Corpus(), "test");

    [Fact]
    public void Learns_a_trigger_word_the_lexicon_lacks()
    {
        var stage = new EventStage(TestPipeline.Resources.EventLexicons, Train(), TestPipeline.Resources.NameStart);
        var raid = TestDocuments.Build("داهمت قوات حفتر مقرا في ترهونة.");
        stage.Process(raid);
        var e = Assert.Single(raid.Events);
        Assert.Equal(EventType.ASSAULT, e.Type);
        Assert.Equal("داهمت", raid.TextOf(e.Trigger));
        Assert.Equal(["haftar"], e.Sources.Select(s => s.NameEn));

        var inspect = TestDocuments.Build("تفقدت قوات حفتر مقرا في ترهونة.");
        stage.Process(inspect);
        Assert.DoesNotContain(inspect.Events, x => x.Type == EventType.ASSAULT);
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_model()
    {
        var a = Train();
        var b = Train();
        Assert.Equal(a.Triggers.Keys, b.Triggers.Keys);
        Assert.Equal(a.Triggers.Weights, b.Triggers.Weights);
        Assert.Equal(a.Arguments.Weights, b.Arguments.Weights);
    }
}
