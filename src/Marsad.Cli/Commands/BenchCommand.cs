using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Extraction;
using Marsad.Read;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad bench PATH</c>: throughput and memory of <c>extract</c> over a corpus — the same
/// reading, pipeline, parallelism and JSON writing, with the output discarded.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders, as for extract." };
        ExtractCommand.RejectOptionLikePaths(paths);
        var repeat = IntOption("--repeat", "-n", "Timed passes over the corpus (after one warm-up pass).", 3, max: 1000);
        var jobs = IntOption("--jobs", "-j", "Documents processed in parallel (default: the number of cores).", Environment.ProcessorCount, max: 256);
        var cmd = new Command("bench", """
            Measure extraction over a corpus: documents/s, MB/s (UTF-8 text), time per document, memory allocated and peak working set.
            Each pass reads the inputs, runs the whole pipeline and writes the JSON contract to nowhere; the first pass (model and
            lexicon loading, JIT) is reported apart, and each pass's time is split by pipeline stage and JSON writing.
            """) { paths, repeat, jobs };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(repeat), parse.GetValue(jobs),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return cmd;
    }

    private static Option<int> IntOption(string name, string alias, string description, int defaultValue, int max) => new(name, alias)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            if (int.TryParse(r.Tokens[0].Value, out int n) && n >= 1 && n <= max) return n;
            r.AddError($"{name} must be a whole number from 1 to {max}");
            return defaultValue;
        },
    };

    private readonly record struct Pass(int Documents, int Skipped, long Chars, long Utf8Bytes, TimeSpan Elapsed, long Allocated, (long Ticks, long Bytes)[] Stages);

    private static int Run(string[] paths, int repeat, int jobs, TextWriter stdout, TextWriter stderr)
    {
        var startup = Stopwatch.StartNew();
        var stages = Composition.Pipeline.Stages.Select(s => new TimedStage(s.Name, s.Process, s.Reads, s.Writes)).ToList();
        startup.Stop();
        var clocks = new Clocks(stages);

        var warmup = Measure(clocks, paths, jobs, stderr, report: true);
        if (warmup.Documents == 0)
        {
            stderr.WriteLine("marsad: bench: no documents to measure.");
            return ExitCodes.Partial;
        }
        stdout.WriteLine($"corpus: {warmup.Documents:N0} documents, {warmup.Chars:N0} characters, {Mb(warmup.Utf8Bytes):F2} MB of UTF-8 text" +
            (warmup.Skipped > 0 ? $", {warmup.Skipped} inputs skipped" : ""));
        stdout.WriteLine($"parallelism: {jobs} (cores: {Environment.ProcessorCount}), server GC: {System.Runtime.GCSettings.IsServerGC}");
        stdout.WriteLine($"pipeline construction: {startup.Elapsed.TotalMilliseconds:N0} ms");
        stdout.WriteLine(Line("first pass (loading, JIT)", warmup));

        var passes = new List<Pass>();
        for (int i = 0; i < repeat; i++)
        {
            var pass = Measure(clocks, paths, jobs, stderr, report: false);
            passes.Add(pass);
            stdout.WriteLine(Line($"pass {i + 1}", pass));
        }
        var median = passes.OrderBy(p => p.Elapsed).ElementAt(passes.Count / 2);
        stdout.WriteLine(Line("median", median));
        stdout.WriteLine(Split(clocks, median));
        using var self = Process.GetCurrentProcess();
        stdout.WriteLine($"peak working set: {Mb(self.PeakWorkingSet64):N1} MB; managed heap now: {Mb(GC.GetTotalMemory(false)):N1} MB; " +
            $"GC collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        return warmup.Skipped > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }

    private static Pass Measure(Clocks clocks, string[] paths, int jobs, TextWriter stderr, bool report)
    {
        clocks.Reset();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        int documents = 0, skipped = 0;
        long chars = 0, bytes = 0, written = 0;
        foreach (var item in BatchExtractor.Run(DocumentReader.ReadAll(paths), doc => clocks.Json.Time(() => Serialize(doc)), clocks.Pipeline, parallelism: jobs))
        {
            if (item.IsError)
            {
                skipped++;
                if (report) stderr.WriteLine($"marsad: skipped {item.Read.Origin}: {item.Error}");
                continue;
            }
            documents++;
            var text = item.Read.Document!.Text;
            chars += text.Length;
            bytes += Encoding.UTF8.GetByteCount(text);
            written += item.Output;
        }
        clock.Stop();
        GC.KeepAlive(written);
        return new Pass(documents, skipped, chars, bytes, clock.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore, clocks.Totals());
    }

    private static long Serialize(Document doc)
    {
        using var sink = new CountingStream();
        ExtractionJsonWriter.Write(sink, doc);
        return sink.Length;
    }

    private static string Line(string name, Pass p)
    {
        double s = p.Elapsed.TotalSeconds;
        return $"{name,-26} {s,8:F3} s  {p.Documents / s,10:N1} docs/s  {Mb(p.Utf8Bytes) / s,8:F3} MB/s  " +
            $"{p.Elapsed.TotalMilliseconds / Math.Max(1, p.Documents),8:F2} ms/doc  allocated {Mb(p.Allocated),8:N1} MB";
    }

    /// <summary>Where a pass's worker time and allocations went: each stage and the JSON writing, per document and as a share.</summary>
    private static string Split(Clocks clocks, Pass p)
    {
        double total = Math.Max(1, p.Stages.Sum(s => s.Ticks)), docs = Math.Max(1, p.Documents);
        var parts = clocks.Names.Zip(p.Stages, (name, s) =>
            $"{name} {s.Ticks * 1000.0 / Stopwatch.Frequency / docs:F2} ms ({s.Ticks / total:P0}, {s.Bytes / 1024.0 / docs:N0} KB)");
        return "per document by stage (time on all workers, share, allocated): " + string.Join(", ", parts);
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>A stage (or other work) that adds the time and the allocations of every call to its totals, from any thread.</summary>
    private sealed class TimedStage(string name, Action<Document, CancellationToken> work, DocumentLayers reads = DocumentLayers.None, DocumentLayers writes = DocumentLayers.None) : IDocumentStage
    {
        private long _ticks, _bytes;
        public string Name => name;
        public DocumentLayers Reads => reads;
        public DocumentLayers Writes => writes;
        public (long Ticks, long Bytes) Totals => (Interlocked.Read(ref _ticks), Interlocked.Read(ref _bytes));

        public void Reset()
        {
            Interlocked.Exchange(ref _ticks, 0);
            Interlocked.Exchange(ref _bytes, 0);
        }

        public void Process(Document document, CancellationToken cancellationToken = default) =>
            Time(() => { work(document, cancellationToken); return 0; });

        public T Time<T>(Func<T> f)
        {
            long bytes = GC.GetAllocatedBytesForCurrentThread(), start = Stopwatch.GetTimestamp();
            try { return f(); }
            finally
            {
                Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
                Interlocked.Add(ref _bytes, GC.GetAllocatedBytesForCurrentThread() - bytes);
            }
        }
    }

    /// <summary>The pipeline with a clock on every stage, and one on JSON writing.</summary>
    private sealed class Clocks(List<TimedStage> stages)
    {
        public DocumentPipeline Pipeline { get; } = new(stages);
        public TimedStage Json { get; } = new("json", (_, _) => { });
        public IEnumerable<string> Names => stages.Select(s => s.Name).Append(Json.Name);
        public (long Ticks, long Bytes)[] Totals() => [.. stages.Select(s => s.Totals), Json.Totals];

        public void Reset()
        {
            foreach (var s in stages) s.Reset();
            Json.Reset();
        }
    }

    /// <summary>A write-only stream that only counts bytes: the JSON is produced but not kept.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
