using System.CommandLine;
using System.Diagnostics;
using Marsad.Core;
using Marsad.Core.Model;
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
        var asIs = new Option<bool>("--as-is") { Description = "Store the source articles themselves (each run through the pipeline once) instead of synthetic documents; --docs is ignored." };
        var db = new Option<string[]>("--db") { Description = "Stores to fill, one after the other with the same documents (default: a new SQLite file in a temporary folder, removed afterwards). Use empty databases.", AllowMultipleArgumentsPerToken = true };
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("bench-store", """
            Storage benchmark: generates a synthetic corpus from a few articles (their annotated sentences mixed with
            bigram-model filler), ingests it and reports documents/s, database size and search latency, with the load average.
            Without --extract the extraction pipeline runs only on the source articles, so the figures are the store's.
            Several --db values measure the backends side by side on the same documents in one run.
            """) { docs, queries, sources, extract, asIs, db, format };
        cmd.SetAction(p =>
        {
            var paths = p.GetValue(sources) is { Length: > 0 } given ? given : DefaultSources();
            var pipeline = Composition.Pipeline;
            var articles = DocumentReader.ReadAll(paths).Where(r => !r.IsError).Select(r => pipeline.Process(r.Document!)).ToList();
            Console.Error.WriteLine($"marsad: {articles.Count} source articles from {string.Join(", ", paths)}");
            var workload = new Workload(articles, p.GetValue(docs), p.GetValue(queries), p.GetValue(extract), p.GetValue(asIs));
            var results = new List<BenchResult>();
            var dir = p.GetValue(db) is { Length: > 0 } ? null : Directory.CreateTempSubdirectory("marsad-bench-").FullName;
            try
            {
                foreach (var target in dir is null ? p.GetValue(db)! : [Path.Combine(dir, "bench.db")])
                {
                    int code = CorpusCommand.Run(target, store => { results.Add(Measure(store, workload)); return ExitCodes.Ok; }, create: true);
                    if (code != ExitCodes.Ok) return code;
                }
            }
            finally
            {
                if (dir is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(dir, recursive: true);
                }
            }
            var output = p.GetValue(format)!;
            if (output == "table")
                foreach (var prop in typeof(BenchResult).GetProperties())
                    Console.WriteLine($"{prop.Name,-30} {string.Join("  ", results.Select(r => $"{prop.GetValue(r),-14}"))}");
            else if (output == "json") CorpusCommand.WriteJson(results);
            else CorpusCommand.WriteJsonLines(results);
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>What every store of one run gets: the same documents (synthetic ones regenerated from the same seed) and queries.</summary>
    private sealed record Workload(List<Document> Articles, int Count, int QueryCount, bool Extract, bool AsIs)
    {
        public SyntheticCorpus Corpus { get; } = new(Articles);

        public IEnumerable<Document> Documents() => AsIs ? Articles : Corpus.Generate(Count, annotate: !Extract);
    }

    private sealed record BenchResult(string backend, long documents, long stories, long near_duplicates, long entities, long events,
        double ingest_seconds, double store_documents_per_second, double store_ms_per_document, double overall_documents_per_second,
        double? database_mb, int search_queries, double search_mean_hits, double search_median_ms, double search_p95_ms, double search_max_ms,
        bool extraction, string load_average);

    private static BenchResult Measure(ICorpusStore store, Workload work)
    {
        if (store.Stats().Documents > 0) throw new ArgumentException("--db must be an empty store: the benchmark measures ingest from scratch");
        var pipeline = Composition.Pipeline;
        var load = LoadAverage();
        var wall = Stopwatch.StartNew();
        var storing = new Stopwatch();
        var tick = Stopwatch.StartNew();
        int done = 0;
        foreach (var doc in work.Documents())
        {
            if (work.Extract && !work.AsIs) pipeline.Process(doc);
            storing.Start();
            store.Ingest(doc);
            storing.Stop();
            done++;
            if (tick.Elapsed.TotalSeconds >= 10)
            {
                tick.Restart();
                Console.Error.WriteLine($"marsad: {store.Backend} {done} documents, {done / storing.Elapsed.TotalSeconds:F0} docs/s stored, {done / wall.Elapsed.TotalSeconds:F0} docs/s overall");
            }
        }
        wall.Stop();
        var stats = store.Stats();

        var queries = Queries(work.Corpus, work.QueryCount);
        foreach (var q in queries.Take(20)) store.Search(q); // warm caches and JIT
        var latencies = new List<double>();
        int hits = 0;
        foreach (var q in queries)
        {
            var t = Stopwatch.StartNew();
            hits += store.Search(q).Hits.Count;
            latencies.Add(t.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        return new BenchResult(stats.Backend, stats.Documents, stats.Stories, stats.NearDuplicates, stats.Entities, stats.Events,
            Math.Round(wall.Elapsed.TotalSeconds, 1), Math.Round(done / storing.Elapsed.TotalSeconds, 1),
            Math.Round(storing.Elapsed.TotalMilliseconds / Math.Max(1, done), 2), Math.Round(done / wall.Elapsed.TotalSeconds, 1),
            stats.SizeBytes is { } b ? Math.Round(b / 1048576.0, 1) : null, latencies.Count, Math.Round((double)hits / Math.Max(1, latencies.Count), 1),
            Math.Round(Percentile(latencies, 0.5), 2), Math.Round(Percentile(latencies, 0.95), 2), Math.Round(latencies.LastOrDefault(), 2),
            work.Extract, load + " → " + LoadAverage());
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), so that a figure can be read against how busy the machine was.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
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
