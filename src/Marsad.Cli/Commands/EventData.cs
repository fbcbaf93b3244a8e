using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Events.Learning;
using Marsad.Events.Learning.Corpora;
using Marsad.Linking;
using Marsad.Mentions;
using Marsad.Text;

namespace Marsad.Cli.Commands;

/// <summary>Loads the event corpora for train-events and eval-events and runs the stages before events on them.</summary>
internal static class EventData
{
    public static string DefaultCorpus => Composition.Data.File("events", "annotation", "corpus.jsonl");
    public static string DefaultArticles => Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");

    public static List<GoldDocument> Corpus(string? path, string? articles, string split)
    {
        path ??= DefaultCorpus;
        if (!File.Exists(path)) return [];
        return AnnotatedCorpus.Read(path, articles ?? DefaultArticles).Where(d => split == "all" || d.Split == split).ToList();
    }

    /// <summary>Tokens, sentences, mentions and entities of each document, in parallel, in input order.</summary>
    public static List<TrainingDocument> Process(IReadOnlyList<GoldDocument> gold)
    {
        var pipeline = new DocumentPipeline([MarsadPipeline.Text(Composition.Resources), MarsadPipeline.Mentions(Composition.Resources), MarsadPipeline.Linking(Composition.Resources)]);
        var docs = new TrainingDocument[gold.Count];
        Parallel.For(0, gold.Count, i => docs[i] = new TrainingDocument(pipeline.Process(new Document(gold[i].Id, gold[i].Text)), gold[i]));
        return [.. docs];
    }
}
