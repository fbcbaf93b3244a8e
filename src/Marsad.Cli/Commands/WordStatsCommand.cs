using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad word-stats</c>: counts how the words of the unlabelled news corpus are used and writes
/// <see cref="WordStatistics.FileName"/> (derived counts only, never article text).
/// </summary>
public static class WordStatsCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Gzip'd JSON Lines of articles (title, text). Default: ../shared/data/unlabelled/news-ar.jsonl.gz." };
        var output = new Option<string?>("--out") { Description = $"File to write. Default: data/text/{WordStatistics.FileName}." };
        var minCount = new Option<int>("--min-count") { Description = "Keep word forms seen at least this often.", DefaultValueFactory = _ => 5 };
        var cmd = new Command("word-stats", """
            Count, over the unlabelled news corpus, how often each word form occurs, how often right after a
            particle only a verb follows (لم، لن، قد، سوف) and how often right after a title or name particle.
            Name spans read these counts (which proclitic letters are a name's own, which words are common
            words). Deterministic; writes counts only. The committed file: word-stats (defaults).
            """) { corpus, output, minCount };
        cmd.SetAction(p => Run(p.GetValue(corpus), p.GetValue(output), p.GetValue(minCount)));
        return cmd;
    }

    private static int Run(string? corpus, string? output, int minCount)
    {
        if (minCount < 1) { Console.Error.WriteLine("marsad: --min-count must be at least 1"); return ExitCodes.Usage; }
        corpus ??= Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        output ??= Composition.Data.File("text", WordStatistics.FileName);
        if (OutputTarget.Conflict(output, [corpus]) is { } conflict) { Console.Error.WriteLine("marsad: " + conflict); return ExitCodes.Usage; }
        var verbCues = Composition.Language.FunctionWords.WordsOf(WordClass.Verbal).ToHashSet(StringComparer.Ordinal);
        var nameCues = Composition.Language.Titles.For(TitleUse.Ner).Select(t => t.Form).Where(f => !f.Contains(' '))
            .Select(ArabicNormalizer.Normalize).Concat(Composition.Language.NameParticles.JoinsNext).ToHashSet(StringComparer.Ordinal);
        var builder = new WordStatisticsBuilder(verbCues, nameCues);
        var clock = Stopwatch.StartNew();
        int bad = 0, line = 0;
        try
        {
            using var stream = File.OpenRead(corpus);
            using var reader = new StreamReader(corpus.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
            while (reader.ReadLine() is { } json)
            {
                line++;
                try
                {
                    using var doc = JsonDocument.Parse(json);
                    foreach (var field in new[] { "title", "text" })
                        if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String) builder.Add(v.GetString()!);
                }
                catch (JsonException e)
                {
                    if (bad++ < 10) Console.Error.WriteLine($"marsad word-stats: {corpus}:{line}: {e.Message}");
                }
                if (line % 5000 == 0) Console.Error.WriteLine($"  {line} articles, {builder.Tokens:N0} words, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"marsad word-stats: cannot read {corpus}: {e.Message}");
            return ExitCodes.Partial;
        }
        var recipe = $"""
            Word statistics of {Path.GetFileName(corpus)} (../shared/data/unlabelled: SaudiNewsNet CC BY-NC-SA 4.0, ANT Corpus v1.1
            Apache-2.0; see NOTICE), written by `./marsad word-stats --min-count {minCount}`: counts only, no text.
            word: ArabicNormalizer form of a word token as written (proclitics included); count: occurrences in titles and texts;
            after_verbal_particle: right after {string.Join("، ", verbCues.Order(StringComparer.Ordinal))} (function_words.tsv class verbal);
            after_name_cue: right after a one-word title of titles.tsv (use ner) or a name particle that joins the next word (name_particles.tsv).
            """;
        int kept;
        try { kept = builder.Write(output, minCount, recipe); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad word-stats: cannot write {output}: {e.Message}");
            return ExitCodes.Partial;
        }
        Console.WriteLine($"wrote {output}: {kept} word forms from {builder.Documents} texts, {builder.Tokens:N0} words, in {clock.Elapsed.TotalSeconds:F0} s");
        return bad > 0 ? ExitCodes.Partial : ExitCodes.Ok;
    }
}
