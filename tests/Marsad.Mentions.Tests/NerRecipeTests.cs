using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Mentions.Tests;

/// <summary>The training recipe file and the gazetteer the tagger is trained with.</summary>
public class NerRecipeTests
{
    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-recipe-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static string Recipe(string train = "anercorp-camellab/ANERCorp_CamelLab_train.txt", string extra = "") => $$"""
        // a comment
        { "train": "{{train}}", "aqmar": false, "wikifane": false, "domain": null, "domain_weight": 1, "guide": false,
          "guide_prune_below": 1, "ensemble": 2, "objective": "crf", "epochs": 3, "seed": 5, "word_dropout": 0.2,
          "min_count": 1, "prune_below": 0.01, "without": ["stats"]{{extra}} }
        """;

    [Fact]
    public void The_committed_recipe_reads_and_trains_on_training_data_only()
    {
        var recipe = NerRecipe.Read(Path.Combine(DataPaths.Data, "models", NerRecipe.DefaultFile));
        Assert.EndsWith("train.txt", recipe.Train);
        Assert.True(recipe.Ensemble >= 1 && recipe.Epochs >= 1);
        Assert.True(recipe.Domain is null || Directory.Exists(Path.Combine(DataPaths.Data, recipe.Domain)));
    }

    [Fact]
    public void A_recipe_gives_the_learner_its_settings()
    {
        var path = Write(Recipe());
        try
        {
            var o = NerRecipe.Read(path).Options;
            Assert.Equal((3, 5, 0.2, TrainingObjective.Crf), (o.Epochs, o.Seed, o.WordDropout, o.Objective));
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("\"seed\": 5, ", "seed")]                 // a field missing
    [InlineData(null, "epoch")]                            // an unknown field
    public void A_recipe_that_does_not_say_everything_is_refused(string? remove, string named)
    {
        var json = remove is null ? Recipe(extra: ", \"epoch\": 4") : Recipe().Replace(remove, "");
        var path = Write(json);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => NerRecipe.Read(path));
            Assert.Contains(path, e.Message);
            Assert.Contains(named, e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_recipe_never_trains_on_a_test_split()
    {
        var path = Write(Recipe(train: "anercorp-camellab/ANERCorp_CamelLab_test.txt"));
        try { Assert.Contains("test split", Assert.Throws<InvalidDataException>(() => NerRecipe.Read(path)).Message); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_gazetteer_is_the_knowledge_base_with_its_kinds_and_nisba_forms()
    {
        var kb = new KnowledgeBase([
            new KbEntry { Id = "Q79", Kind = KbKind.State, Type = EntityType.GPE, NameAr = "مصر", Aliases = ["مصر", "جمهورية مصر العربية"], NisbaForms = ["المصري", "المصرية"], Source = "test", Prior = 100 },
            new KbEntry { Id = "Q1", Kind = KbKind.City, Type = EntityType.LOC, NameAr = "بنغازي", Aliases = ["بنغازي"], Source = "test", Prior = 40 },
            new KbEntry { Id = "M:p", Kind = KbKind.Party, Type = EntityType.ORG, NameAr = "حزب النور", Aliases = ["حزب النور"], Source = "test", Prior = 90 },
            new KbEntry { Id = "M:w", Kind = KbKind.Weapon, Type = EntityType.MISC, NameAr = "رافال", Aliases = ["رافال"], Source = "test", Prior = 90 },
        ]);
        var actors = Path.Combine(Path.GetTempPath(), $"marsad-actors-{Guid.NewGuid():N}.txt");
        File.WriteAllText(actors, "نوري_المالكي_\n\t[IRQGOV 20101221-20140908]\n");
        try
        {
            var lexicon = LexiconBuilder.Build(Path.Combine(DataPaths.Data, "ner"), kb, actors);
            var words = TestLexicon.Words("زار نوري المالكي جمهورية مصر العربية وبنغازي مع حزب النور ورافال وطرابلس");
            var types = new GazetteerType[words.Length];
            var begins = new bool[words.Length];
            lexicon.MatchPhrases(words, types, begins);
            Assert.Equal(
                "None,Person,Person,Country,Country,Country,City,None,Actor,Actor,None,None",
                string.Join(",", types));
            Assert.True(lexicon.IsNisba(TestLexicon.Words("المصرية")[0]));
            Assert.False(lexicon.IsNisba(TestLexicon.Words("الليبية")[0]));
        }
        finally { File.Delete(actors); }
    }
}
