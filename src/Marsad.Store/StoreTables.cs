using Marsad.Core;
using Marsad.Knowledge.Geo;
using Marsad.Store.Analysis.Camps;
using Marsad.Store.Analysis.Claims;
using Marsad.Store.Export;

namespace Marsad.Store;

/// <summary>
/// The data tables the store's analyses and exports read, loaded once from one data folder: the tie weights of
/// camps, the relations that join a leader to his force in them and the seats of government, the claim families, ACLED's
/// actor sectors, GDELT's Goldstein scale and the compiled coordinates (data/analysis, data/events, data/kb/geo.tsv and the
/// capitals of data/kb/marsad-kb.tsv). Immutable; its program loads it once and passes it on.
/// </summary>
public sealed record StoreTables(TieWeights TieWeights, AlignmentJoins AlignmentJoins, ClaimFamilies ClaimFamilies, ActorSectors ActorSectors, CameoScale CameoScale,
    GeoTable Geo, SeatsOfGovernment Seats)
{
    /// <summary>Every table of <paramref name="data"/>; a missing or malformed file fails here, naming it.</summary>
    public static StoreTables Load(DataFolder data) =>
        new(TieWeights.Load(data), AlignmentJoins.Load(data), ClaimFamilies.Load(data), ActorSectors.Load(data), CameoScale.Load(data), GeoTable.Load(data),
            SeatsOfGovernment.Load(data));
}
