using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Core.IO;
using Marsad.Mentions.Corpora;
using Marsad.Mentions.Evaluation;
using Marsad.Mentions.Tagging;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval-ner</c>: scores the tagger by entity, conlleval-style, and measures its speed.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Test file (ANERcorp format: 'token tag' lines). Default: the ANERcorp CAMeL test split in ../shared, unchanged." };
        var domain = new Option<string?>("--domain") { Description = "Score the dev split of a standoff NER set over the unlabelled news (data/ner/domain) instead of --data." };
        var model = new Option<string?>("--model") { Description = $"Model file. Default: data/models/{NerTagger.DefaultModelFile}." };
        var dump = new Option<string?>("--predictions") { Description = "Also write 'token gold predicted' lines (conlleval input) to this file, for error analysis." };
        var cmd = new Command("eval-ner", """
            Tag a labelled file and print per-type and micro precision, recall and F1, scored by entity
            as conlleval/seqeval do (an I-X with no X before it starts an entity). The second figure leaves
            out the first token of every sentence but the first (the ANERcorp CAMeL test file replaced
            those lines with train tokens). The last line is JSON: {"precision","recall","f1","tokens_per_s"}.
            """) { data, domain, model, dump };
        cmd.SetAction(p => Run(p.GetValue(data), p.GetValue(domain), p.GetValue(model), p.GetValue(dump)));
        return cmd;
    }

    private static int Run(string? dataFile, string? domainDir, string? modelFile, string? dumpFile)
    {
        if (dataFile is not null && domainDir is not null) { Console.Error.WriteLine("marsad: --data and --domain are alternatives"); return ExitCodes.Usage; }
        var newsFile = Path.Combine(Composition.Shared, "data", "unlabelled", "news-ar.jsonl.gz");
        if (domainDir is not null) dataFile = Path.Combine(domainDir, StandoffCorpus.SentencesFile);
        dataFile ??= Path.Combine(Composition.Shared, "data", "ner", "anercorp-camellab", "ANERCorp_CamelLab_test.txt");
        modelFile ??= Composition.Data.File("models", NerTagger.DefaultModelFile);
        if (dumpFile is not null && OutputTarget.Conflict(dumpFile, [dataFile, modelFile]) is { } conflict)
        {
            Console.Error.WriteLine("marsad: " + conflict);
            return ExitCodes.Usage;
        }
        try
        {
            var load = Stopwatch.StartNew();
            var tagger = new NerTagger(TaggerModel.Load(modelFile));
            load.Stop();
            var test = domainDir is not null ? StandoffCorpus.Read(domainDir, newsFile, "dev") : ConllCorpus.Read(dataFile, CorpusFormat.AnerCorp);
            var views = test.Select(ConllCorpus.Views).ToArray();
            // Each document's sentences see what was found before them in that document only.
            var predicted = new int[test.Count][];
            for (int s = 0, end; s < test.Count; s = end)
            {
                for (end = s + 1; end < test.Count && !test[end].StartsDocument; end++) { }
                tagger.TagDocument(views[s..end]).CopyTo(predicted, s);
            }

            // Throughput of tagging (features, document memory, scores, Viterbi) on one thread, after the
            // pass above warmed up. Measured in CPU time of this process, so that other processes sharing
            // the cores do not distort it; wall-clock speed is printed beside it.
            var scratch = new int[views.Max(v => v.Length)];
            var process = Process.GetCurrentProcess();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            long tokens = 0;
            do
            {
                var memory = new DocumentMemory();
                foreach (var v in views) { tagger.Tag(v, scratch.AsSpan(0, v.Length), memory); tokens += v.Length; }
                process.Refresh();
            } while ((process.TotalProcessorTime - cpu0).TotalSeconds < 1 && clock.Elapsed.TotalSeconds < 30);
            double perSecond = tokens / (process.TotalProcessorTime - cpu0).TotalSeconds;
            double perWallSecond = tokens / clock.Elapsed.TotalSeconds;

            if (dumpFile is not null) WritePredictions(dumpFile, test, predicted);
            var all = new EntityScorer();
            var trimmed = new EntityScorer();
            for (int s = 0; s < test.Count; s++)
            {
                all.Add(test[s].Labels, predicted[s]);
                int skip = s == 0 ? 0 : 1;
                trimmed.Add(test[s].Labels.AsSpan(skip), predicted[s].AsSpan(skip));
            }
            Console.WriteLine($"{Path.GetFileName(dataFile)}: {test.Count} sentences, {all.Tokens} tokens; model {Path.GetFileName(modelFile)} ({tagger.Model.FeatureCount} features, loaded in {load.Elapsed.TotalMilliseconds:F0} ms)");
            Console.Write(all.Table());
            var t = trimmed.Micro;
            if (domainDir is null) Console.WriteLine($"without the first token of sentences 2..{test.Count}: P {t.Precision * 100:F2} R {t.Recall * 100:F2} F1 {t.F1 * 100:F2}");
            Console.WriteLine($"tagging: {perSecond:F0} tokens per CPU second on one thread ({perWallSecond:F0} per wall-clock second); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:F0} MB");
            var m = all.Micro;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"precision\": {m.Precision:F4}, \"recall\": {m.Recall:F4}, \"f1\": {m.F1:F4}, \"tokens_per_s\": {perSecond:F0}}}"));
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return ExitCodes.Partial;
        }
    }

    private static void WritePredictions(string path, List<LabeledSentence> test, int[][] predicted)
    {
        using var file = AtomicFile.Create(path);
        using (var w = new StreamWriter(file.Stream, leaveOpen: true))
            for (int s = 0; s < test.Count; s++)
            {
                for (int i = 0; i < test[s].Words.Length; i++)
                    w.WriteLine($"{test[s].Words[i]} {BioLabels.Names[test[s].Labels[i]]} {BioLabels.Names[predicted[s][i]]}");
                w.WriteLine();
            }
        file.Commit();
    }
}
