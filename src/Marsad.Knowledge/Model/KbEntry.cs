using Marsad.Core.Model;

namespace Marsad.Knowledge.Model;

/// <summary>
/// One knowledge-base entry: a state, place or actor with its Arabic aliases. Immutable.
/// <see cref="Id"/> is a Wikidata id ("Q79") where the source gives one, else a stable Marsad
/// id ("M:khalifa-haftar").
/// </summary>
public sealed class KbEntry
{
    public required string Id { get; init; }
    public required KbKind Kind { get; init; }
    public required EntityType Type { get; init; }
    /// <summary>Canonical Arabic name.</summary>
    public required string NameAr { get; init; }
    public string? NameEn { get; init; }
    /// <summary>ISO 3166-1 alpha-2 code for states; the country code for places.</summary>
    public string? Iso2 { get; init; }
    /// <summary>
    /// Id of the state this entry belongs to or acts for: a capital's or seat's state, a city's country,
    /// an actor's affiliation. Null for states themselves and for international actors.
    /// </summary>
    public string? StateId { get; init; }
    /// <summary>Arabic surface forms that name this entry (the canonical name included).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Nationality adjectives standing for this state (المصري، المصرية، المصريون …); states only.</summary>
    public IReadOnlyList<string> NisbaForms { get; init; } = [];
    /// <summary>
    /// Lookup keys of <see cref="Aliases"/> (<see cref="KbKey.Variants"/>), precomputed by the index so that
    /// loading does not re-tokenise every alias; empty for entries built in memory (computed on load).
    /// </summary>
    public IReadOnlyList<string> AliasKeys { get; init; } = [];
    /// <summary>Lookup keys of <see cref="NisbaForms"/>, like <see cref="AliasKeys"/>.</summary>
    public IReadOnlyList<string> NisbaKeys { get; init; } = [];
    /// <summary>For people: the title they are known by ("رئيس مصر"); free text, Arabic.</summary>
    public string? Role { get; init; }
    /// <summary>Where the entry comes from (a curated file, or a shared source folder).</summary>
    public required string Source { get; init; }
    /// <summary>Ranking among entries sharing an alias (higher first): 0–100.</summary>
    public int Prior { get; init; }
    /// <summary>When the actor came to exist (a government formed, a parliament elected), if it is bounded.</summary>
    public PartialDate? From { get; init; }
    /// <summary>When it ceased to exist (a government replaced), if it has.</summary>
    public PartialDate? To { get; init; }

    /// <summary>Whether the actor may be meant in a text published at <paramref name="date"/>: its dates overlap the date's span.</summary>
    public bool ExistsAt(PartialDate date) => (From is not { } f || date.End >= f.Start) && (To is not { } t || date.Start <= t.End);

    /// <summary>Priors below this mark names taken in bulk from gazetteers (towns, districts).</summary>
    public const int WeakPriorLimit = 50;

    /// <summary>
    /// A name taken in bulk from a gazetteer (a town, a district): matched only when written exactly
    /// (ة not ه, ئ not ي) and never through the clitic ك, because such names collide with ordinary
    /// words (حلفائه "his allies" folds to the town حلفاية; كبيراً is not ك + بيرا).
    /// </summary>
    public bool IsWeak => Prior < WeakPriorLimit;

    public bool HasWikidataId => Id.Length > 1 && Id[0] == 'Q' && char.IsAsciiDigit(Id[1]);

    public override string ToString() => $"{Id} {NameAr} ({KbKinds.Name(Kind)})";
}

/// <summary>An entry found under a key, and whether the key was one of its nisba forms.</summary>
public readonly record struct KbHit(KbEntry Entry, bool Nisba);
