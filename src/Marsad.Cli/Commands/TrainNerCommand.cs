using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train-ner</c>: trains the named-entity tagger and writes the model file.</summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Training file (ANERcorp format). Default: the ANERcorp CAMeL train split in ../shared." };
        var aqmar = new Option<bool>("--aqmar") { Description = "Also train on the AQMAR Wikipedia corpus (../shared/data/ner/aqmar)." };
        var wikifane = new Option<bool>("--wikifane") { Description = "Also train on WikiFANE Gold (../shared/data/ner/wikifane-gold-2014), re-joined and mapped to PER/ORG/LOC/MISC." };
        var domain = new Option<string?>("--domain") { Description = "Also train on the train split of a standoff NER set over the unlabelled news (data/ner/domain: sentences.tsv, entities.tsv); its dev split is never read." };
        var domainWeight = new Option<int>("--domain-weight") { Description = "How many times each --domain sentence is seen per epoch (its weight against ANERcorp).", DefaultValueFactory = _ => 1 };
        var guide = new Option<bool>("--guide") { Description = "First train a guide tagger on AQMAR and WikiFANE Gold, whose labels become features of the ANERcorp model (stacking); the model file carries both." };
        var ensemble = new Option<int>("--ensemble") { Description = "Train this many models with seeds seed, seed+1, … and keep their average (one model, same tagging cost).", DefaultValueFactory = _ => 1 };
        var objective = new Option<TrainingObjective>("--objective") { Description = "Perceptron (averaged structured perceptron) or Crf (linear-chain CRF, AdaGrad, L2).", DefaultValueFactory = _ => TrainingObjective.Perceptron };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new TrainOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence order; same data and seed give the same model.", DefaultValueFactory = _ => 1 };
        var dropout = new Option<double>("--word-dropout") { Description = "Probability of hiding a token's own word features in a training update (teaches context for unseen names).", DefaultValueFactory = _ => new TrainOptions().WordDropout };
        var dev = new Option<double>("--dev-fraction") { Description = "Hold out this last fraction of the training file and report its F1 after each epoch (0: train on all).", DefaultValueFactory = _ => 0 };
        var profiles = new Option<string?>("--profiles") { Description = $"Word profiles from unlabelled text (marsad train-embeddings). Default: data/models/{WordProfiles.DefaultFile}." };
        var without = new Option<string[]>("--without") { Description = "Leave out a resource learned from unlabelled text, to measure it: clusters, stats, labels (the guide's labels of the news).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = $"Model file to write. Default: data/models/{NerTagger.DefaultModelFile}." };
        var cmd = new Command("train-ner", """
            Train the Arabic named-entity tagger (averaged perceptron or CRF, Viterbi; optionally guided by a
            tagger trained on AQMAR and WikiFANE, and averaged over seeds) and write one model file.
            Uses only training data: never the ANERcorp test split. Deterministic for a seed.
            The committed model: see data/models/README.md.
            """) { data, aqmar, wikifane, domain, domainWeight, guide, ensemble, objective, epochs, seed, dropout, dev, profiles, without, output };
        cmd.SetAction(p => Run(p.GetValue(data), p.GetValue(aqmar), p.GetValue(wikifane), p.GetValue(domain), p.GetValue(domainWeight), p.GetValue(guide), p.GetValue(ensemble), p.GetValue(objective), p.GetValue(epochs), p.GetValue(seed), p.GetValue(dropout), p.GetValue(dev), p.GetValue(profiles), p.GetValue(without) ?? [], p.GetValue(output)));
        return cmd;
    }

    // The guide only has to get labels right: dropping its weights under 1 (features updated once or
    // twice) makes the file a third smaller at the same held-out F1 (68.8 against 68.9, 15% of train).
    private const float GuidePruneBelow = 1f;

    private static int Run(string? dataFile, bool aqmar, bool wikifane, string? domainDir, int domainWeight, bool guide, int ensemble, TrainingObjective objective, int epochs, int seed, double wordDropout, double devFraction, string? profilesFile, string[] without, string? outFile)
    {
        if (ensemble < 1) { Console.Error.WriteLine("marsad: --ensemble must be at least 1"); return ExitCodes.Usage; }
        if (domainWeight < 1) { Console.Error.WriteLine("marsad: --domain-weight must be at least 1"); return ExitCodes.Usage; }
        if (epochs < 1) { Console.Error.WriteLine("marsad: --epochs must be at least 1"); return ExitCodes.Usage; }
        if (devFraction is < 0 or >= 1) { Console.Error.WriteLine("marsad: --dev-fraction must be in [0, 1)"); return ExitCodes.Usage; }
        if (without.FirstOrDefault(w => w is not ("clusters" or "stats" or "labels")) is { } unknown) { Console.Error.WriteLine($"marsad: --without: '{unknown}' is not clusters, stats or labels"); return ExitCodes.Usage; }
        var ner = Path.Combine(DataPaths.Shared, "data", "ner");
        profilesFile ??= DataPaths.DataFile("models", WordProfiles.DefaultFile);
        var newsFile = Path.Combine(DataPaths.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        dataFile ??= Path.Combine(ner, "anercorp-camellab", "ANERCorp_CamelLab_train.txt");
        outFile ??= DataPaths.DataFile("models", NerTagger.DefaultModelFile);
        if (OutputTarget.Conflict(outFile, [dataFile, ner]) is { } conflict)
        {
            Console.Error.WriteLine("marsad: " + conflict);
            return ExitCodes.Usage;
        }
        var clock = Stopwatch.StartNew();
        try
        {
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
            if (aqmar) { train.AddRange(aqmarData); sources.Add("aqmar/*.txt"); }
            if (wikifane) { train.AddRange(wikifaneData); sources.Add("WikiFANE_Gold_2014_500K.txt"); }
            if (domainDir is not null)
            {
                var domainTrain = StandoffCorpus.Read(domainDir, newsFile, "train");
                for (int k = 0; k < domainWeight; k++) train.AddRange(domainTrain);
                sources.Add($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(domainDir))} train split ({domainTrain.Count} sentences) x{domainWeight}");
            }
            if (guide && !without.Contains("labels")) sources.Add(Path.GetFileName(newsFile) + " (labels by the guide: word features)");
            // Clusters and name statistics learned from unlabelled news and the corpora's text (train-embeddings).
            var words = WordProfiles.Classes(WordProfiles.Read(profilesFile), clusters: !without.Contains("clusters"), statistics: !without.Contains("stats"));
            var lexicon = LexiconBuilder.Build(DataPaths.DataFile("ner"), Path.Combine(DataPaths.Shared, "data", "kb"), words);
            Console.Error.WriteLine($"lexicon: {lexicon.CueCount} cue words, {lexicon.PhraseCount} gazetteer phrases, {lexicon.NisbaCount} nisbas, {lexicon.WordCount} profiled words from {Path.GetFileName(profilesFile)}");
            var options = new TrainOptions { Epochs = epochs, Seed = seed, WordDropout = wordDropout, Objective = objective };
            var info = JsonSerializer.Serialize(new
            {
                trainer = (objective == TrainingObjective.Crf ? "linear-chain CRF" : "averaged perceptron") + ", first-order Viterbi" + (guide ? ", guided" : ""),
                ensemble,
                data = sources,
                profiles = Path.GetFileName(profilesFile),
                without,
                sentences = train.Count,
                epochs,
                seed,
                word_dropout = wordDropout,
                dev_fraction = devFraction,
                created = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            });
            Action<string> log = m => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}");
            TaggerModel? guideModel = null;
            if (guide)
            {
                log("guide: AQMAR and WikiFANE Gold");
                var guideInfo = JsonSerializer.Serialize(new { trainer = "guide: averaged perceptron", data = new[] { "aqmar/*.txt", "WikiFANE_Gold_2014_500K.txt" }, epochs, seed, word_dropout = wordDropout });
                guideModel = new PerceptronTrainer(lexicon, options with { PruneBelow = GuidePruneBelow }) { Log = log }.Train([.. aqmarData, .. wikifaneData], null, guideInfo);
                if (!without.Contains("labels"))
                {
                    // The guide never saw ANERcorp: its labels of the news are as reliable on ANERcorp train as on new text.
                    var news = new TokenCorpus();
                    news.AddArticles(newsFile);
                    var shares = CorpusLabelStatistics.Learn(news, guideModel);
                    foreach (var (stem, packed) in shares)
                        if (words.TryGetValue(stem, out var w)) words[stem] = w with { Labels = packed };
                    lexicon = LexiconBuilder.Build(DataPaths.DataFile("ner"), Path.Combine(DataPaths.Shared, "data", "kb"), words);
                    log($"guide's labels of {news.TokenCount} news tokens: {shares.Count} stems");
                }
            }
            // Features once for all members: only the sentence order and dropout differ between them.
            var corpus = CompiledCorpus.Build(train, lexicon, guideModel, options.MinCount);
            var members = new List<TaggerModel>();
            for (int m = 0; m < ensemble; m++)
            {
                var o = options with { Seed = seed + m };
                if (ensemble > 1) log($"ensemble member {m + 1} of {ensemble} (seed {o.Seed})");
                members.Add(objective == TrainingObjective.Crf
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
