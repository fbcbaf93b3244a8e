using Marsad.Core.Model;

namespace Marsad.Events.Learning;

/// <summary>The decision on one candidate: an event of this type, mode and code, with these actors.</summary>
public sealed record EventDecision(EventType Type, string? Mode, string Cameo, List<Entity> Sources, List<Entity> Targets, double Confidence);

/// <summary>
/// Decides whether a candidate trigger is an event and with which actors: a lexicon trigger with both
/// sides read by the argument rules is one; otherwise the model decides, for the types it was trained on
/// (the rules' reading is among its features).
/// </summary>
public sealed class EventDecider(EventFeatures features, TypeDefaults defaults, EventModel? model)
{
    public const int None = 0, Source = 1, Target = 2;

    public EventDecision? Decide(DocumentAnalysis a, Candidate c)
    {
        // A lexicon trigger whose clause gives both a source and a target is an event (the rules' reading of
        // named dyads is precise); the model adds what the rules cannot read: events with one side or
        // none, generic actors, nominal and passive forms, words the lexicon lacks.
        var rule = Rule(c);
        if (rule is not null || model is null || !model.Knows(c.Trigger.Type)) return rule;
        return Learned(a, c);
    }

    private EventDecision? Learned(DocumentAnalysis a, Candidate c)
    {
        var trig = c.Trigger;
        Span<float> scores = stackalloc float[EventModel.TriggerClasses];
        model!.Triggers.Score(features.Trigger(a, c), scores);
        int best = 0;
        for (int y = 1; y < scores.Length; y++)
            if (model.Knows(EventModel.TypeOf(y)!.Value) && scores[y] > scores[best]) best = y;
        if (best == 0) return null;
        var type = EventModel.TypeOf(best)!.Value;
        var (mode, cameo) = type == trig.Type ? (trig.Mode, trig.Cameo) : (null, defaults.Cameo(type));
        var sources = new List<Entity>();
        var targets = new List<Entity>();
        Assign(a, c, type, sources, targets);
        if (!defaults.OneSided(type) && (sources.Count == 0 || targets.Count == 0)) return null;
        return new EventDecision(type, mode, cameo, sources, targets, ConfidenceWeights.Learned(scores[best] - scores[0], model.Scale));
    }

    /// <summary>Each actor phrase of the sentence is the event's source, its target, or neither.</summary>
    private void Assign(DocumentAnalysis a, Candidate c, EventType type, List<Entity> sources, List<Entity> targets)
    {
        Span<float> scores = stackalloc float[EventModel.ArgumentClasses];
        foreach (var p in c.Phrases)
        {
            // the rules' reading of the clause (subject, object, preposition frames) stands when it gives the
            // phrase a role; the model reads the phrases the rules leave out
            int role = p.Actors.Exists(c.Rule.Sources.Contains) ? Source : p.Actors.Exists(c.Rule.Targets.Contains) ? Target : None;
            if (role == None)
            {
                model!.Arguments.Score(features.Argument(a, c, p, type), scores);
                role = scores[Source] > scores[None] && scores[Source] >= scores[Target] ? Source : scores[Target] > scores[None] ? Target : None;
            }
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
