using System.CommandLine;
using System.Diagnostics;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Read;
using Marsad.Store;
using Marsad.Store.Benchmarking;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad bench-store</c>: ingests a synthetic corpus (generated from the sample articles) into a
/// store and measures documents/s, database size and search latency (median, p95).
/// </summary>
public static class BenchStoreCommand
{
    public static Command Create()
    {
        var docs = new Option<int>("--docs", "-n") { Description = "Synthetic documents to ingest.", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Search queries to time.", DefaultValueFactory = _ => 300 };
        var sources = new Option<string[]>("--sources") { Description = "Articles to build the corpus from (default: the repository's samples/, else ../shared/seeds/seeds.jsonl).", AllowMultipleArgumentsPerToken = true };
        var extract = new Option<bool>("--extract") { Description = "Run the extraction pipeline on every synthetic document (slow) instead of moving the sources' annotations." };
        var db = new Option<string?>("--db") { Description = "Store to fill (default: a new SQLite file in a temporary folder, removed afterwards). Use an empty database." };
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("bench-store", """
            Storage benchmark: generates a synthetic corpus from a few articles (their annotated sentences mixed with
            bigram-model filler), ingests it and reports documents/s, database size and search latency.
            Without --extract the extraction pipeline runs only on the source articles, so the figures are the store's.
            """) { docs, queries, sources, extract, db, format };
        cmd.SetAction(p =>
        {
            var dir = p.GetValue(db) is null ? Directory.CreateTempSubdirectory("marsad-bench-").FullName : null;
            try
            {
                return CorpusCommand.Run(p.GetValue(db) ?? Path.Combine(dir!, "bench.db"), store =>
                    Run(store, p.GetValue(docs), p.GetValue(queries), p.GetValue(sources), p.GetValue(extract), p.GetValue(format)!), create: true);
            }
            finally
            {
                if (dir is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(dir, recursive: true);
                }
            }
        });
        return cmd;
    }

    private static int Run(ICorpusStore store, int count, int queryCount, string[]? sourcePaths, bool extract, string format)
    {
        if (store.Stats().Documents > 0) throw new ArgumentException("--db must be an empty store: the benchmark measures ingest from scratch");
        var paths = sourcePaths is { Length: > 0 } ? sourcePaths : DefaultSources();
        var pipeline = MarsadPipeline.Default;
        var sources = DocumentReader.ReadAll(paths).Where(r => !r.IsError).Select(r => pipeline.Process(r.Document!)).ToList();
        Console.Error.WriteLine($"marsad: {sources.Count} source articles from {string.Join(", ", paths)}; generating {count} documents");
        var corpus = new SyntheticCorpus(sources);

        var wall = Stopwatch.StartNew();
        var storing = new Stopwatch();
        var tick = Stopwatch.StartNew();
        int done = 0, nearDuplicates = 0;
        foreach (var doc in corpus.Generate(count, annotate: !extract))
        {
            if (extract) pipeline.Process(doc);
            storing.Start();
            if (store.Ingest(doc).DuplicateOf is not null) nearDuplicates++;
            storing.Stop();
            done++;
            if (tick.Elapsed.TotalSeconds >= 10)
            {
                tick.Restart();
                Console.Error.WriteLine($"marsad: {done}/{count} documents, {done / storing.Elapsed.TotalSeconds:F0} docs/s stored, {done / wall.Elapsed.TotalSeconds:F0} docs/s overall");
            }
        }
        wall.Stop();
        var stats = store.Stats();

        var workload = Queries(corpus, queryCount);
        foreach (var q in workload.Take(20)) store.Search(q); // warm caches and JIT
        var latencies = new List<double>();
        int hits = 0;
        foreach (var q in workload)
        {
            var t = Stopwatch.StartNew();
            hits += store.Search(q).Hits.Count;
            latencies.Add(t.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        var result = new
        {
            backend = stats.Backend,
            documents = stats.Documents,
            stories = stats.Stories,
            near_duplicates = stats.NearDuplicates,
            entities = stats.Entities,
            events = stats.Events,
            ingest_seconds = Math.Round(wall.Elapsed.TotalSeconds, 1),
            store_documents_per_second = Math.Round(done / storing.Elapsed.TotalSeconds, 1),
            overall_documents_per_second = Math.Round(done / wall.Elapsed.TotalSeconds, 1),
            database_mb = stats.SizeBytes is { } b ? Math.Round(b / 1048576.0, 1) : (double?)null,
            search_queries = latencies.Count,
            search_mean_hits = Math.Round((double)hits / Math.Max(1, latencies.Count), 1),
            search_median_ms = Math.Round(Percentile(latencies, 0.5), 2),
            search_p95_ms = Math.Round(Percentile(latencies, 0.95), 2),
            search_max_ms = Math.Round(latencies.LastOrDefault(), 2),
            extraction = extract,
        };
        if (format == "table")
            foreach (var prop in result.GetType().GetProperties()) Console.WriteLine($"{prop.Name,-30} {prop.GetValue(result)}");
        else if (format == "json") CorpusCommand.WriteJson(result);
        else CorpusCommand.WriteJsonLines([result]);
        return ExitCodes.Ok;
    }

    private static string[] DefaultSources()
    {
        var samples = Path.GetFullPath(Path.Combine(DataPaths.Data, "..", "samples"));
        if (Directory.Exists(samples) && Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Any()) return [samples];
        return [Path.Combine(DataPaths.Shared, "seeds", "seeds.jsonl")];
    }

    /// <summary>A fixed mix: names in both spellings, nisba forms, phrases, common and rare words, filtered searches.</summary>
    private static List<SearchQuery> Queries(SyntheticCorpus corpus, int count)
    {
        var rng = new Random(7);
        var vocabulary = corpus.Vocabulary;
        var list = new List<SearchQuery>
        {
            new("حفتر"), new("فايز السراج"), new("فائز السراج"), new("الإماراتي"), new("\"خليفة حفتر\""), new("مصر فرنسا"),
            new("السيسي", From: new(2018)), new("روسيا", Outlet: "الأناضول"), new("ليبيا", Type: "GPE"),
        };
        while (list.Count < count)
        {
            var words = Enumerable.Range(0, rng.Next(1, 3)).Select(_ => vocabulary[rng.Next(vocabulary.Count)]);
            list.Add(new SearchQuery(string.Join(" ", words)));
        }
        return list;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
