using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Knowledge;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train-ner</c>: trains the named-entity tagger by its recipe and writes the model file.</summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var recipe = new Option<string?>("--recipe") { Description = $"The recipe (JSON: data, guide, ensemble, learner settings). Default: data/models/{NerRecipe.DefaultFile}, the committed model's." };
        var data = new Option<string?>("--data") { Description = "Training file (ANERcorp format) instead of the recipe's." };
        var seed = new Option<int?>("--seed") { Description = "Seed instead of the recipe's (sentence order, dropout masks)." };
        var without = new Option<string[]>("--without") { Description = "Leave out a resource learned from unlabelled text, to measure it: clusters, stats, labels (the guide's labels of the news); added to the recipe's.", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<double>("--dev-fraction") { Description = "Hold out this last fraction of the training file and report its F1 after each epoch (0: train on all).", DefaultValueFactory = _ => 0 };
        var profiles = new Option<string?>("--profiles") { Description = $"Word profiles from unlabelled text (marsad train-embeddings). Default: data/models/{WordProfiles.DefaultFile}." };
        var output = new Option<string?>("--out") { Description = $"Model file to write. Default: data/models/{NerTagger.DefaultModelFile}." };
        var cmd = new Command("train-ner", """
            Train the Arabic named-entity tagger by its recipe (data/models/ner.recipe.json: averaged perceptron
            or CRF, Viterbi; optionally guided by a tagger trained on AQMAR and WikiFANE, and averaged over seeds)
            and write one model file. Its gazetteer is the compiled knowledge base (data/kb/marsad-kb.tsv).
            Uses only training data: never the ANERcorp test split. Deterministic for a seed.
            The committed model: see data/models/README.md.
            """) { recipe, data, seed, without, dev, profiles, output };
        cmd.SetAction(p => Run(p.GetValue(recipe), p.GetValue(data), p.GetValue(seed), p.GetValue(without) ?? [], p.GetValue(dev), p.GetValue(profiles), p.GetValue(output)));
        return cmd;
    }

    private static int Run(string? recipeFile, string? dataFile, int? seed, string[] without, double devFraction, string? profilesFile, string? outFile)
    {
        if (devFraction is < 0 or >= 1) { Console.Error.WriteLine("marsad: --dev-fraction must be in [0, 1)"); return ExitCodes.Usage; }
        var ner = Path.Combine(Composition.Shared, "data", "ner");
        recipeFile ??= Composition.Data.File("models", NerRecipe.DefaultFile);
        profilesFile ??= Composition.Data.File("models", WordProfiles.DefaultFile);
        var newsFile = Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        outFile ??= Composition.Data.File("models", NerTagger.DefaultModelFile);
        var clock = Stopwatch.StartNew();
        try
        {
            var r = NerRecipe.Read(recipeFile);
            r = r with
            {
                Train = dataFile ?? r.Train,
                Seed = seed ?? r.Seed,
                Without = [.. r.Without.Union(without)],
            };
            r.Check("train-ner");
            dataFile = Path.Combine(ner, r.Train);
            if (OutputTarget.Conflict(outFile, [dataFile, ner, recipeFile]) is { } conflict)
            {
                Console.Error.WriteLine("marsad: " + conflict);
                return ExitCodes.Usage;
            }
            var train = ConllCorpus.Read(dataFile, CorpusFormat.AnerCorp);
            List<LabeledSentence>? held = null;
            if (devFraction > 0)
            {
                int cut = (int)(train.Count * (1 - devFraction));
                held = train[cut..];
                train = train[..cut];
            }
            var aqmarData = Directory.GetFiles(Path.Combine(ner, "aqmar"), "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(f => ConllCorpus.Read(f, CorpusFormat.Aqmar)).ToList();
            var wikifaneData = WikiFaneCorpus.Read(Path.Combine(ner, "wikifane-gold-2014", "WikiFANE_Gold_2014_500K.txt"));
            var sources = new List<string> { Path.GetFileName(dataFile) };
            if (r.Aqmar) { train.AddRange(aqmarData); sources.Add("aqmar/*.txt"); }
            if (r.Wikifane) { train.AddRange(wikifaneData); sources.Add("WikiFANE_Gold_2014_500K.txt"); }
            if (r.Domain is not null)
            {
                var domainDir = Composition.Data.File(r.Domain);
                var domainTrain = StandoffCorpus.Read(domainDir, newsFile, "train");
                for (int k = 0; k < r.DomainWeight; k++) train.AddRange(domainTrain);
                sources.Add($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(domainDir))} train split ({domainTrain.Count} sentences) x{r.DomainWeight}");
            }
            if (r.Guide && !r.Without.Contains("labels")) sources.Add(Path.GetFileName(newsFile) + " (labels by the guide: word features)");
            // Clusters and name statistics learned from unlabelled news and the corpora's text (train-embeddings).
            var words = WordProfiles.Classes(WordProfiles.Read(profilesFile), clusters: !r.Without.Contains("clusters"), statistics: !r.Without.Contains("stats"));
            var kb = KnowledgeBase.Load(Composition.Data);
            var actors = Path.Combine(Composition.Shared, "data", "kb", "universalpetrarch-arabic", "actor_dict_ar_v4.txt");
            var lexicon = LexiconBuilder.Build(Composition.Data.File("ner"), kb, actors, words);
            Console.Error.WriteLine($"lexicon: {lexicon.CueCount} cue words, {lexicon.PhraseCount} gazetteer phrases, {lexicon.NisbaCount} nisbas, {lexicon.WordCount} profiled words from {Path.GetFileName(profilesFile)}");
            var options = r.Options;
            var info = JsonSerializer.Serialize(new
            {
                trainer = (r.Objective == TrainingObjective.Crf ? "linear-chain CRF" : "averaged perceptron") + ", first-order Viterbi" + (r.Guide ? ", guided" : ""),
                recipe = JsonSerializer.Deserialize<JsonElement>(r.ToJson()),
                data = sources,
                gazetteer = "marsad-kb.tsv, actor_dict_ar_v4.txt",
                profiles = Path.GetFileName(profilesFile),
                sentences = train.Count,
                dev_fraction = devFraction,
                created = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            });
            Action<string> log = m => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}");
            TaggerModel? guideModel = null;
            if (r.Guide)
            {
                log("guide: AQMAR and WikiFANE Gold");
                var guideInfo = JsonSerializer.Serialize(new { trainer = "guide: averaged perceptron", data = new[] { "aqmar/*.txt", "WikiFANE_Gold_2014_500K.txt" }, r.Epochs, r.Seed, r.WordDropout });
                guideModel = new PerceptronTrainer(lexicon, options with { PruneBelow = r.GuidePruneBelow }) { Log = log }.Train([.. aqmarData, .. wikifaneData], null, guideInfo);
                if (!r.Without.Contains("labels"))
                {
                    // The guide never saw ANERcorp: its labels of the news are as reliable on ANERcorp train as on new text.
                    var news = new TokenCorpus();
                    news.AddArticles(newsFile);
                    var shares = CorpusLabelStatistics.Learn(news, guideModel);
                    foreach (var (stem, packed) in shares)
                        if (words.TryGetValue(stem, out var w)) words[stem] = w with { Labels = packed };
                    lexicon = LexiconBuilder.Build(Composition.Data.File("ner"), kb, actors, words);
                    log($"guide's labels of {news.TokenCount} news tokens: {shares.Count} stems");
                }
            }
            // Features once for all members: only the sentence order and dropout differ between them.
            var corpus = CompiledCorpus.Build(train, lexicon, guideModel, options.MinCount);
            var members = new List<TaggerModel>();
            for (int m = 0; m < r.Ensemble; m++)
            {
                var o = options with { Seed = r.Seed + m };
                if (r.Ensemble > 1) log($"ensemble member {m + 1} of {r.Ensemble} (seed {o.Seed})");
                members.Add(r.Objective == TrainingObjective.Crf
                    ? new CrfTrainer(lexicon, o) { Log = log }.Train(corpus, held, info)
                    : new PerceptronTrainer(lexicon, o) { Log = log }.Train(corpus, held, info));
            }
            var model = ModelAverage.Of(members, info);
            model.Save(outFile);
            Console.Error.WriteLine($"wrote {outFile}: {model.FeatureCount} features, {new FileInfo(outFile).Length / 1024.0 / 1024:F2} MB, in {clock.Elapsed.TotalSeconds:F0} s");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }
}
