using Marsad.Knowledge;
using Marsad.Knowledge.Geo;
using Marsad.Knowledge.Model;

namespace Marsad.Store.Export;

/// <summary>What the event exports need to know of an actor: its country and its role, as codes.</summary>
/// <param name="Country">The state the actor is or belongs to (a geo row of kind country), or null.</param>
/// <param name="Role">A CAMEO role code (GOV, MIL, SPY, REB, IGO, MED, …) or "" for a state itself.</param>
/// <param name="Inter">ACLED's actor category: 1 state forces, 2 rebel groups, 3 political militias, 6 protesters,
/// 7 civilians, 8 external/other forces; 0 when the actor fits none.</param>
public readonly record struct ActorCode(GeoPlace? Country, string Role, int Inter)
{
    /// <summary>A CAMEO actor code: country ISO alpha-3 then role (EGYGOV, LBYMIL, TUR), IGO for international bodies.</summary>
    public string Cameo => Role == "IGO" ? "IGO" : (Country?.Iso3 ?? "") + Role;
}

/// <summary>
/// Codes actors and places for the ACLED and GDELT exports from the knowledge base (entry kind, state)
/// and its compiled coordinates (data/kb/geo.tsv). Generic actors (kind "generic") are coded from their
/// CAMEO sector and affiliation. Mapping tables are documented in README.md ("Exports").
/// </summary>
public sealed class ActorCoder(KnowledgeBase kb, GeoTable geo, ActorSectors sectors)
{
    private readonly ActorSectors _sectors = sectors;

    public GeoTable Geo => geo;

    /// <summary>
    /// The actor's name in ACLED's way: a generic actor by its sector and affiliation ("Police Forces of Egypt",
    /// "Protesters (Egypt)", "Unidentified Armed Group"), any other by its English name, else its Arabic one.
    /// </summary>
    public string AcledName(EntityRef actor) =>
        (actor.Kind == EntityKinds.Generic && actor.Sector is { Length: > 0 } sector
            ? _sectors.Name(sector, actor.Affiliation is { } owner ? owner.NameEn ?? owner.Name : null)
            : null)
        ?? actor.NameEn ?? actor.Name;

    public ActorCode Code(EntityRef actor)
    {
        if (actor.Kind == EntityKinds.Generic)
        {
            if (actor.Sector is { Length: > 0 } sector)
                return new ActorCode(actor.Affiliation?.Kb is { } home ? CountryOf(kb.Get(home)) : null, sector, _sectors.Inter(sector));
            // members, men or sources with no sector of their own act for whom they belong to (عناصر حزب الله)
            return actor.Affiliation is { } owner ? Code(owner) : new ActorCode(null, "", 0);
        }
        var entry = actor.Kb is null ? null : kb.Get(actor.Kb);
        if (entry is null) return new ActorCode(null, "", actor.Type == "GPE" ? 1 : 0);
        var country = CountryOf(entry);
        return entry.Kind switch
        {
            KbKind.State => new ActorCode(country, "", 1),
            KbKind.Capital or KbKind.Seat or KbKind.Government or KbKind.Ministry => new ActorCode(country, "GOV", 1),
            KbKind.Legislature => new ActorCode(country, "LEG", 1),
            KbKind.Military => new ActorCode(country, "MIL", 1),
            KbKind.Agency => new ActorCode(country, "SPY", 1),
            KbKind.ArmedGroup => new ActorCode(country, "REB", 2),
            KbKind.Igo => new ActorCode(null, "IGO", 8),
            KbKind.Media => new ActorCode(country, "MED", 0),
            KbKind.Party => new ActorCode(country, "OPP", 0),
            // a person with a listed title acts for their state
            KbKind.Person => new ActorCode(country, entry.Role is null ? "" : "GOV", entry.Role is null || country is null ? 0 : 1),
            _ => new ActorCode(country, "", 0),
        };
    }

    /// <summary>Where a place is: its own geo row, else its country's.</summary>
    public GeoPlace? Place(EntityRef? place)
    {
        if (place?.Kb is null) return null;
        return geo.Place(place.Kb) ?? CountryOf(kb.Get(place.Kb));
    }

    private GeoPlace? CountryOf(KbEntry? entry)
    {
        if (entry is null) return null;
        var state = entry.Kind == KbKind.State ? entry : kb.StateOf(entry);
        return geo.Country(state?.Iso2 ?? entry.Iso2);
    }
}
