using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Text.Data;

namespace Marsad.Store.Analysis.Claims;

/// <summary>
/// Which event types can tell the same happening (a family) and whether the family's direction is compared.
/// Read from <c>data/analysis/claim_families.tsv</c>, where each grouping is argued.
/// </summary>
public sealed class ClaimFamilies(IReadOnlyDictionary<string, (string Family, bool Directed)> types)
{
    /// <summary>The table data/analysis/claim_families.tsv of <paramref name="data"/>.</summary>
    public static ClaimFamilies Load(DataFolder data) => Load(LexiconFile.Read(data, "analysis", "claim_families.tsv"));

    /// <summary>The family of an event type, or null for a type the file does not know.</summary>
    public string? FamilyOf(string type) => types.TryGetValue(type, out var f) ? f.Family : null;

    /// <summary>True when the family's claims disagree if one names A → B and another B → A.</summary>
    public bool IsDirected(string family) => types.Values.Any(f => f.Family == family && f.Directed);

    public static ClaimFamilies Load(IEnumerable<LexiconLine> lines)
    {
        var types = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var l in LexiconFile.Rows(lines, 3))
        {
            if (l.Section != "types") throw l.Error($"unexpected line in section '{l.Section}'");
            if (!Enum.TryParse<EventType>(l.Fields[0], out _)) throw l.Error($"'{l.Fields[0]}' is not a PLOVER event type");
            if (l.Fields[2] is not ("yes" or "no")) throw l.Error("directed is yes or no");
            types[l.Fields[0]] = (l.Fields[1], l.Fields[2] == "yes");
        }
        var missing = Enum.GetNames<EventType>().Where(t => !types.ContainsKey(t)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"claim families: no family for {string.Join(", ", missing)}");
        foreach (var family in types.Values.GroupBy(f => f.Item1))
            if (family.Select(f => f.Item2).Distinct().Count() > 1) throw new InvalidDataException($"claim families: '{family.Key}' is both directed and not");
        return new ClaimFamilies(types);
    }
}
