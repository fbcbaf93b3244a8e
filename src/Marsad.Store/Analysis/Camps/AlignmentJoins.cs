using Marsad.Core;
using Marsad.Text.Data;

namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Which stored relations make a person one actor with the organisation he commands or the state he represents, for
/// camps (<c>data/analysis/alignment_joins.tsv</c>, argued there): each such person is counted as the organisation or state.
/// </summary>
public sealed class AlignmentJoins(IReadOnlyCollection<(string Type, string? LabelEn, string ObjectType)> joins)
{
    /// <summary>No joins: every entity its own actor.</summary>
    public static AlignmentJoins None { get; } = new([]);

    public IReadOnlyCollection<string> Types => [.. joins.Select(j => j.Type).Distinct()];

    public bool Joins(RelationCount r) =>
        r.Subject.Type == "PER" && r.Subject.Id != r.Object.Id
        && joins.Any(j => j.Type == r.Type && j.ObjectType == r.Object.Type && (j.LabelEn is null || string.Equals(j.LabelEn, r.LabelEn, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Person → the organisation or state he is counted as (the one the most documents give), from the store's relations.</summary>
    public IReadOnlyDictionary<long, RelationCount> Map(IEnumerable<RelationCount> relations) =>
        relations.Where(Joins).GroupBy(r => r.Subject.Id)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Documents).ThenBy(r => r.Object.Id).First());

    /// <summary>data/analysis/alignment_joins.tsv of <paramref name="data"/>.</summary>
    public static AlignmentJoins Load(DataFolder data) => Load(LexiconFile.Read(data, "analysis", "alignment_joins.tsv"));

    public static AlignmentJoins Load(IEnumerable<LexiconLine> lines)
    {
        var joins = new List<(string, string?, string)>();
        foreach (var l in LexiconFile.Rows(lines, 3))
        {
            if (l.Section != "joins") throw l.Error($"unexpected line in section '{l.Section}'");
            if (!Enum.TryParse<Core.Model.RelationType>(l.Fields[0], out _)) throw l.Error($"'{l.Fields[0]}' is not a relation type");
            if (l.Fields[2] is not ("ORG" or "GPE")) throw l.Error($"'{l.Fields[2]}' is not ORG or GPE: a person joins an organisation or a state");
            joins.Add((l.Fields[0], l.Fields[1] == "*" ? null : l.Fields[1], l.Fields[2]));
        }
        return new AlignmentJoins(joins);
    }
}
