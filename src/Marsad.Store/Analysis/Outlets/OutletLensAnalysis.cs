namespace Marsad.Store.Analysis.Outlets;

/// <summary>
/// Computes each outlet's lens (<see cref="OutletLens"/>) from a set of events, comparing each outlet with the rest of the
/// corpus (the corpus's counts less the outlet's own, so an outlet is never compared with itself).
/// </summary>
public static class OutletLensAnalysis
{
    /// <summary>Counts that can be added and taken away: the modality mix and, per actor, events and hostile events.</summary>
    private sealed class Counts
    {
        public int Events;
        public readonly Dictionary<string, int> Modalities = new(StringComparer.Ordinal);
        public readonly Dictionary<long, (int Events, int Hostile)> Actors = [];

        public static Counts Of(IEnumerable<ActorEvent> events)
        {
            var c = new Counts();
            foreach (var e in events)
            {
                c.Events++;
                c.Modalities[e.Modality] = c.Modalities.GetValueOrDefault(e.Modality) + 1;
                foreach (var a in Toned(e) ? Actors(e) : [])
                {
                    var (n, h) = c.Actors.GetValueOrDefault(a);
                    c.Actors[a] = (n + 1, h + (Hostile(e) ? 1 : 0));
                }
            }
            return c;
        }

        public Counts Minus(Counts other)
        {
            var c = new Counts { Events = Events - other.Events };
            foreach (var (m, n) in Modalities) c.Modalities[m] = n - other.Modalities.GetValueOrDefault(m);
            foreach (var (a, (n, h)) in Actors)
            {
                var (on, oh) = other.Actors.GetValueOrDefault(a);
                if (n - on > 0) c.Actors[a] = (n - on, h - oh);
            }
            return c;
        }
    }

    public static OutletLensReport Run(ActorEventSet set, OutletLensQuery q)
    {
        var all = set.Events;
        var total = Counts.Of(all);
        var corpus = Lens("", all, total, null, set, q);
        var outlets = all.Where(e => e.Outlet is not null)
            .GroupBy(e => e.Outlet!, StringComparer.Ordinal)
            .Where(g => q.Outlet is not { } name || g.Key.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, q.Limit))
            .Select(g =>
            {
                var own = Counts.Of(g);
                return Lens(g.Key, [.. g], own, total.Minus(own), set, q);
            })
            .ToList();
        return new OutletLensReport(corpus, outlets);
    }

    private static bool Hostile(ActorEvent e) => Polarity.Of("event", e.Type) < 0;

    /// <summary>Denied and hypothetical events did not happen as the text tells it (as for camps): they count in the modality mix, not in tone.</summary>
    private static bool Toned(ActorEvent e) => e.Modality is not ("denied" or "hypothetical");

    private static OutletLens Lens(string outlet, IReadOnlyList<ActorEvent> events, Counts own, Counts? rest, ActorEventSet set, OutletLensQuery q)
    {
        bool compare = rest is { Events: > 0 };
        var modalities = own.Modalities.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ModalityShare(kv.Key, kv.Value, Share(kv.Value, own.Events),
                compare ? Share(rest!.Modalities.GetValueOrDefault(kv.Key), rest.Events) : null)).ToList();
        var actors = events.Where(Toned).SelectMany(e => Actors(e).Select(a => (Actor: a, Event: e)))
            .GroupBy(x => x.Actor)
            .Select(g =>
            {
                var evs = g.Select(x => x.Event).ToList();
                int hostile = evs.Count(Hostile);
                double? restShare = compare && rest!.Actors.TryGetValue(g.Key, out var r) ? Share(r.Hostile, r.Events) : null;
                return new ActorTone(set.Actors[g.Key], evs.Count, evs.Count - hostile, hostile,
                    evs.Count(e => Hostile(e) && e.Sources.Contains(g.Key)), evs.Count(e => Hostile(e) && e.Targets.Contains(g.Key)),
                    Share(hostile, evs.Count), restShare, evs.Select(e => e.Id).ToList());
            })
            .OrderByDescending(a => a.Events).ThenBy(a => a.Actor.Id).ToList();
        // One source per linked entity (its phrases vary: a title, the full name, the surname), else per phrase.
        var sources = events.Where(e => !string.IsNullOrWhiteSpace(e.Attribution))
            .GroupBy(e => e.AttributionEntity is { } id ? "\u0001" + id : e.Attribution!.Trim(), StringComparer.Ordinal)
            .Select(g =>
            {
                var forms = g.GroupBy(e => e.Attribution!.Trim(), StringComparer.Ordinal)
                    .OrderByDescending(f => f.Count()).ThenBy(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key).ToList();
                return new SourceCount(forms[0], g.Count(), g.Select(e => e.Id).ToList()) { Entity = g.First().AttributionEntity, Forms = forms[1..] };
            })
            .OrderByDescending(s => s.Events).ThenBy(s => s.Source, StringComparer.Ordinal)
            .Take(Math.Max(0, q.TopSources)).ToList();
        return new OutletLens(outlet, events.Select(e => e.DocumentId).Distinct().Count(), events.Count,
            events.Count(e => !string.IsNullOrWhiteSpace(e.Attribution)), modalities,
            compare ? Round(Divergence.JensenShannon(own.Modalities, rest!.Modalities.Where(kv => kv.Value > 0).ToDictionary())) : null,
            Round(Divergence.Tone(actors.Where(a => a.Events >= q.MinEvents).Select(a => (a.Events, a.HostileShare, a.RestHostileShare)))),
            actors.Take(Math.Max(0, q.TopActors)).ToList(), sources);
    }

    private static IEnumerable<long> Actors(ActorEvent e) => e.Sources.Concat(e.Targets).Distinct();

    private static double Share(int n, int total) => total == 0 ? 0 : Math.Round((double)n / total, 4);

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 4) : null;
}
