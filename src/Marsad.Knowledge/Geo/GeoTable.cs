using System.Globalization;
using Marsad.Core;

namespace Marsad.Knowledge.Geo;

/// <summary>Where a knowledge-base place is: its country, first-level division and coordinates.</summary>
/// <param name="Kind">country, adm1 or city.</param>
public sealed record GeoPlace(string KbId, string Kind, string Iso2, string Iso3, string IsoNumeric, string? Admin1Code, string? Admin1,
    string NameEn, double Latitude, double Longitude);

/// <summary>
/// The compiled coordinates of knowledge-base places (data/kb/geo.tsv, written by <c>marsad build-kb</c>
/// from countries-states-cities), keyed by the entry id, with each country by its ISO alpha-2 code.
/// Immutable once loaded.
/// </summary>
public sealed class GeoTable
{
    public const string FileName = "geo.tsv";
    public static readonly string[] Columns = ["kb", "kind", "iso2", "iso3", "iso_numeric", "adm1_code", "adm1", "name_en", "lat", "lon"];

    private readonly Dictionary<string, GeoPlace> _byId;
    private readonly Dictionary<string, GeoPlace> _countries;

    public GeoTable(IEnumerable<GeoPlace> places)
    {
        _byId = new(StringComparer.Ordinal);
        _countries = new(StringComparer.OrdinalIgnoreCase);
        foreach (var p in places)
        {
            _byId.TryAdd(p.KbId, p);
            if (p.Kind == "country") _countries.TryAdd(p.Iso2, p);
        }
    }

    public int Count => _byId.Count;

    public GeoPlace? Place(string? kbId) => kbId is null ? null : _byId.GetValueOrDefault(kbId);

    public GeoPlace? Country(string? iso2) => iso2 is null ? null : _countries.GetValueOrDefault(iso2);

    /// <summary>Reads data/kb/geo.tsv; a malformed line fails with its file and line number.</summary>
    public static GeoTable Load(DataFolder data) => Load(data.File("kb", FileName));

    public static GeoTable Load(string path)
    {
        var places = new List<GeoPlace>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("kb\t", StringComparison.Ordinal)) continue;
            var c = line.Split('\t');
            if (c.Length != Columns.Length || !TryCoord(c[8], out var lat) || !TryCoord(c[9], out var lon))
                throw new InvalidDataException($"{path}:{n}: expected {Columns.Length} tab-separated columns ending in latitude and longitude");
            places.Add(new GeoPlace(c[0], c[1], c[2], c[3], c[4], Empty(c[5]), Empty(c[6]), c[7], lat, lon));
        }
        return new GeoTable(places);
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    private static bool TryCoord(string s, out double v) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v);
}
