using System.Text.Json;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// States: Wikidata ids and English names from countries-states-cities; the Arabic name from
/// i18n-iso-countries (the cleanest source); more Arabic names from CLDR and world-countries; then the
/// curated data/kb/states.tsv (news spellings, canonical-name overrides). The Arabic names of
/// countries-states-cities are not used: several are machine-translated and wrong (its README).
/// </summary>
public static class StateSource
{
    public const int Prior = 100;

    public static void Add(DraftSet set, string shared, string curated)
    {
        var i18nAr = ReadI18n(Path.Combine(shared, "i18n-iso-countries", "ar.json"));
        var cldr = ReadCldrTerritories(Path.Combine(shared, "cldr-ar", "localenames", "territories.json"));
        var world = ReadWorldCountries(Path.Combine(shared, "world-countries", "countries.json"));
        var csc = TsvTable.Read(Path.Combine(shared, "countries-states-cities", "countries.tsv"), comments: false);
        foreach (var row in csc.Rows)
        {
            string iso2 = row["iso2"], qid = row["wikidata"];
            if (iso2.Length != 2 || qid.Length == 0 || !i18nAr.TryGetValue(iso2, out var nameAr)) continue;
            var d = new EntryDraft(qid, KbKind.State, nameAr[0])
            {
                Iso2 = iso2,
                NameEn = row["name_en"],
                Prior = Prior,
            };
            d.Source("countries-states-cities").Source("i18n-iso-countries");
            foreach (var n in nameAr) d.Alias(n);
            if (cldr.TryGetValue(iso2, out var c)) { foreach (var n in c) d.Alias(n); d.Source("cldr-ar"); }
            if (world.TryGetValue(iso2, out var w)) { foreach (var n in w) d.Alias(n); d.Source("world-countries"); }
            set.Add(d, row.Where);
        }

        var table = TsvTable.Read(Path.Combine(curated, "states.tsv"));
        foreach (var row in table.Rows)
        {
            var d = set.State(row["iso2"]) ?? throw new InvalidDataException($"{row.Where}: no state with ISO code '{row["iso2"]}'");
            if (row["name_ar"].Length > 0) { d.Alias(d.NameAr); d.NameAr = row["name_ar"]; }
            if (row["name_en"].Length > 0) d.NameEn = row["name_en"];
            foreach (var a in row.List("aliases")) d.Alias(a);
            d.Source(CuratedSource(row));
        }
    }

    internal static string CuratedSource(TsvTable.Row row) =>
        row["source"].Length > 0 ? row["source"] : throw new InvalidDataException($"{row.Where}: every curated row needs a source");

    private static Dictionary<string, List<string>> ReadI18n(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            var names = p.Value.ValueKind == JsonValueKind.Array
                ? p.Value.EnumerateArray().Select(v => v.GetString()!).ToList()
                : [p.Value.GetString()!];
            result[p.Name] = names;
        }
        return result;
    }

    private static Dictionary<string, List<string>> ReadCldrTerritories(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var t = doc.RootElement.GetProperty("main").GetProperty("ar").GetProperty("localeDisplayNames").GetProperty("territories");
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in t.EnumerateObject())
        {
            var code = p.Name.Split('-')[0];
            if (code.Length != 2 || !char.IsAsciiLetter(code[0])) continue;
            if (!result.TryGetValue(code, out var list)) result[code] = list = [];
            // "الكونغو - كينشاسا": CLDR's disambiguated labels are not how news writes the name.
            var name = p.Value.GetString()!;
            if (!name.Contains(" - ", StringComparison.Ordinal)) list.Add(name);
        }
        return result;
    }

    private static Dictionary<string, List<string>> ReadWorldCountries(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            if (!c.TryGetProperty("translations", out var tr) || !tr.TryGetProperty("ara", out var ara)) continue;
            var names = new List<string>();
            foreach (var key in new[] { "common", "official" })
                if (ara.TryGetProperty(key, out var v) && v.GetString() is { Length: > 0 } s) names.Add(s);
            result[c.GetProperty("cca2").GetString()!] = names;
        }
        return result;
    }
}
