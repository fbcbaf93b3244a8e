using Marsad.Core;

namespace Marsad.Store.Export;

/// <summary>
/// ACLED's actor category and naming for the CAMEO sector of a generic actor (data/events/acled_sectors.tsv):
/// Egyptian police are "Police Forces of Egypt", inter 1; unaffiliated gunmen "Unidentified Armed Group", inter 3.
/// </summary>
public sealed class ActorSectors
{
    public const string FileName = "acled_sectors.tsv";

    private sealed record Row(int Inter, string Named, string Alone);

    private readonly Dictionary<string, Row> _rows;

    private ActorSectors(Dictionary<string, Row> rows) => _rows = rows;

    public static ActorSectors Load(DataFolder data) => Load(data.File("events", FileName));

    public static ActorSectors Load(string path)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("sector\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            if (c.Length != 4 || !int.TryParse(c[1], out var inter) || !c[2].Contains("{0}", StringComparison.Ordinal))
                throw new InvalidDataException($"{path}:{n}: expected 'sector<TAB>inter<TAB>name with {{0}}<TAB>name alone'");
            rows[c[0]] = new Row(inter, c[2], c[3]);
        }
        return new ActorSectors(rows);
    }

    /// <summary>ACLED's inter code of a sector; 0 for a sector it has no category for.</summary>
    public int Inter(string sector) => _rows.TryGetValue(sector, out var r) ? r.Inter : 0;

    /// <summary>ACLED's name for the actors of a sector belonging to <paramref name="owner"/> (or to no one); null for an unlisted sector.</summary>
    public string? Name(string sector, string? owner) =>
        !_rows.TryGetValue(sector, out var r) ? null : owner is null ? r.Alone : r.Named.Replace("{0}", owner, StringComparison.Ordinal);
}
