using System.Globalization;
using Marsad.Knowledge.Geo;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Compiles data/kb/geo.tsv from countries-states-cities (ODbL; see NOTICE): coordinates, country
/// codes and the first-level division of every knowledge-base state, capital, city and region that
/// the source names with the same Wikidata id. Exports read it for ACLED and GDELT geo fields.
/// </summary>
public static class GeoTableBuilder
{
    public static IReadOnlyList<GeoPlace> Build(string sharedData, IEnumerable<KbEntry> entries)
    {
        var dir = Path.Combine(sharedData, "kb", "countries-states-cities");
        var wanted = entries.Where(e => e.Kind is KbKind.State or KbKind.Capital or KbKind.City or KbKind.Region or KbKind.Seat)
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        // the place compiler names a place without a Wikidata id after its row (PlaceSource: M:csc-city-ID)
        string IdOf(TsvTable.Row r, string what) => r["wikidata"].Length > 0 ? r["wikidata"] : r["id"].Length > 0 ? $"M:csc-{what}-{r["id"]}" : "";
        var countries = TsvTable.Read(Path.Combine(dir, "countries.tsv"), comments: false).Rows
            .ToDictionary(r => r["iso2"], r => r, StringComparer.Ordinal);
        var states = TsvTable.Read(Path.Combine(dir, "states_mena.tsv"), comments: false).Rows
            .GroupBy(r => (r["country_code"], r["iso3166_2"].Split('-').Last())).ToDictionary(g => g.Key, g => g.First());
        var places = new List<GeoPlace>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string kb, string kind, string iso2, string? admCode, string? adm, string nameEn, string lat, string lon)
        {
            if (kb.Length == 0 || !wanted.Contains(kb) || !seen.Add(kb) || !countries.TryGetValue(iso2, out var c)) return;
            if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                || !double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)) return;
            places.Add(new GeoPlace(kb, kind, iso2, c["iso3"], c["numeric_code"], admCode, adm, nameEn, la, lo));
        }

        foreach (var c in countries.Values) Add(c["wikidata"], "country", c["iso2"], null, null, c["name_en"], c["latitude"], c["longitude"]);
        foreach (var s in states.Values) Add(IdOf(s, "state"), "adm1", s["country_code"], s["iso3166_2"], s["name_en"], s["name_en"], s["latitude"], s["longitude"]);
        foreach (var file in new[] { "cities_mena.tsv", "cities_world_major.tsv", "capitals.tsv" })
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path)) continue;
            var t = TsvTable.Read(path, comments: false);
            foreach (var r in t.Rows)
            {
                var iso2 = t.Has("country_code") ? r["country_code"] : r["country_iso2"];
                var adm = states.GetValueOrDefault((iso2, r["state_code"]));
                var name = t.Has("name_en") ? r["name_en"] : r["capital_en"];
                Add(IdOf(r, "city"), "city", iso2, adm?["iso3166_2"], adm?["name_en"] ?? NullIfEmpty(r["state_name_en"]), name, r["latitude"], r["longitude"]);
            }
        }
        return places.OrderBy(p => p.KbId, StringComparer.Ordinal).ToList();
    }

    public static void Write(string path, IEnumerable<GeoPlace> places)
    {
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        w.WriteLine("# Coordinates of knowledge-base places, compiled by `marsad build-kb` from countries-states-cities");
        w.WriteLine("# (dr5hn/countries-states-cities-database, ODbL-1.0; see NOTICE). Do not edit: rebuild.");
        w.WriteLine(string.Join('\t', GeoTable.Columns));
        foreach (var p in places)
            w.WriteLine(string.Join('\t', p.KbId, p.Kind, p.Iso2, p.Iso3, p.IsoNumeric, p.Admin1Code ?? "", p.Admin1 ?? "", p.NameEn,
                p.Latitude.ToString("0.#####", CultureInfo.InvariantCulture), p.Longitude.ToString("0.#####", CultureInfo.InvariantCulture)));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
