using Marsad.Core.Model;

namespace Marsad.Store.Ingestion;

/// <summary>
/// Co-mentions: two named actors (people, organisations, states) in one sentence that no extracted event or relation of
/// that sentence connects. They are weaker evidence than an event (being named together says nothing of the sign of a
/// relation), kept so that a thin extraction does not hide that two actors are reported together.
/// </summary>
public static class SentenceCoMentions
{
    /// <summary>
    /// A sentence naming more actors than this is a list (participants of a conference, signatories) whose pairs say
    /// little about each other; it makes no co-mention.
    /// </summary>
    public const int MaxActors = 6;

    public static IReadOnlyList<(Entity A, Entity B, TextSpan Sentence)> Find(Document doc)
    {
        var pairs = new List<(Entity, Entity, TextSpan)>();
        var bySentence = doc.Entities.Where(IsActor)
            .SelectMany(e => e.Mentions.Select(m => (Entity: e, Sentence: doc.SentenceIndexAt(m.Span.Start))))
            .Where(x => x.Sentence >= 0)
            .GroupBy(x => x.Sentence, x => x.Entity);
        foreach (var g in bySentence)
        {
            var actors = g.Distinct(ReferenceEqualityComparer.Instance).Cast<Entity>().ToList();
            if (actors.Count is < 2 or > MaxActors) continue;
            var span = doc.Sentences[g.Key].Span;
            // Pairs an event (any roles) or a relation of this sentence already explains.
            var explained = doc.Events.Where(e => span.Contains(e.Trigger)).Select(e => e.Sources.Concat(e.Targets).ToList())
                .Concat(doc.Relations.Where(r => span.Overlaps(r.Evidence)).Select(r => new List<Entity> { r.Subject, r.Object }))
                .ToList();
            for (int i = 0; i < actors.Count; i++)
                for (int j = i + 1; j < actors.Count; j++)
                {
                    var (a, b) = (actors[i], actors[j]);
                    if (!explained.Any(x => x.Contains(a) && x.Contains(b))) pairs.Add((a, b, span));
                }
        }
        return pairs;
    }

    private static bool IsActor(Entity e) => !e.IsGeneric && e.Type is EntityType.PER or EntityType.ORG or EntityType.GPE;
}
