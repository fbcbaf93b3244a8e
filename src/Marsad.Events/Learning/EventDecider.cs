using Marsad.Core.Model;
using Marsad.Events.Arguments;

namespace Marsad.Events.Learning;

/// <summary>The decision on one candidate: an event of this type, mode and code, with these actors.</summary>
public sealed record EventDecision(EventType Type, string? Mode, string Cameo, List<Entity> Sources, List<Entity> Targets, double Confidence);

/// <summary>
/// Decides whether a candidate trigger is an event and with which actors: a lexicon trigger with both
/// sides read by the argument rules is one (for a one-sided type, when they were read off a clause);
/// otherwise the model decides, for the types it was trained on (the rules' reading is among its features).
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
        if (model is null || !model.Knows(c.Trigger.Type)) return rule;
        // an attack, protest or arrest noun with a named genitive and target is as often an event referred to
        // as one reported (تأملات … حول اغتيال كينيدي، ذكرى الهجوم على السفارة): for the types news reports
        // with one side or none, the model weighs the rules' reading of such a noun with the rest; a verb's
        // clause, شنّ هجوماً and اشتباكات بين X و Y stay the rules' events
        if (rule is not null && (!defaults.OneSided(c.Trigger.Type) || c.Rule.Clausal(c.Trigger.IsVerb))) return rule;
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

    /// <summary>
    /// The event's source and target: each actor phrase of the sentence is scored as source, target or
    /// neither (the rules' reading of the clause is among its features), and the best-scoring phrase
    /// takes each role. Coordinated actors share a phrase (المتظاهرون والطلاب), so they share its role.
    /// </summary>
    private void Assign(DocumentAnalysis a, Candidate c, EventType type, List<Entity> sources, List<Entity> targets)
    {
        Span<float> scores = stackalloc float[EventModel.ArgumentClasses];
        ActorPhrase? source = null, target = null;
        float bestSource = 0, bestTarget = 0;
        foreach (var p in c.Phrases)
        {
            model!.Arguments.Score(features.Argument(a, c, p, type), scores);
            float s = scores[Source] - Math.Max(scores[None], scores[Target]), t = scores[Target] - Math.Max(scores[None], scores[Source]);
            if (s > bestSource && p.Actors.Exists(e => e.Type is not (EntityType.LOC or EntityType.MISC))) { bestSource = s; source = p; }
            if (t > bestTarget) { bestTarget = t; target = p; }
        }
        if (source is not null) sources.AddRange(source.Actors.Where(e => e.Type is not (EntityType.LOC or EntityType.MISC)));
        if (target is not null) targets.AddRange(target.Actors.Where(e => e.Type != EntityType.MISC && !sources.Contains(e)));
    }

    /// <summary>Rules alone: an event between a source and a target read off the clause.</summary>
    private static EventDecision? Rule(Candidate c)
    {
        var r = c.Rule;
        if (!c.FromLexicon || r.Sources.Count == 0 || r.Targets.Count == 0) return null;
        return new EventDecision(c.Trigger.Type, c.Trigger.Mode, c.Trigger.Cameo, r.Sources.ToList(), r.Targets.ToList(), ConfidenceWeights.Rule(r.Confidence));
    }
}
