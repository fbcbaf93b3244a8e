using System.Runtime.CompilerServices;

namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Camps over time read from a corpus store, each change of camp with the events (and their evidence) that moved the
/// actor. The month sums of a store (<see cref="CampIndex"/>) are kept until its version changes: a request then sums
/// months and partitions a network of actors, and reads only the evidence of the changes it reports. After a write that
/// only added documents, the kept sums are extended by their events (the store reads only those), unless what the
/// documents add changes how older events count (who is joined to whom, a government now stored for a capital).
/// </summary>
public sealed class CampFinder(ICorpusStore store, TieWeights weights, AlignmentJoins joins, SeatsOfGovernment? seats = null)
{
    private readonly AlignmentJoins _joins = joins;
    private readonly SeatsOfGovernment _seats = seats ?? SeatsOfGovernment.None;
    private readonly TieWeights _weights = weights;

    public CampReport Find(CampQuery query)
    {
        var report = new CampAnalysis(_weights).Run(Index(), query);
        var wanted = report.Changes.SelectMany(c => c.EventIds).Distinct().ToList();
        if (wanted.Count == 0) return report;
        var events = store.Timeline(new TimelineQuery([], Limit: wanted.Count, Ids: wanted)).ToDictionary(e => e.Id);
        return report with
        {
            Changes = [.. report.Changes.Select(c => c with { Events = [.. c.EventIds.Where(events.ContainsKey).Select(id => events[id])] })],
        };
    }

    /// <summary>What an index was built from: the events read, the relations that joined actors, the governments looked up.</summary>
    private sealed record Built(CampIndex Index, ActorEventSet Set, IReadOnlyList<RelationCount> Relations,
        IReadOnlyDictionary<long, RelationCount> JoinMap, Governments Governments);

    /// <summary>The last index built per store and tables, kept across versions to be extended.</summary>
    private static readonly ConditionalWeakTable<ICorpusStore, Dictionary<object, Built>> s_built = [];

    /// <summary>The store's month sums, built again (or extended) when it has changed since they were built.</summary>
    public CampIndex Index() => VersionedCache.Get(store, Key, () => Update().Index);

    private (string, TieWeights, AlignmentJoins, SeatsOfGovernment) Key => ("camps", _weights, _joins, _seats);

    private Built Update()
    {
        var set = store.ActorEvents(new ActorEventQuery());
        var built = s_built.GetValue(store, _ => []);
        lock (built)
        {
            var kept = built.GetValueOrDefault(Key);
            if (kept is not null && ReferenceEquals(kept.Set, set)) return kept;
            var next = (kept is not null && set.Lineage != 0 && set.Lineage == kept.Set.Lineage && set.Events.Count >= kept.Set.Events.Count
                ? Extend(kept, set) : null) ?? Build(set);
            built[Key] = next;
            return next;
        }
    }

    private Built Build(ActorEventSet set)
    {
        var relations = store.RelationCounts(_joins.Types);
        var map = _joins.Map(relations);
        var governments = new Governments(store, _seats);
        return new Built(CampIndex.Build(set, _weights, map, store.CoMentions(), governments.For(set)), set, relations, map, governments);
    }

    /// <summary>The kept index with the events of the documents added since, or null when they change how older events count.</summary>
    private Built? Extend(Built kept, ActorEventSet set)
    {
        var added = new DocumentRange(kept.Set.LastDocument, set.LastDocument);
        var relations = Sum(kept.Relations, store.RelationCounts(_joins.Types, added));
        var map = _joins.Map(relations);
        if (map.Count != kept.JoinMap.Count || map.Any(j => kept.JoinMap.GetValueOrDefault(j.Key)?.Object.Id != j.Value.Object.Id)) return null;
        // A capital's seat depends on the actor's knowledge-base id and type (an ingest may link a stored entity) and on
        // the government being stored.
        if (kept.Set.Actors.Any(a => set.Actors.TryGetValue(a.Key, out var now) && (now.Kb != a.Value.Kb || now.Type != a.Value.Type))) return null;
        if (kept.Governments.AnyStoredSince()) return null;
        var index = kept.Index.Extend(set.Events.Skip(kept.Set.Events.Count), set.Actors, store.CoMentions(added), kept.Governments.For(set));
        return new Built(index, set, relations, map, kept.Governments);
    }

    /// <summary>Relation counts of two sets of documents as one: the same pair, type and label summed.</summary>
    private static List<RelationCount> Sum(IReadOnlyList<RelationCount> kept, IReadOnlyList<RelationCount> added) =>
        [.. kept.Concat(added).GroupBy(r => (S: r.Subject.Id, O: r.Object.Id, r.Type, r.LabelEn))
            .Select(g => g.Last() with { Documents = g.Sum(r => r.Documents) })];

    /// <summary>The stored entities of the governments capitals stand for, looked up once each.</summary>
    private sealed class Governments(ICorpusStore store, SeatsOfGovernment seats)
    {
        private readonly Dictionary<string, EntityRef?> _byKb = new(StringComparer.Ordinal);

        private EntityRef? Lookup(string kb) => store.EntityOfKb(kb);

        private EntityRef? Government(string kb) => _byKb.TryGetValue(kb, out var g) ? g : _byKb[kb] = Lookup(kb);

        /// <summary>True when a government looked up and not found is stored now.</summary>
        public bool AnyStoredSince() => _byKb.Any(kv => kv.Value is null && Lookup(kv.Key) is not null);

        /// <summary>A capital actor on a day → the stored entity of the government it stands for then, when the store has one.</summary>
        public Func<long, DateOnly?, EntityRef?> For(ActorEventSet set) =>
            (actor, day) => set.Actors.TryGetValue(actor, out var a) && a.Type is "LOC" or "GPE" && seats.GovernmentOf(a.Kb, day) is { } kb
                && Government(kb) is { } g && g.Id != actor ? g : null;
    }
}
