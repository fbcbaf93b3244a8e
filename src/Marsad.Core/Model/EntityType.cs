namespace Marsad.Core.Model;

/// <summary>Entity types of the ontology (DESIGN.md).</summary>
public enum EntityType : byte { PER, ORG, GPE, LOC, MISC }

public static class EntityTypes
{
    public static bool TryParse(string? s, out EntityType type)
    {
        type = default;
        switch (s?.Trim().ToUpperInvariant())
        {
            case "PER" or "PERS" or "PERSON": type = EntityType.PER; return true;
            case "ORG" or "ORGANIZATION" or "ORGANISATION": type = EntityType.ORG; return true;
            case "GPE": type = EntityType.GPE; return true;
            case "LOC" or "LOCATION": type = EntityType.LOC; return true;
            case "MISC": type = EntityType.MISC; return true;
            default: return false;
        }
    }
}
