using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Mentions.Tests;

public class TrainingTests
{
    private static readonly string[] Names = ["زيد", "عمرو", "خالد", "سعيد", "حسن", "كريم", "نبيل", "هشام"];
    private static readonly string[] Places = ["دمشق", "بغداد", "عمان", "تونس", "الرباط", "صنعاء"];

    /// <summary>An obvious pattern: the word after السيد is a person, the word after مدينة a place.</summary>
    private static List<LabeledSentence> Corpus()
    {
        var data = new List<LabeledSentence>();
        foreach (var name in Names)
            foreach (var place in Places)
                data.Add(new LabeledSentence(
                    ["وصل", "السيد", name, "إلى", "مدينة", place, "اليوم"],
                    [0, 0, BioLabels.Begin(0), 0, 0, BioLabels.Begin(2), 0]));
        return data;
    }

    [Fact]
    public void Training_learns_an_obvious_pattern_and_generalises_to_new_names()
    {
        var model = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 5 }).Train(Corpus(), null, "{}");
        var tagger = new NerTagger(model);
        // Names and places never seen in training, in the learned contexts.
        var labels = tagger.Tag(TestLexicon.Words("وصل السيد مازن إلى مدينة حلب اليوم"));
        Assert.Equal("O,O,B-PER,O,O,B-LOC,O", string.Join(",", labels.Select(l => BioLabels.Names[l])));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var a = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 3, Seed = 7 }).Train(Corpus(), null, "{}");
        var b = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 3, Seed = 7 }).Train(Corpus(), null, "{}");
        Assert.Equal(a.Keys, b.Keys);
        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Transitions, b.Transitions);
    }
}
