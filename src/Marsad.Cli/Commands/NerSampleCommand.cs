using System.CommandLine;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Mentions.Corpora;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad ner-sample</c>: draws the sentences of the domain NER set from the unlabelled news and writes
/// their standoff list (data/ner/domain/sentences.tsv); optionally a work file with their text for the
/// annotators, which must stay outside the repository.
/// </summary>
public static class NerSampleCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Gzip'd JSON Lines of articles. Default: ../shared/data/unlabelled/news-ar.jsonl.gz." };
        var count = new Option<int>("--count") { Description = "Sentences to draw.", DefaultValueFactory = _ => 360 };
        var seed = new Option<int>("--seed") { Description = "Seed of the article order.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = $"Standoff list to write. Default: data/ner/domain/{StandoffCorpus.SentencesFile}." };
        var work = new Option<string?>("--work") { Description = "Also write the sentences' text, tokens, article title and previous sentence here as JSON Lines (for annotating; never inside the repository)." };
        var cmd = new Command("ner-sample", """
            Draw the sentences of the domain NER set: articles in the order of a seeded hash of their id; from
            each, the first body sentence of 8-45 words holding a title word (titles.tsv, use ner) or a
            reporting verb (data/ner/person-context.txt); one per article; every fourth drawn is the dev split.
            Writes offsets only. The committed list: ner-sample (defaults).
            """) { corpus, count, seed, output, work };
        cmd.SetAction(p => Run(p.GetValue(corpus), p.GetValue(count), p.GetValue(seed), p.GetValue(output), p.GetValue(work)));
        return cmd;
    }

    private static int Run(string? corpus, int count, int seed, string? output, string? work)
    {
        if (count < 1) { Console.Error.WriteLine("marsad: --count must be at least 1"); return ExitCodes.Usage; }
        corpus ??= Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        output ??= Composition.Data.File("ner", "domain", StandoffCorpus.SentencesFile);
        if (OutputTarget.Conflict(output, [corpus]) is { } conflict) { Console.Error.WriteLine("marsad: " + conflict); return ExitCodes.Usage; }
        var cues = Composition.Language.Titles.For(TitleUse.Ner).Select(t => t.Form).Where(f => !f.Contains(' '))
            .Concat(LexiconFile.Lines(Composition.Data, "ner", "person-context.txt"))
            .Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        try
        {
            var drawn = new DomainSample(cues).Draw(corpus, count, seed);
            if (drawn.Count < count) Console.Error.WriteLine($"marsad: only {drawn.Count} fitting sentences among the first {20 * count} articles");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            StandoffCorpus.WriteSentences(output, drawn.Select(d => d.Sentence), $"""
                Sentences of the domain NER set: offsets into the 'text' field of articles of {Path.GetFileName(corpus)}.
                Drawn by `./marsad ner-sample --count {count} --seed {seed}` (rule: data/ner/domain/README.md).
                """);
            if (work is not null)
            {
                using var w = new StreamWriter(work);
                int n = 0;
                foreach (var d in drawn)
                    w.WriteLine(JsonSerializer.Serialize(new
                    {
                        n = n++, id = d.Sentence.ArticleId, field = d.Sentence.Field, start = d.Sentence.Start, end = d.Sentence.End,
                        split = d.Sentence.Split, title = d.Title, previous = d.Previous,
                        tokens = d.Tokens.Select(t => new object[] { t.Start, t.End, d.Text[t.Start..t.End] }),
                    }));
            }
            Console.WriteLine($"wrote {output}: {drawn.Count} sentences ({drawn.Count(d => d.Sentence.Split == "dev")} dev)");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }
}
