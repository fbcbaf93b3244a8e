using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;
using Marsad.Mentions.Training;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad train-embeddings</c>: learns word vectors, clusters and name statistics from unlabelled news and
/// the NER corpora's training text, and writes the word profiles the tagger's training reads.
/// </summary>
public static class TrainEmbeddingsCommand
{
    public static Command Create()
    {
        var news = new Option<string?>("--news") { Description = "Unlabelled articles (JSON Lines, .gz allowed). Default: ../shared/data/unlabelled/news-ar.jsonl.gz." };
        var vocabulary = new Option<int>("--vocabulary") { Description = "Stems that get a vector (the most frequent).", DefaultValueFactory = _ => new VectorOptions().Vocabulary };
        var dimensions = new Option<int>("--dimensions") { Description = "Vector dimensions (randomized SVD of the PPMI matrix).", DefaultValueFactory = _ => new VectorOptions().Dimensions };
        var clusters = new Option<string>("--clusters") { Description = "Numbers of clusters, coarse to fine (spherical k-means).", DefaultValueFactory = _ => "64,256,1024" };
        var seed = new Option<int>("--seed") { Description = "Seed of the random projections and cluster starts; same text and seed give the same file.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = $"Profiles file to write. Default: data/models/{WordProfiles.DefaultFile}." };
        var cmd = new Command("train-embeddings", """
            Learn word representations from unlabelled text: PPMI vectors of each stem's neighbours (two
            words each side), reduced by randomized SVD, clustered by spherical k-means at several
            granularities; and name statistics (article, after a title, before a person-context word).
            Reads the unlabelled news and the text (not the labels) of ANERcorp train, AQMAR and WikiFANE
            Gold; never the ANERcorp test split. Writes derived statistics only. Deterministic for a seed.
            train-ner reads the file it writes.
            """) { news, vocabulary, dimensions, clusters, seed, output };
        cmd.SetAction(p => Run(p.GetValue(news), p.GetValue(vocabulary), p.GetValue(dimensions), p.GetValue(clusters)!, p.GetValue(seed), p.GetValue(output)));
        return cmd;
    }

    private static int Run(string? newsFile, int vocabulary, int dimensions, string clusterList, int seed, string? outFile)
    {
        if (vocabulary < 1 || dimensions < 1) { Console.Error.WriteLine("marsad: --vocabulary and --dimensions must be positive"); return ExitCodes.Usage; }
        var granularities = new List<int>();
        foreach (var part in clusterList.Split(','))
            if (int.TryParse(part, out int k) && k is > 0 and <= ushort.MaxValue) granularities.Add(k);
            else { Console.Error.WriteLine($"marsad: --clusters: '{part}' is not a number of clusters (1–65535)"); return ExitCodes.Usage; }
        var ner = Path.Combine(Composition.Shared, "data", "ner");
        newsFile ??= Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        outFile ??= Composition.Data.File("models", WordProfiles.DefaultFile);
        if (OutputTarget.Conflict(outFile, [newsFile, ner]) is { } conflict)
        {
            Console.Error.WriteLine("marsad: " + conflict);
            return ExitCodes.Usage;
        }
        var clock = Stopwatch.StartNew();
        Action<string> log = m => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}");
        try
        {
            var corpus = new TokenCorpus();
            var texts = new List<string> { Path.GetFileName(newsFile) };
            corpus.AddArticles(newsFile);
            log($"news: {corpus.TokenCount} tokens");
            foreach (var s in NerTrainingText.Sentences(ner, texts)) corpus.Add(s);
            log($"with the NER corpora's training text: {corpus.TokenCount} tokens, {corpus.Types.Count} distinct forms");
            var cues = LexiconBuilder.CuesOnly(Composition.Data.File("ner"));
            var options = new VectorOptions { Vocabulary = vocabulary, Dimensions = dimensions, Seed = seed };
            var profiles = WordProfiles.Learn(corpus, cues, options, granularities, log: log);
            var info = JsonSerializer.Serialize(new
            {
                learner = "PPMI (context counts ^0.75, ±2 positions) → randomized SVD → spherical k-means",
                text = texts,
                tokens = corpus.TokenCount,
                stems = profiles.Count,
                options.Contexts,
                options.Dimensions,
                clusters = granularities,
                seed,
            });
            WordProfiles.Write(outFile, profiles, info);
            log($"wrote {outFile}: {profiles.Count} stems, {new FileInfo(outFile).Length / 1024.0 / 1024:F2} MB");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }
}
