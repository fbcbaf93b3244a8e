using System.Globalization;
using Marsad.Core.Model;
using Marsad.Events.Arguments;
using Marsad.Events.Learning.Corpora;
using Marsad.Events.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Events.Learning;

/// <summary>Settings of one training run; the same settings and data give the same model.</summary>
public sealed record EventTrainOptions
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;
    /// <summary>A type needs this many training triggers for the model to decide it; rarer types keep the rules.</summary>
    public int MinTriggers { get; init; } = 5;
    /// <summary>Weight of an update on a missed event (events are about one candidate in twenty).</summary>
    public float PositiveWeight { get; init; } = 2;
    /// <summary>Weight of the examples of a GSR file (<see cref="GsrCorpus"/>): sentences coded by several coders,
    /// which agree with each other more than one annotator's corpus sentence does.</summary>
    public float GsrWeight { get; init; } = 3;
    /// <summary>Perceptrons averaged into the model, trained with seeds <see cref="Seed"/>, Seed + 1, ….</summary>
    public int Ensemble { get; init; } = 4;
}

/// <summary>A processed document (tokens, mentions, entities) with its annotation.</summary>
public sealed record TrainingDocument(Document Document, GoldDocument Gold);

/// <summary>
/// Trains the <see cref="EventModel"/>: learns the trigger vocabulary from the gold triggers, finds the
/// candidates of each document as extraction does (<see cref="CandidateFinder"/>), labels each candidate
/// with the gold type of the trigger it overlaps (or none), and each actor phrase of a gold event's
/// sentence with its role, then trains two averaged perceptrons.
/// </summary>
public sealed class EventTrainer(EventLexicons lex, NameStart nameStart, EventTrainOptions options)
{
    private readonly TypeDefaults _defaults = lex.Defaults;

    public Action<string>? Log { get; init; }

    public EventModel Train(IReadOnlyList<TrainingDocument> data, string source)
    {
        var counts = new Dictionary<string, Dictionary<EventType, int>>(StringComparer.Ordinal);
        var perType = new int[16];
        foreach (var d in data)
            foreach (var s in d.Gold.Sentences)
                foreach (var e in s.Events)
                    foreach (var i in TokensOf(d.Document, e.Trigger))
                    {
                        // a trigger span of several words (خرجوا إلى الشوارع) makes no trigger of its prepositions
                        if (lex.IsArgumentPreposition(d.Document.Tokens[i].Norm)) continue;
                        var key = lex.StemKey.Of(d.Document.Tokens[i].StemNorm);
                        if (!counts.TryGetValue(key, out var c)) counts[key] = c = [];
                        c[e.Type] = c.GetValueOrDefault(e.Type) + 1;
                        perType[(int)e.Type]++;
                    }
        var vocabulary = counts.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Value).ThenBy(x => x.Key).First().Key, StringComparer.Ordinal);
        ulong known = 0;
        for (int t = 0; t < 16; t++) if (perType[t] >= options.MinTriggers) known |= 1UL << (1 + t);
        bool Known(EventType t) => (known & (1UL << (1 + (int)t))) != 0;

        var features = new EventFeatures(lex, _defaults);
        var finder = new CandidateFinder(lex, _defaults, nameStart);
        var triggers = new List<Example>();
        var arguments = new List<Example>();
        foreach (var d in data) Examples(d, finder, features, vocabulary, Known, options.GsrWeight, triggers, arguments);
        Log?.Invoke($"{data.Count} documents, {vocabulary.Count} trigger stems, {triggers.Count} candidate triggers ({triggers.Count(e => e.Label != 0)} events), {arguments.Count} actor phrases");

        // an average of perceptrons trained with successive seeds: one model's borderline decisions
        // depend on the order of the examples, the average's much less
        var seeds = Enumerable.Range(options.Seed, options.Ensemble).ToList();
        var triggerModel = LinearModel.Average(seeds.Select(s => new MulticlassPerceptron(EventModel.TriggerClasses, options.Epochs, s, options.PositiveWeight).Train(triggers)).ToList());
        var argumentModel = LinearModel.Average(seeds.Select(s => new MulticlassPerceptron(EventModel.ArgumentClasses, options.Epochs, s).Train(arguments)).ToList());
        // the mean margin of the training events over "no event": the unit of the confidence
        var scores = new float[EventModel.TriggerClasses];
        double sum = 0; int n = 0;
        foreach (var e in triggers.Where(e => e.Label != 0))
        {
            triggerModel.Score(e.Features, scores);
            sum += Math.Max(0, scores[e.Label] - scores[0]); n++;
        }
        double scale = n > 0 && sum > 0 ? sum / n : 1;
        var typeCounts = string.Join(", ", Enumerable.Range(0, 16).Where(t => perType[t] > 0).Select(t => $"\"{(EventType)t}\": {perType[t]}"));
        var info = string.Create(CultureInfo.InvariantCulture,
            $"{{\"data\": \"{source}\", \"documents\": {data.Count}, \"epochs\": {options.Epochs}, \"seed\": {options.Seed}, \"ensemble\": {options.Ensemble}, \"min_triggers\": {options.MinTriggers}, \"positive_weight\": {options.PositiveWeight}, \"gsr_weight\": {options.GsrWeight}, \"trigger_tokens\": {{{typeCounts}}}, \"candidates\": {triggers.Count}, \"phrases\": {arguments.Count}, \"scale\": {scale:F3}}}");
        return new EventModel(triggerModel, argumentModel, vocabulary, known, scale, info);
    }

    private static void Examples(TrainingDocument d, CandidateFinder finder, EventFeatures features, IReadOnlyDictionary<string, EventType> vocabulary,
        Func<EventType, bool> known, float gsrWeight, List<Example> triggers, List<Example> arguments)
    {
        var doc = d.Document;
        var a = finder.Find(doc, vocabulary, known);
        foreach (var c in a.Candidates)
        {
            var span = new TextSpan(doc.Tokens[c.Trigger.Start].Start, doc.Tokens[c.Trigger.End - 1].End);
            var sentence = d.Gold.Sentences.FirstOrDefault(s => s.Span.Start <= span.Start && span.End <= s.Span.End);
            if (sentence is null) continue;
            var gold = sentence.Events.FirstOrDefault(e => e.Trigger.Exists(t => t.Overlaps(span)));
            if (gold is null && !sentence.TriggersKnown) continue;
            // a GSR item's coders marked the one event they were asked about, by one trigger word: another word
            // of an accepted item (مقتل beside the marked هجوم) is not judged, so it is not a negative example
            if (gold is null && d.Gold.Split == GsrCorpus.Split && sentence.Events.Count > 0) continue;
            if (gold is not null && !known(gold.Type)) continue;
            int label = EventModel.ClassOf(gold?.Type);
            ulong allowed = sentence.Judged == 0 ? 0 : sentence.Judged | 1;
            float weight = d.Gold.Split == GsrCorpus.Split ? gsrWeight : 1;
            triggers.Add(new Example(features.Trigger(a, c), label, allowed, weight));
            if (gold is null) continue;
            foreach (var p in c.Phrases)
            {
                var ps = new TextSpan(doc.Tokens[p.Start].Start, doc.Tokens[p.End - 1].End);
                int role = gold.Sources.Exists(s => s.Overlaps(ps)) ? EventDecider.Source : gold.Targets.Exists(t => t.Overlaps(ps)) ? EventDecider.Target : EventDecider.None;
                arguments.Add(new Example(features.Argument(a, c, p, gold.Type), role, 0, weight));
            }
        }
    }

    /// <summary>The tokens of a document that overlap any of <paramref name="spans"/>.</summary>
    public static IEnumerable<int> TokensOf(Document doc, List<TextSpan> spans)
    {
        foreach (var s in spans)
            for (int i = doc.TokenIndexAtOrAfter(s.Start); i < doc.Tokens.Count && doc.Tokens[i].Start < s.End; i++)
                if (doc.Tokens[i].Kind == TokenKind.Word && doc.Tokens[i].Span.Overlaps(s)) yield return i;
    }
}
