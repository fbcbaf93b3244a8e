using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

public class DecodingTests
{
    private const int L = TaggerModel.L;

    /// <summary>A hand-made model: "زيد" looks like a person, "عمرو" too, I-PER may follow B-PER, O is the default.</summary>
    private static TaggerModel TinyModel()
    {
        ulong zaid = FeatureHash.Of((int)FeatureTemplate.Word, "زيد");
        ulong amr = FeatureHash.Of((int)FeatureTemplate.Word, "عمرو");
        ulong bias = FeatureHash.Of((int)FeatureTemplate.Bias);
        var w = new float[3 * L];
        w[2 * L + BioLabels.O] = 1.2f;
        w[0 * L + BioLabels.Begin(0)] = 2;
        w[1 * L + BioLabels.Begin(0)] = 1.5f;
        w[1 * L + BioLabels.Inside(0)] = 1;
        var trans = new float[(L + 1) * L];
        trans[BioLabels.Begin(0) * L + BioLabels.Inside(0)] = 1; // B-PER → I-PER
        trans[BioLabels.O * L + BioLabels.Inside(0)] = -5;       // O → I-PER is unlikely
        trans[L * L + BioLabels.Inside(0)] = -5;                 // nor does a sentence open with I-PER
        return new TaggerModel(NerLexicon.Empty, [zaid, amr, bias], w, trans, "{}");
    }

    [Theory]
    [InlineData("قال زيد", "O,B-PER")]
    [InlineData("قال زيد عمرو", "O,B-PER,I-PER")]   // B→I (1 + 1) beats a second B (1.5)
    [InlineData("عمرو قال", "B-PER,O")]             // no I-PER at the start of a sentence
    [InlineData("قال ثم", "O,O")]
    public void Viterbi_combines_emissions_and_transitions(string sentence, string expected)
    {
        var labels = new NerTagger(TinyModel()).Tag(TestLexicon.Words(sentence));
        Assert.Equal(expected, string.Join(",", labels.Select(l => BioLabels.Names[l])));
    }

    [Fact]
    public void Viterbi_finds_the_best_path_not_the_greedy_one()
    {
        // Greedy picks label 1 at t0 (3 > 2), but 1→1 costs 10: the best path is 0,1.
        const int n = 2, labels = 2;
        float[] e = [2, 3, 0, 4];
        var trans = new float[(labels + 1) * labels];
        trans[1 * labels + 1] = -10;
        var best = new int[n];
        Viterbi.Decode(e, trans, labels, best);
        Assert.Equal([0, 1], best);
    }

    [Fact]
    public void A_model_with_a_guide_round_trips_and_tags_alike()
    {
        // The main model trusts whatever its guide calls B-PER.
        ulong followGuide = FeatureHash.Of((int)FeatureTemplate.Guide, BioLabels.Begin(0));
        var w = new float[L];
        w[BioLabels.Begin(0)] = 3;
        var main = new TaggerModel(NerLexicon.Empty, [followGuide], w, new float[(L + 1) * L], "{}") { Guide = TinyModel() };
        var path = Path.Combine(Path.GetTempPath(), $"marsad-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            main.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.NotNull(loaded.Guide);
            Assert.Equal(main.Guide!.Keys.Order(), loaded.Guide.Keys.Order());
            var words = TestLexicon.Words("قال زيد ثم");
            Assert.Equal("O,B-PER,O", string.Join(",", new NerTagger(loaded).Tag(words).Select(l => BioLabels.Names[l])));
            Assert.Equal(new NerTagger(main).Tag(words), new NerTagger(loaded).Tag(words));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Model_round_trips_through_its_file()
    {
        var model = TinyModel();
        var path = Path.Combine(Path.GetTempPath(), $"marsad-ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            model.Save(path);
            var loaded = TaggerModel.Load(path);
            Assert.Equal(model.Keys.Order(), loaded.Keys.Order());
            Assert.Equal(model.Transitions, loaded.Transitions);
            var words = TestLexicon.Words("قال زيد عمرو");
            Assert.Equal(new NerTagger(model).Tag(words), new NerTagger(loaded).Tag(words));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var e = Assert.ThrowsAny<Exception>(() => TaggerModel.Load(path));
            Assert.True(e is InvalidDataException or IOException, e.GetType().Name);
        }
        finally { File.Delete(path); }
    }
}
