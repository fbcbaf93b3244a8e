namespace Marsad.Store.Analysis.Claims;

/// <summary>
/// Claims about the same happening, grouped across documents and stories. An event's identity is its type family,
/// its actors (corpus entities; generic actors by their group), its date and its place: claims are grouped when one's
/// actors include the other's, their dates lie within <see cref="WindowDays"/> of each other (an event's own date, else
/// its document's publication date; claims with neither only within one story) and their places, when both are known,
/// are the same. <see cref="Entity"/>: groups with a claim naming it; <see cref="Document"/>: groups with a claim from it;
/// <see cref="ContestedOnly"/>: groups whose claims disagree; groups of fewer than <see cref="MinClaims"/> claims are left out, and so
/// (unless <see cref="MinClaims"/> is 1) are groups of one document whose claims agree: a repetition, not a second claim.
/// A group shows at most <see cref="ClaimsPerGroup"/> of its claims (at least one per side of each disagreement); its counts are of them all.
/// </summary>
public sealed record ClaimQuery(
    long? Entity = null,
    Core.Model.PartialDate? From = null,
    Core.Model.PartialDate? To = null,
    bool ContestedOnly = false,
    string? Document = null,
    int WindowDays = 7,
    int MinClaims = 2,
    int Limit = 200,
    int ClaimsPerGroup = 20);

/// <summary>The groups of a query; <see cref="Total"/> counts them before the limit, <see cref="Contested"/> those with a disagreement.</summary>
public sealed record ClaimReport(int Total, int Contested, IReadOnlyList<ClaimGroup> Groups);

/// <summary>
/// One happening as the claims tell it: the family, every actor named by a claim, the span of the claims' dates,
/// the place, the claims side by side (each an event with its document, outlet, modality, attribution, quantities and
/// sentence) and how they disagree. <see cref="Documents"/>, <see cref="Stories"/> and <see cref="Outlets"/> count distinct sources.
/// </summary>
public sealed record ClaimGroup(
    string Family, IReadOnlyList<EntityRef> Actors, string? From, string? To, EntityRef? Place,
    int Documents, int Stories, int Outlets, IReadOnlyList<TimelineEvent> Claims, IReadOnlyList<Disagreement> Disagreements)
{
    public bool Contested => Disagreements.Count > 0;

    /// <summary>How many claims the group holds (<see cref="Claims"/> may show fewer).</summary>
    public int ClaimCount { get; init; } = Claims.Count;

    /// <summary>
    /// Weaker evidence, apart from the claims: pairs of the group's actors named in one sentence without an event or relation
    /// connecting them, published within its dates widened by the window (sentences that may tell the happening in words
    /// extraction did not read), most sentences first. None for a group without dates.
    /// </summary>
    public IReadOnlyList<ClaimCoMention> CoMentions { get; init; } = [];
}

/// <summary>Two actors of a claim group co-mentioned in <see cref="Sentences"/> sentences published within [From, To].</summary>
public sealed record ClaimCoMention(EntityRef A, EntityRef B, int Sentences, string From, string To);

/// <summary>
/// A point the claims disagree on. <see cref="Kind"/>: "denial" (the happening asserted or reported by some, denied by
/// others), "count" (different numbers of the same unit: <see cref="Unit"/>), "date" (the events' own dates do not
/// overlap) or "direction" (one names A → B, another B → A). Each side is a value with the claims (event ids) that give it.
/// </summary>
public sealed record Disagreement(string Kind, string? Unit, IReadOnlyList<ClaimSide> Sides);

public sealed record ClaimSide(string Value, IReadOnlyList<long> Events);

/// <summary>The kinds of <see cref="Disagreement"/>.</summary>
public static class DisagreementKinds
{
    public const string Denial = "denial";
    public const string Count = "count";
    public const string Date = "date";
    public const string Direction = "direction";
}
