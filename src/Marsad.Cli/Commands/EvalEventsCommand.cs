using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Contract;
using Marsad.Events;
using Marsad.Events.Learning;
using Marsad.Events.Learning.Corpora;
using Marsad.Events.Lexicons;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval-events</c>: per-type scores of the event model on the dev split, or by cross-validation on a GSR file.</summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Marsad's event corpus. Default: data/events/annotation/corpus.jsonl." };
        var articles = new Option<string?>("--articles") { Description = "Article texts the corpus points into. Default: ../shared/data/unlabelled/news-ar.jsonl.gz." };
        var split = new Option<string>("--split") { Description = "Split of the corpus to score: dev, train or all.", DefaultValueFactory = _ => "dev" };
        var model = new Option<string?>("--model") { Description = $"Model file. Default: data/models/{EventModel.DefaultFile}." };
        var gsr = new Option<string?>("--gsr") { Description = "Score on an event GSR file instead, by k-fold cross-validation by source document: each fold is extracted by a model trained on the other folds (plus the corpus's train split)." };
        var folds = new Option<int>("--folds") { Description = "Folds for --gsr.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Training seed for --gsr.", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Training passes for --gsr.", DefaultValueFactory = _ => new EventTrainOptions().Epochs };
        var gsrWeight = new Option<float>("--gsr-weight") { Description = "Weight of the GSR items' examples in training for --gsr.", DefaultValueFactory = _ => new EventTrainOptions().GsrWeight };
        var positive = new Option<float>("--positive-weight") { Description = "Weight of an update on a missed event, for --gsr.", DefaultValueFactory = _ => new EventTrainOptions().PositiveWeight };
        var predictions = new Option<string?>("--predictions") { Description = "Write the extracted documents (extract's JSON Lines) here, e.g. for score_gsr.py." };
        var cmd = new Command("eval-events", """
            Extract events from annotated sentences and print per-type precision, recall and F1 of triggers (type
            and an overlapping trigger span) and of arguments (source and target actors whose mention overlaps the
            annotated span). The last line is JSON: {"trigger": {...}, "argument": {...}, "types": {...}}.
            """) { corpus, articles, split, model, gsr, folds, seed, epochs, gsrWeight, positive, predictions };
        cmd.SetAction(p => Run(p.GetValue(corpus), p.GetValue(articles), p.GetValue(split)!, p.GetValue(model), p.GetValue(gsr), p.GetValue(folds), p.GetValue(seed), p.GetValue(epochs), p.GetValue(gsrWeight), p.GetValue(positive), p.GetValue(predictions)));
        return cmd;
    }

    private static int Run(string? corpusFile, string? articles, string split, string? modelFile, string? gsrFile, int folds, int seed, int epochs, float gsrWeight, float positiveWeight, string? predictionsFile)
    {
        if (split is not ("dev" or "train" or "all")) { Console.Error.WriteLine("marsad: --split must be dev, train or all"); return ExitCodes.Usage; }
        if (!(gsrWeight > 0) || !(positiveWeight > 0)) { Console.Error.WriteLine("marsad: --gsr-weight and --positive-weight must be positive"); return ExitCodes.Usage; }
        if (folds < 2) { Console.Error.WriteLine("marsad: --folds must be at least 2"); return ExitCodes.Usage; }
        try
        {
            var scorer = new EventScorer();
            var scored = new List<TrainingDocument>();
            if (gsrFile is null)
            {
                var model = EventModel.Load(modelFile ?? Composition.Data.File("models", EventModel.DefaultFile));
                var data = EventData.Process(EventData.Corpus(corpusFile, articles, split));
                if (data.Count == 0) { Console.Error.WriteLine($"marsad: no {split} documents in the corpus"); return ExitCodes.Usage; }
                var stage = new EventStage(Composition.Resources.EventLexicons, model, Composition.Resources.NameStart);
                Parallel.ForEach(data, d => stage.Process(d.Document));
                scored.AddRange(data);
                Console.WriteLine($"{split} split: {data.Count} articles, {data.Sum(d => d.Gold.Sentences.Count)} sentences; model {model.Info}");
            }
            else
            {
                var items = EventData.Process(GsrCorpus.Read(gsrFile));
                var train = EventData.Process(EventData.Corpus(corpusFile, articles, "train"));
                for (int k = 0; k < folds; k++)
                {
                    var held = items.Where(d => Fold(d.Gold.Group, folds) == k).ToList();
                    var rest = train.Concat(items.Where(d => Fold(d.Gold.Group, folds) != k)).ToList();
                    var model = new EventTrainer(Composition.Resources.EventLexicons, Composition.Resources.NameStart, new EventTrainOptions { Epochs = epochs, Seed = seed, GsrWeight = gsrWeight, PositiveWeight = positiveWeight }).Train(rest, "cross-validation");
                    var stage = new EventStage(Composition.Resources.EventLexicons, model, Composition.Resources.NameStart);
                    Parallel.ForEach(held, d => stage.Process(d.Document));
                    Console.Error.WriteLine($"fold {k + 1}/{folds}: trained on {rest.Count} documents, extracted {held.Count}");
                }
                scored.AddRange(items);
                Console.WriteLine($"{Path.GetFileName(gsrFile)}: {items.Count} items (ambiguous left out), {folds}-fold cross-validation by source document");
            }
            foreach (var d in scored) scorer.Add(d.Document, d.Gold);
            if (predictionsFile is not null)
            {
                using var output = File.Create(predictionsFile);
                foreach (var d in scored) { ExtractionJsonWriter.Write(output, d.Document); output.WriteByte((byte)'\n'); }
            }
            Console.Write(scorer.Table());
            Console.WriteLine(scorer.Json());
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }

    /// <summary>A fold per source document, from a stable hash of its id (the same on every machine).</summary>
    private static int Fold(string group, int folds)
    {
        uint h = 2166136261;
        foreach (char c in group) h = (h ^ c) * 16777619;
        return (int)(h % (uint)folds);
    }
}
