using System.CommandLine;
using System.Diagnostics;
using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Read;
using Marsad.Store;
using Marsad.Store.Benchmarking;
using Marsad.Store.Ingestion;

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
        var grow = new Option<string?>("--grow") { Description = "After ingest, copy the stored documents' rows (new ids, dates moved back 0–9 years) up to each of these sizes (comma-separated, e.g. 100000,1000000) and measure the queries again at each." };
        var db = new Option<string[]>("--db") { Description = "Stores to fill, one after the other with the same documents (default: a new SQLite file in a temporary folder, removed afterwards). Use empty databases.", AllowMultipleArgumentsPerToken = true };
        var existing = new Option<bool>("--existing") { Description = "Measure the queries on the --db stores as they are (filled by an earlier run of this benchmark with the same --sources), without ingesting." };
        var format = CorpusCommand.FormatOption();
        var cmd = new Command("bench-store", """
            Storage benchmark: generates a synthetic corpus from a few articles (their annotated sentences mixed with
            bigram-model filler), ingests it and reports documents/s, database size and search latency, with the load average.
            Without --extract the extraction pipeline runs only on the source articles, so the figures are the store's.
            Several --db values measure the backends side by side on the same documents in one run.
            """) { docs, queries, sources, extract, asIs, grow, db, existing, format };
        cmd.SetAction(p =>
        {
            var sizes = new List<long>();
            foreach (var v in (p.GetValue(grow) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!long.TryParse(v.Replace("_", ""), out var n) || n <= 0) { Console.Error.WriteLine($"marsad: --grow: '{v}' is not a document count"); return ExitCodes.Usage; }
                sizes.Add(n);
            }
            sizes.Sort();
            var paths = p.GetValue(sources) is { Length: > 0 } given ? given : DefaultSources();
            var pipeline = Composition.Pipeline;
            var articles = DocumentReader.ReadAll(paths).Where(r => !r.IsError).Select(r => pipeline.Process(r.Document!)).ToList();
            Console.Error.WriteLine($"marsad: {articles.Count} source articles from {string.Join(", ", paths)}");
            var workload = new Workload(articles, p.GetValue(docs), p.GetValue(queries), p.GetValue(extract), p.GetValue(asIs), p.GetValue(existing));
            if (workload.Existing && p.GetValue(db) is not { Length: > 0 }) { Console.Error.WriteLine("marsad: --existing needs --db"); return ExitCodes.Usage; }
            var results = new List<BenchResult>();
            var dir = p.GetValue(db) is { Length: > 0 } ? null : Directory.CreateTempSubdirectory("marsad-bench-").FullName;
            try
            {
                foreach (var target in dir is null ? p.GetValue(db)! : [Path.Combine(dir, "bench.db")])
                {
                    int code = CorpusCommand.Run(target, store =>
                    {
                        // each size is reported as soon as it is measured: a long --grow run stopped early keeps what it measured
                        foreach (var r in Measure(store, workload, sizes)) { results.Add(r); Console.Error.WriteLine($"marsad: measured {Summary(r)}"); }
                        return ExitCodes.Ok;
                    }, create: true);
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
    private sealed record Workload(List<Document> Articles, int Count, int QueryCount, bool Extract, bool AsIs, bool Existing)
    {
        public SyntheticCorpus Corpus { get; } = new(Articles);

        public IEnumerable<Document> Documents() => AsIs ? Articles : Corpus.Generate(Count, annotate: !Extract);
    }

    private sealed record BenchResult(string backend, long documents, long copied_documents, long stories, long near_duplicates, long entities, long events,
        double? ingest_seconds, double? store_documents_per_second, double? store_ms_per_document, double? overall_documents_per_second,
        double? copy_seconds, double? database_mb,
        int search_queries, double search_mean_hits, double search_estimated_share, double search_median_ms, double search_p95_ms, double search_max_ms,
        double facets_median_ms, double facets_p95_ms,
        int graph_queries, double graph_median_ms, double graph_p95_ms, double graph_max_ms,
        int timeline_queries, double timeline_median_ms, double timeline_p95_ms, double timeline_max_ms,
        bool extraction, string load_average);

    /// <summary>Ingests the workload, measures the queries, then for each of <paramref name="sizes"/> grows the store by copying rows and measures again.</summary>
    private static IEnumerable<BenchResult> Measure(ICorpusStore store, Workload work, IReadOnlyList<long> sizes)
    {
        if (work.Existing)
        {
            yield return Queries(store, work, LoadAverage(), ingest: null, copySeconds: null, copied: 0);
            yield break;
        }
        if (store.Stats().Documents > 0) throw new ArgumentException("--db must be an empty store: the benchmark measures ingest from scratch (or give --existing)");
        var pipeline = Composition.Pipeline;
        var load = LoadAverage();
        var wall = Stopwatch.StartNew();
        var storing = new Stopwatch();
        var tick = Stopwatch.StartNew();
        int done = 0;
        foreach (var batch in IngestBatches.Of(work.Documents().Select(doc => work.Extract && !work.AsIs ? pipeline.Process(doc) : doc)))
        {
            storing.Start();
            store.IngestBatch(batch); // as marsad ingest stores them: several documents to a transaction
            storing.Stop();
            done += batch.Count;
            if (tick.Elapsed.TotalSeconds >= 10)
            {
                tick.Restart();
                Console.Error.WriteLine($"marsad: {store.Backend} {done} documents, {done / storing.Elapsed.TotalSeconds:F0} docs/s stored, {done / wall.Elapsed.TotalSeconds:F0} docs/s overall");
            }
        }
        wall.Stop();
        var ingest = (Seconds: Math.Round(wall.Elapsed.TotalSeconds, 1), Stored: Math.Round(done / storing.Elapsed.TotalSeconds, 1),
            MsPerDoc: Math.Round(storing.Elapsed.TotalMilliseconds / Math.Max(1, done), 2), Overall: Math.Round(done / wall.Elapsed.TotalSeconds, 1));
        yield return Queries(store, work, load, ingest, copySeconds: null, copied: 0);
        long ingested = store.Stats().Documents;
        foreach (var size in sizes.Where(n => n > ingested))
        {
            load = LoadAverage();
            var copying = Stopwatch.StartNew();
            CorpusGrowth.GrowTo(store, size, n => Console.Error.WriteLine($"marsad: {store.Backend} grown to {n} documents"));
            yield return Queries(store, work, load, ingest: null, Math.Round(copying.Elapsed.TotalSeconds, 1), size - ingested);
        }
    }

    private static string Summary(BenchResult r) =>
        $"{r.backend} {r.documents} documents: search {r.search_median_ms}/{r.search_p95_ms} ms, facets {r.facets_median_ms}/{r.facets_p95_ms}, " +
        $"graph {r.graph_median_ms}/{r.graph_p95_ms}, timeline {r.timeline_median_ms}/{r.timeline_p95_ms} (median/p95), load {r.load_average}";

    /// <summary>Times the search, facet, graph and timeline workloads on the store as it is.</summary>
    private static BenchResult Queries(ICorpusStore store, Workload work, string load,
        (double Seconds, double Stored, double MsPerDoc, double Overall)? ingest, double? copySeconds, long copied)
    {
        var stats = store.Stats();
        var queries = SearchQueries(work.Corpus, work.QueryCount);
        var results = new List<SearchResults>();
        var search = Time(queries, q => results.Add(store.Search(q)));
        results = results[^queries.Count..]; // the timed runs, not the warm-up
        int hits = results.Sum(r => r.Hits.Count), estimated = results.Count(r => r.TotalEstimated);
        var facets = Time(queries.Take(Math.Max(20, queries.Count / 5)).ToList(), q => store.Facets(q));
        var top = store.Entities(new EntityListQuery(Limit: 20)).Select(e => e.Id).ToList();
        var years = Enumerable.Range(2016, 4).Select(y => new PartialDate(y)).ToList();
        var graphs = new List<GraphQuery> { new(MaxEdges: 500) };
        graphs.AddRange(top.Take(10).Select(id => new GraphQuery(id, MaxEdges: 500)));
        graphs.AddRange(years.Select(y => new GraphQuery(From: y, To: y, MaxEdges: 500)));
        graphs.AddRange(top.Take(5).Select((id, i) => new GraphQuery(id, years[i % years.Count], years[i % years.Count], MaxEdges: 500)));
        var graph = Time(graphs, q => store.Graph(q));
        var timelines = top.Select(id => new TimelineQuery([id])).ToList();
        timelines.AddRange(top.Take(6).Zip(top.Skip(1).Take(6)).Select(p => new TimelineQuery([p.First, p.Second])));
        timelines.AddRange(top.Take(5).Select((id, i) => new TimelineQuery([id], years[i % years.Count], years[i % years.Count])));
        var timeline = Time(timelines, q => store.Timeline(q));
        return new BenchResult(stats.Backend, stats.Documents, copied, stats.Stories, stats.NearDuplicates, stats.Entities, stats.Events,
            ingest?.Seconds, ingest?.Stored, ingest?.MsPerDoc, ingest?.Overall, copySeconds,
            stats.SizeBytes is { } b ? Math.Round(b / 1048576.0, 1) : null,
            search.Count, Math.Round((double)hits / Math.Max(1, search.Count), 1), Math.Round((double)estimated / Math.Max(1, search.Count), 2),
            Ms(search, 0.5), Ms(search, 0.95), Ms(search, 1), Ms(facets, 0.5), Ms(facets, 0.95),
            graph.Count, Ms(graph, 0.5), Ms(graph, 0.95), Ms(graph, 1), timeline.Count, Ms(timeline, 0.5), Ms(timeline, 0.95), Ms(timeline, 1),
            work.Extract, load + " → " + LoadAverage());
    }

    /// <summary>Sorted latencies (ms) of each query, after running the first few once to warm caches and the JIT.</summary>
    private static List<double> Time<T>(IReadOnlyList<T> queries, Action<T> run)
    {
        foreach (var q in queries.Take(Math.Min(20, queries.Count))) run(q);
        var latencies = new List<double>();
        foreach (var q in queries)
        {
            var t = Stopwatch.StartNew();
            run(q);
            latencies.Add(t.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        return latencies;
    }

    private static double Ms(List<double> sorted, double p) => Math.Round(Percentile(sorted, p), 2);

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), so that a figure can be read against how busy the machine was.</summary>
    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
        catch (UnauthorizedAccessException) { return "?"; }
    }

    private static string[] DefaultSources()
    {
        var samples = Path.GetFullPath(Path.Combine(Composition.Data.Path, "..", "samples"));
        if (Directory.Exists(samples) && Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Any()) return [samples];
        return [Path.Combine(Composition.Shared, "seeds", "seeds.jsonl")];
    }

    /// <summary>A fixed mix: names in both spellings, nisba forms, phrases, common and rare words, filtered searches.</summary>
    private static List<SearchQuery> SearchQueries(SyntheticCorpus corpus, int count)
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
