namespace Marsad.Store.Analysis.Outlets;

/// <summary>
/// Each outlet's lens over the events dated within [From, To] (events with at least one linked actor; flagged events
/// left out): outlets whose name contains <see cref="Outlet"/> (any case), at most <see cref="Limit"/>, largest first;
/// per outlet its <see cref="TopActors"/> most reported actors and <see cref="TopSources"/> most cited sources. An actor's
/// tone is compared with the rest of the corpus only when the outlet reports it in at least <see cref="MinEvents"/> events.
/// </summary>
public sealed record OutletLensQuery(
    Core.Model.PartialDate? From = null,
    Core.Model.PartialDate? To = null,
    string? Outlet = null,
    int TopActors = 8,
    int TopSources = 5,
    int MinEvents = 2,
    int Limit = 50);

/// <summary>The corpus as a whole (<see cref="Corpus"/>) and each outlet, most events first; events of documents without an outlet count in the corpus only.</summary>
public sealed record OutletLensReport(OutletLens Corpus, IReadOnlyList<OutletLens> Outlets);

/// <summary>
/// How one outlet reports. <see cref="Documents"/>: its documents with at least one such event. <see cref="Attributed"/>: events it gives a source for. <see cref="Modalities"/>: its mix of
/// modalities beside the rest of the corpus. Two divergences from the rest of the corpus, both 0 (same) to 1:
/// <see cref="ModalityDivergence"/>, the Jensen–Shannon divergence (base 2) of the modality mixes, and
/// <see cref="ToneDivergence"/>, the mean over its actors (weighted by their events, actors with at least MinEvents and
/// reported elsewhere) of the absolute difference between the outlet's share of hostile events and the rest's.
/// Null when there is nothing to compare with.
/// </summary>
public sealed record OutletLens(
    string Outlet, int Documents, int Events, int Attributed,
    IReadOnlyList<ModalityShare> Modalities, double? ModalityDivergence, double? ToneDivergence,
    IReadOnlyList<ActorTone> Actors, IReadOnlyList<SourceCount> Sources);

/// <summary>A modality's count and share in the outlet, and its share in the rest of the corpus.</summary>
public sealed record ModalityShare(string Modality, int Events, double Share, double? RestShare);

/// <summary>
/// The events an outlet reports about an actor (as source or target; denied and hypothetical ones left out): cooperative (PLOVER AGREE … REQUEST) and hostile
/// (ACCUSE … ASSAULT), hostile ones where it acts (<see cref="HostileBy"/>) and where it is the target
/// (<see cref="HostileAgainst"/>), its share of hostile events beside the rest of the corpus's (<see cref="RestHostileShare"/>,
/// null when no other outlet reports the actor), and <see cref="EventIds"/>, the events behind the numbers.
/// </summary>
public sealed record ActorTone(
    EntityRef Actor, int Events, int Cooperative, int Hostile, int HostileBy, int HostileAgainst,
    double HostileShare, double? RestHostileShare, IReadOnlyList<long> EventIds);

/// <summary>
/// A source the outlet attributes events to, with how many and which events. Attributions linked to one entity are one
/// source (المتحدث باسم الخارجية الأمريكية مارك تونر، مارك تونر، تونر), named by the phrase the outlet uses most for it, with the
/// other phrases in <see cref="Forms"/>; an attribution linked to none is a source by its phrase.
/// </summary>
public sealed record SourceCount(string Source, int Events, IReadOnlyList<long> EventIds)
{
    /// <summary>The corpus entity the attributions were linked to, or null.</summary>
    public long? Entity { get; init; }
    /// <summary>The other phrases of the same source, most used first.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];
}
