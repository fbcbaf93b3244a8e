using Marsad.Core.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// What the preceding text makes available for resolution: actors in order of mention (for الطرفين،
/// البلدين and pronouns) and the last explicit subject (for a verb whose subject is dropped).
/// </summary>
public sealed class Discourse
{
    /// <summary>Actors in order of mention with their "side": a person named with a nisba (الرئيس المصري
    /// السيسي) is on the side of that state, so الطرفين never resolves to a president and his own country.</summary>
    private readonly List<(Entity Entity, int Token, Entity Side)> _recent = [];

    public List<Entity>? LastSubject { get; set; }
    public int LastSubjectSentence { get; set; } = -1;

    public void Saw(ActorPhrase p)
    {
        // after في، حول (a topic or a place) it names no party
        if (p.NamesTopic) return;
        var nisba = p.Modifiers.FirstOrDefault(x => x.Nisba)?.Entity;
        foreach (var a in p.Actors) _recent.Add((a, p.Start, a.Type == EntityType.PER && nisba is not null ? nisba : a));
    }

    /// <summary>The two most recent distinct actors before <paramref name="token"/>; states only for البلدين/الدولتين.</summary>
    public List<Entity> LastTwo(int token, bool statesOnly)
    {
        var result = new List<Entity>(2);
        var sides = new List<Entity>(2);
        for (int k = _recent.Count - 1; k >= 0 && result.Count < 2; k--)
        {
            var (e, t, side) = _recent[k];
            if (t >= token || result.Contains(e) || sides.Contains(side) || result.Contains(side)) continue;
            if (statesOnly ? e.Type != EntityType.GPE : e.Type is EntityType.LOC or EntityType.MISC) continue;
            result.Add(e); sides.Add(side);
        }
        return result.Count == 2 ? result : [];
    }

    /// <summary>The most recent person (else actor) before <paramref name="token"/>, for a pronoun suffix.</summary>
    public Entity? LastActor(int token, int minToken)
    {
        Entity? any = null;
        for (int k = _recent.Count - 1; k >= 0; k--)
        {
            var (e, t, _) = _recent[k];
            if (t >= token) continue;
            if (t < minToken) break;
            if (e.Type == EntityType.PER) return e;
            if (e.Type is EntityType.GPE or EntityType.ORG) any ??= e;
        }
        return any;
    }
}
