using System.CommandLine;
using System.Diagnostics;
using Marsad.Core;
using Marsad.Events.Learning;
using Marsad.Events.Learning.Corpora;
using Marsad.Events.Lexicons;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train-events</c>: trains the event model and writes it.</summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Marsad's event corpus (standoff JSON Lines). Default: data/events/annotation/corpus.jsonl, its train split." };
        var articles = new Option<string?>("--articles") { Description = "Article texts the corpus points into. Default: ../shared/data/unlabelled/news-ar.jsonl.gz." };
        var gsr = new Option<string[]>("--gsr") { Description = "Also train on an event GSR file (../shared/eval/event-gsr-dev/gsr.jsonl): sentences coded for ASSAULT or PROTEST.", AllowMultipleArgumentsPerToken = false };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the data.", DefaultValueFactory = _ => new EventTrainOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the example order; same data and seed give the same model.", DefaultValueFactory = _ => 1 };
        var positive = new Option<float>("--positive-weight") { Description = "Weight of an update on a missed event.", DefaultValueFactory = _ => new EventTrainOptions().PositiveWeight };
        var gsrWeight = new Option<float>("--gsr-weight") { Description = "Weight of the GSR items' examples against the corpus's.", DefaultValueFactory = _ => new EventTrainOptions().GsrWeight };
        var output = new Option<string?>("--out") { Description = $"Model file to write. Default: data/models/{EventModel.DefaultFile}." };
        var cmd = new Command("train-events", """
            Train the event model: a trigger classifier (no event or one of the 16 PLOVER types, with the trigger
            lexicon, CAMEO verb lemmas, argument rules and modality cues as features) and an argument classifier
            (source, target or neither for each actor phrase, named or generic), averaged perceptrons. Uses the
            train split of the corpus only. Deterministic for a seed; a few minutes on 2 cores.
            The committed model: see data/models/README.md.
            """) { corpus, articles, gsr, epochs, seed, positive, gsrWeight, output };
        cmd.SetAction(p => Run(p.GetValue(corpus), p.GetValue(articles), p.GetValue(gsr) ?? [], p.GetValue(epochs), p.GetValue(seed), p.GetValue(positive), p.GetValue(gsrWeight), p.GetValue(output)));
        return cmd;
    }

    private static int Run(string? corpusFile, string? articles, string[] gsrFiles, int epochs, int seed, float positiveWeight, float gsrWeight, string? outFile)
    {
        if (epochs < 1) { Console.Error.WriteLine("marsad: --epochs must be at least 1"); return ExitCodes.Usage; }
        if (!(gsrWeight > 0) || !(positiveWeight > 0)) { Console.Error.WriteLine("marsad: --gsr-weight and --positive-weight must be positive"); return ExitCodes.Usage; }
        outFile ??= Composition.Data.File("models", EventModel.DefaultFile);
        var clock = Stopwatch.StartNew();
        try
        {
            var gold = EventData.Corpus(corpusFile, articles, "train");
            var sources = new List<string>();
            if (gold.Count > 0) sources.Add($"{Path.GetFileName(corpusFile ?? EventData.DefaultCorpus)} (train, {gold.Count} articles)");
            foreach (var g in gsrFiles)
            {
                var items = GsrCorpus.Read(g);
                gold.AddRange(items);
                sources.Add($"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(g)))}/{Path.GetFileName(g)} ({items.Count} items)");
            }
            if (gold.Count == 0) { Console.Error.WriteLine("marsad: no training data (no corpus file and no --gsr)"); return ExitCodes.Usage; }
            var data = EventData.Process(gold);
            Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] processed {data.Count} documents");
            var trainer = new EventTrainer(Composition.Resources.EventLexicons, Composition.Resources.NameStart, new EventTrainOptions { Epochs = epochs, Seed = seed, PositiveWeight = positiveWeight, GsrWeight = gsrWeight }) { Log = m => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}") };
            var model = trainer.Train(data, string.Join(" + ", sources));
            model.Save(outFile);
            Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] wrote {outFile}");
            Console.WriteLine(model.Info);
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }
}
