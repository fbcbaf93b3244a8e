using Marsad.Core;
using Marsad.Text.Data;

namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// How much one event says about two actors being on the same side: a signed weight per event type
/// (Goldstein score / 10), a factor per modality (0 excludes denied and hypothetical events) and the
/// factor of a tie between co-sources. Read from <c>data/analysis/tie_weights.tsv</c>, where each value is argued.
/// </summary>
public sealed class TieWeights(IReadOnlyDictionary<string, double> types, IReadOnlyDictionary<string, double> modalities, double coSource)
{
    /// <summary>The table data/analysis/tie_weights.tsv of <paramref name="data"/>.</summary>
    public static TieWeights Load(DataFolder data) => Load(LexiconFile.Read(data, "analysis", "tie_weights.tsv"));

    public double CoSource => coSource;

    /// <summary>The signed weight of an event; 0 for an unknown type or an excluded modality.</summary>
    public double Of(string type, string modality, double confidence) =>
        types.GetValueOrDefault(type) * modalities.GetValueOrDefault(modality) * Math.Clamp(confidence, 0, 1);

    public static TieWeights Load(IEnumerable<LexiconLine> lines)
    {
        var types = new Dictionary<string, double>(StringComparer.Ordinal);
        var modalities = new Dictionary<string, double>(StringComparer.Ordinal);
        double? coSource = null;
        foreach (var l in LexiconFile.Rows(lines, 2))
        {
            double v = l.NumberAt(1);
            switch (l.Section)
            {
                case "types":
                    if (!Enum.TryParse<Core.Model.EventType>(l.Fields[0], out _)) throw l.Error($"'{l.Fields[0]}' is not a PLOVER event type");
                    if (Math.Abs(v) > 10) throw l.Error("a Goldstein score lies within [−10, 10]");
                    types[l.Fields[0]] = v / 10;
                    break;
                case "modality":
                    if (v is < 0 or > 1) throw l.Error("a modality factor lies within [0, 1]");
                    modalities[l.Fields[0]] = v;
                    break;
                case "joint" when l.Fields[0] == "co-source":
                    coSource = v;
                    break;
                default:
                    throw l.Error($"unexpected line in section '{l.Section}'");
            }
        }
        var missing = Enum.GetNames<Core.Model.EventType>().Where(t => !types.ContainsKey(t)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"tie weights: no weight for {string.Join(", ", missing)}");
        return new TieWeights(types, modalities, coSource ?? 0);
    }
}
