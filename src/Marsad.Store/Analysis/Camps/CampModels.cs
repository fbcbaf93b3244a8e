namespace Marsad.Store.Analysis.Camps;

public enum CampWindow { All, Month, Quarter, Year }

/// <summary>
/// Camps of the events dated within [From, To] (the whole corpus when both are null), in one window or in
/// consecutive windows of a month, quarter or year. Actors in fewer than <see cref="MinEvents"/> weighted
/// events of a window are left out of it.
/// </summary>
public sealed record CampQuery(
    Core.Model.PartialDate? From = null,
    Core.Model.PartialDate? To = null,
    CampWindow Window = CampWindow.All,
    int MinEvents = 1,
    int Seed = 1,
    int EvidencePerChange = 5,
    int CoMentionLimit = 40);

/// <summary>The camps over time. Camp ids are stable across periods: a camp keeps the id of the camp most of its members were in before.</summary>
/// <see cref="Undated"/> counts events left out of the windows for want of a date (the event's or its document's).
public sealed record CampReport(string Window, string? From, string? To, int Seed, int Undated, IReadOnlyList<CampPeriod> Periods, IReadOnlyList<CampChange> Changes);

/// <summary>
/// One window: its camps, its signed ties and the fit. <see cref="Frustration"/> is the weight of ties that
/// disagree with the camps (positive across, negative inside); <see cref="Balance"/> = 1 − Frustration / TotalWeight.
/// <see cref="Events"/> counts the events that made ties.
/// </summary>
public sealed record CampPeriod(
    string Period, string? From, string? To, int Events, double Frustration, double TotalWeight, double Balance,
    IReadOnlyList<Camp> Camps, IReadOnlyList<SignedTie> Ties)
{
    /// <summary>
    /// Weaker evidence, apart from the ties: pairs named in one sentence without an event connecting them, at least one of
    /// them in the network and no tie between them in this period, most sentences first (at most <see cref="CampQuery.CoMentionLimit"/>).
    /// Unsigned, so they never count in the camps; an actor outside the network is shown only here.
    /// </summary>
    public IReadOnlyList<CoMentionTie> CoMentions { get; init; } = [];
}

/// <summary>Two actors co-mentioned in <see cref="Sentences"/> sentences of the period without an event connecting them.</summary>
public sealed record CoMentionTie(EntityRef A, EntityRef B, int Sentences);

/// <summary>A camp, named after its leader (the member with the most agreeing tie weight).</summary>
public sealed record Camp(int Id, EntityRef Leader, IReadOnlyList<CampMember> Members);

/// <summary>
/// <see cref="Strength"/>: the share of the actor's tie weight that agrees with its camp (0–1). <see cref="Joined"/>: the
/// people counted as this actor, each with the stored relation that joins him to it (a commander and his force).
/// <see cref="ByOpposition"/>: no cooperative tie joins it to a camp-mate, only hostility to other camps: it is in this camp
/// for the enemies they share (structural balance: the enemy of my enemy), not for any cooperation its events show.
/// </summary>
public sealed record CampMember(EntityRef Actor, double Strength, int Events)
{
    public IReadOnlyList<RelationCount> Joined { get; init; } = [];
    public bool ByOpposition { get; init; }
}

/// <summary>An undirected tie: net weight, how many cooperative and hostile events, and whether it disagrees with the camps.</summary>
public sealed record SignedTie(long A, long B, double Weight, int Cooperative, int Hostile, bool Frustrated);

/// <summary>An actor found in another camp than the one it was last seen in, with the events of the period that moved it (strongest first).</summary>
/// <see cref="EventIds"/> are always given; <see cref="Events"/> (with evidence) when read through a store.
public sealed record CampChange(EntityRef Actor, string Period, int FromCamp, int ToCamp, IReadOnlyList<long> EventIds, IReadOnlyList<TimelineEvent> Events);
