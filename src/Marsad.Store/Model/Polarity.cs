using Marsad.Core.Model;

namespace Marsad.Store;

/// <summary>
/// The tone of an edge for graph exports and the CAMEO quad class. PLOVER's cooperative types
/// (AGREE … RETREAT, REQUEST) are +1, its conflictual types (ACCUSE … ASSAULT) −1, stable relations 0.
/// </summary>
public static class Polarity
{
    public static int Of(string kind, string type)
    {
        if (kind != "event" || !Enum.TryParse<EventType>(type, out var t)) return 0;
        return t <= EventType.REQUEST ? 1 : -1;
    }
}
