using Marsad.Core.Model;

namespace Marsad.Events.Learning;

/// <summary>The decision on one candidate: an event of this type, mode and code, with these actors.</summary>
public sealed record EventDecision(EventType Type, string? Mode, string Cameo, List<Entity> Sources, List<Entity> Targets, double Confidence);

/// <summary>
/// Decides whether a candidate trigger is an event and with which actors: by the model for the types it
/// was trained on (the argument rules are among its features), by the rules alone for the others.
/// </summary>
public sealed class EventDecider(EventFeatures features, TypeDefaults defaults, EventModel? model)
{
    public const int None = 0, Source = 1, Target = 2;

    public EventDecision? Decide(DocumentAnalysis a, Candidate c)
    {
        var trig = c.Trigger;
        if (model is null || !model.Knows(trig.Type)) return Rule(c);
        Span<float> scores = stackalloc float[EventModel.TriggerClasses];
        model.Triggers.Score(features.Trigger(a, c), scores);
        int best = 0;
        for (int y = 1; y < scores.Length; y++)
            if (model.Knows(EventModel.TypeOf(y)!.Value) && scores[y] > scores[best]) best = y;
        if (best == 0) return null;
        var type = EventModel.TypeOf(best)!.Value;
        var (mode, cameo) = type == trig.Type ? (trig.Mode, trig.Cameo) : (null, defaults.Cameo(type));
        var sources = new List<Entity>();
        var targets = new List<Entity>();
        Assign(a, c, type, sources, targets);
        return new EventDecision(type, mode, cameo, sources, targets, ConfidenceWeights.Learned(scores[best] - scores[0], model.Scale));
    }

    /// <summary>Each actor phrase of the sentence is the event's source, its target, or neither.</summary>
    private void Assign(DocumentAnalysis a, Candidate c, EventType type, List<Entity> sources, List<Entity> targets)
    {
        Span<float> scores = stackalloc float[EventModel.ArgumentClasses];
        foreach (var p in c.Phrases)
        {
            model!.Arguments.Score(features.Argument(a, c, p, type), scores);
            int role = scores[Source] > scores[None] && scores[Source] >= scores[Target] ? Source : scores[Target] > scores[None] ? Target : None;
            foreach (var e in p.Actors)
            {
                if (e.Type == EntityType.MISC || sources.Contains(e) || targets.Contains(e)) continue;
                if (role == Source && e.Type != EntityType.LOC) sources.Add(e);
                else if (role == Target) targets.Add(e);
            }
        }
    }

    /// <summary>Rules alone: an event between a source and a target read off the clause.</summary>
    private static EventDecision? Rule(Candidate c)
    {
        var r = c.Rule;
        if (!c.FromLexicon || r.Sources.Count == 0 || r.Targets.Count == 0) return null;
        return new EventDecision(c.Trigger.Type, c.Trigger.Mode, c.Trigger.Cameo, r.Sources.ToList(), r.Targets.ToList(), ConfidenceWeights.Rule(r.Confidence));
    }
}
