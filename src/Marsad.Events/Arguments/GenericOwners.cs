using Marsad.Core.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// Puts generic actors and their named owners side by side in an event's source or target list
/// (DESIGN.md, "Generic actors"): قوات الأمن المصرية acts as [the Egyptian security forces, Egypt], so that
/// the event is found both under the generic actor (its sector) and under the state or group it belongs to.
/// A generic whose owners filled its slot (<see cref="ActorPhrase.Owned"/>) comes back before them when
/// they all fill this side (the Egyptian and French services cooperating is Egypt ↔ France, without
/// them); a generic in the list brings its affiliation after it, even one that fills the other side
/// (Egypt's forces arresting Egyptians is Egypt acting on Egypt).
/// </summary>
public static class GenericOwners
{
    public static void Carry(List<Entity> side, IEnumerable<ActorPhrase> phrases)
    {
        foreach (var p in phrases)
            foreach (var o in p.Owned)
                if (o.Owners.Count > 0 && !side.Contains(o.Generic) && o.Owners.TrueForAll(side.Contains))
                    side.Insert(side.IndexOf(o.Owners[0]), o.Generic);
        for (int i = 0; i < side.Count; i++)
            if (side[i] is { IsGeneric: true, Affiliation: { IsGeneric: false, Type: not EntityType.MISC } owner } && !side.Contains(owner))
                side.Insert(i + 1, owner);
    }
}
