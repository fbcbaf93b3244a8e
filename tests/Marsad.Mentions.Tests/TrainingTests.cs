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

    [Fact]
    public void Crf_training_learns_the_same_pattern()
    {
        var options = new TrainOptions { Epochs = 5, Objective = TrainingObjective.Crf, WordDropout = 0 };
        var tagger = new NerTagger(new CrfTrainer(NerLexicon.Empty, options).Train(Corpus(), null, "{}"));
        var labels = tagger.Tag(TestLexicon.Words("وصل السيد مازن إلى مدينة حلب اليوم"));
        Assert.Equal("O,O,B-PER,O,O,B-LOC,O", string.Join(",", labels.Select(l => BioLabels.Names[l])));
    }

    [Fact]
    public void A_guided_model_learns_to_follow_its_guide_where_its_own_features_say_nothing()
    {
        // The guide knows all the names and the other words. The main corpus has only half of the names
        // and all but one of the words, in a context that says nothing (قال X شيئا), so the main model
        // can tell a name it never saw from a word it never saw only through its guide's labels.
        string[] words = ["حديثا", "كلاما", "خبرا", "قولا", "رأيا", "جوابا"];
        var guideData = Names.Select(n => new LabeledSentence(["شاهد", n, "الآن"], [0, BioLabels.Begin(0), 0]))
            .Concat(words.Select(w => new LabeledSentence(["شاهد", w, "الآن"], [0, 0, 0]))).ToList();
        var guide = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 5 }).Train(guideData, null, "{}");
        var data = Names[..4].Select(n => new LabeledSentence(["قال", n, "شيئا"], [0, BioLabels.Begin(0), 0]))
            .Concat(words[1..].Select(w => new LabeledSentence(["قال", w, "شيئا"], [0, 0, 0]))).ToList();
        var options = new TrainOptions { Epochs = 10, WordDropout = 1 }; // the main model may not memorise words
        var corpus = CompiledCorpus.Build(data, NerLexicon.Empty, guide, options.MinCount);
        var model = new PerceptronTrainer(NerLexicon.Empty, options).Train(corpus, null, "{}");
        Assert.Same(guide, model.Guide);
        // It learned to trust the guide: "the guide says B-PER" scores B-PER above O.
        int row = model.Table.Find(FeatureHash.Of((int)FeatureTemplate.Guide, BioLabels.Begin(0)));
        Assert.True(row >= 0);
        Assert.True(model.Weights[row * TaggerModel.L + BioLabels.Begin(0)] > model.Weights[row * TaggerModel.L + BioLabels.O]);
        var tagger = new NerTagger(model);
        Assert.Equal(BioLabels.Begin(0), tagger.Tag(TestLexicon.Words("قال نبيل شيئا"))[1]);
        Assert.Equal(BioLabels.O, tagger.Tag(TestLexicon.Words("قال حديثا شيئا"))[1]);
    }

    [Fact]
    public void An_ensemble_is_the_mean_of_its_members()
    {
        var a = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 2, Seed = 1 }).Train(Corpus(), null, "{}");
        var b = new PerceptronTrainer(NerLexicon.Empty, new TrainOptions { Epochs = 2, Seed = 2 }).Train(Corpus(), null, "{}");
        var mean = ModelAverage.Of([a, b], "{}");
        Assert.Equal(a.Keys.Union(b.Keys).Order(), mean.Keys.Order());
        int y = BioLabels.Begin(0);
        ulong key = a.Keys[Array.FindIndex(a.Weights, v => v != 0) / TaggerModel.L];
        float Weight(TaggerModel m, int label) => m.Table.Find(key) is int row and >= 0 ? m.Weights[row * TaggerModel.L + label] : 0f;
        for (int label = 0; label < TaggerModel.L; label++)
            Assert.Equal((Weight(a, label) + Weight(b, label)) / 2, Weight(mean, label), 5);
        Assert.Equal((a.Transitions[y] + b.Transitions[y]) / 2, mean.Transitions[y], 5);
    }
}
