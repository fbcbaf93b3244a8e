using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
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
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new TrainOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence order; same data and seed give the same model.", DefaultValueFactory = _ => 1 };
        var dropout = new Option<double>("--word-dropout") { Description = "Probability of hiding a token's own word features in a training update (teaches context for unseen names).", DefaultValueFactory = _ => new TrainOptions().WordDropout };
        var dev = new Option<double>("--dev-fraction") { Description = "Hold out this last fraction of the training file and report its F1 after each epoch (0: train on all).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = $"Model file to write. Default: data/models/{NerTagger.DefaultModelFile}." };
        var cmd = new Command("train-ner", """
            Train the Arabic named-entity tagger (averaged perceptron, Viterbi) and write one model file.
            Uses only training data: never the ANERcorp test split. Deterministic for a seed.
            """) { data, aqmar, wikifane, epochs, seed, dropout, dev, output };
        cmd.SetAction(p => Run(p.GetValue(data), p.GetValue(aqmar), p.GetValue(wikifane), p.GetValue(epochs), p.GetValue(seed), p.GetValue(dropout), p.GetValue(dev), p.GetValue(output)));
        return cmd;
    }

    private static int Run(string? dataFile, bool aqmar, bool wikifane, int epochs, int seed, double wordDropout, double devFraction, string? outFile)
    {
        if (epochs < 1) { Console.Error.WriteLine("marsad: --epochs must be at least 1"); return ExitCodes.Usage; }
        if (devFraction is < 0 or >= 1) { Console.Error.WriteLine("marsad: --dev-fraction must be in [0, 1)"); return ExitCodes.Usage; }
        var ner = Path.Combine(DataPaths.Shared, "data", "ner");
        dataFile ??= Path.Combine(ner, "anercorp-camellab", "ANERCorp_CamelLab_train.txt");
        outFile ??= NerTagger.DefaultModelPath;
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
            var sources = new List<string> { Path.GetFileName(dataFile) };
            if (aqmar)
            {
                foreach (var f in Directory.GetFiles(Path.Combine(ner, "aqmar"), "*.txt").Order(StringComparer.Ordinal))
                    train.AddRange(ConllCorpus.Read(f, CorpusFormat.Aqmar));
                sources.Add("aqmar/*.txt");
            }
            if (wikifane)
            {
                train.AddRange(WikiFaneCorpus.Read(Path.Combine(ner, "wikifane-gold-2014", "WikiFANE_Gold_2014_500K.txt")));
                sources.Add("WikiFANE_Gold_2014_500K.txt");
            }
            // Clusters from the text (not the labels) of the training corpora: ANERcorp train, AQMAR, WikiFANE.
            var unlabelled = train.Concat(held ?? []).Select(s => s.Words)
                .Concat(Directory.GetFiles(Path.Combine(ner, "aqmar"), "*.txt").Order(StringComparer.Ordinal).SelectMany(f => ConllCorpus.Read(f, CorpusFormat.Aqmar)).Select(s => s.Words))
                .Concat(WikiFaneCorpus.Read(Path.Combine(ner, "wikifane-gold-2014", "WikiFANE_Gold_2014_500K.txt")).Select(s => s.Words))
                .Select(words => Array.ConvertAll(words, w => TokenView.FromWord(w).Stem));
            var clusters = WordClusters.Learn(unlabelled, seed: seed);
            Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] clustered {clusters.Count} stems");
            var lexicon = LexiconBuilder.Build(DataPaths.DataFile("ner"), Path.Combine(DataPaths.Shared, "data", "kb"), clusters);
            Console.Error.WriteLine($"lexicon: {lexicon.CueCount} cue words, {lexicon.PhraseCount} gazetteer phrases, {lexicon.NisbaCount} nisbas, {lexicon.ClusterCount} clustered words");
            var options = new TrainOptions { Epochs = epochs, Seed = seed, WordDropout = wordDropout };
            var info = JsonSerializer.Serialize(new
            {
                trainer = "averaged perceptron, first-order Viterbi",
                data = sources,
                sentences = train.Count,
                epochs,
                seed,
                word_dropout = wordDropout,
                dev_fraction = devFraction,
                created = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            });
            var trainer = new PerceptronTrainer(lexicon, options) { Log = m => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}") };
            var model = trainer.Train(train, held, info);
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
