using System.Collections.Frozen;
using Marsad.Knowledge.Model;
using Marsad.Text.Normalization;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Places: capitals (countries-states-cities capitals.tsv), curated seats of power, regions and
/// capital corrections (data/kb/places.tsv), MENA first-level divisions and cities, and the world's
/// major cities (countries-states-cities). Wikidata ids are kept where the source has them.
/// </summary>
public static class PlaceSource
{
    public const int CapitalPrior = 80, SeatPrior = 85, CuratedPrior = 70, RegionPrior = 40;

    /// <summary>Arab League members and Western Sahara: every city is kept (their names are native Arabic).</summary>
    private static readonly FrozenSet<string> s_arab =
        "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Other countries' towns below this population are left out (transliterated names, little news value).</summary>
    private const int MinPopulationOutsideArab = 100_000;

    public static void Add(DraftSet set, string shared, string curated)
    {
        var places = TsvTable.Read(Path.Combine(curated, "places.tsv"));
        var corrected = new HashSet<string>(StringComparer.Ordinal);
        var curatedCapitals = places.Rows.Where(r => r["kind"] == "capital").ToDictionary(r => r["state"], StringComparer.OrdinalIgnoreCase);
        var csc = Path.Combine(shared, "countries-states-cities");

        foreach (var row in TsvTable.Read(Path.Combine(csc, "capitals.tsv"), comments: false).Rows)
        {
            var state = set.State(row["country_iso2"]);
            if (state is null) continue;
            curatedCapitals.Remove(state.Iso2!, out var fix);
            string nameAr = fix?["name_ar"] is { Length: > 0 } fa ? fa : row["capital_ar"];
            if (nameAr.Length == 0) continue;
            string id = row["wikidata"] is { Length: > 0 } w ? w : fix?["id"] is { Length: > 0 } fid ? fid : $"M:capital-{state.Iso2!.ToLowerInvariant()}";
            var d = new EntryDraft(id, KbKind.Capital, nameAr)
            {
                NameEn = fix?["name_en"] is { Length: > 0 } fe ? fe : row["capital_en"],
                Iso2 = state.Iso2,
                StateId = state.Id,
                Prior = CapitalPrior,
            };
            d.Source("countries-states-cities");
            // A corrected capital keeps only the curated names: the source's native one is as wrong as its Arabic (مسقط).
            if (fix is null && IsArabic(row["capital_native"])) d.Alias(row["capital_native"]);
            if (fix is not null) { foreach (var a in fix.List("aliases")) d.Alias(a); d.Source(StateSource.CuratedSource(fix)); corrected.Add(id); }
            set.Add(d, row.Where);
        }
        foreach (var row in curatedCapitals.Values) AddCurated(set, row);
        foreach (var row in places.Rows.Where(r => r["kind"] != "capital")) AddCurated(set, row);

        foreach (var row in TsvTable.Read(Path.Combine(csc, "states_mena.tsv"), comments: false).Rows)
            AddCsc(set, row, KbKind.Region, row["country_code"], "state", corrected);
        foreach (var row in TsvTable.Read(Path.Combine(csc, "cities_mena.tsv"), comments: false).Rows)
        {
            if (!s_arab.Contains(row["country_code"]) && Population(row) < MinPopulationOutsideArab) continue;
            AddCsc(set, row, KbKind.City, row["country_code"], "city", corrected);
        }
        foreach (var row in TsvTable.Read(Path.Combine(csc, "cities_world_major.tsv"), comments: false).Rows)
            AddCsc(set, row, KbKind.City, row["country_code"], "city", corrected);
    }

    private static void AddCurated(DraftSet set, TsvTable.Row row)
    {
        if (!KbKinds.TryParse(row["kind"], out var kind)) throw new InvalidDataException($"{row.Where}: unknown kind '{row["kind"]}'");
        var stateId = set.ResolveRef(row["state"]);
        if (row["state"].Length > 0 && stateId is null) throw new InvalidDataException($"{row.Where}: unknown state '{row["state"]}'");
        var id = row["id"];
        if (id.Length == 0) throw new InvalidDataException($"{row.Where}: id missing");
        var d = set.Get(id) ?? set.Add(new EntryDraft(id, kind, row["name_ar"]), row.Where);
        d.Kind = kind;
        d.NameAr = row["name_ar"].Length > 0 ? row["name_ar"] : d.NameAr;
        if (row["name_en"].Length > 0) d.NameEn = row["name_en"];
        d.StateId = stateId ?? d.StateId;
        d.Iso2 ??= stateId is null ? null : set.Get(stateId)?.Iso2;
        d.Prior = kind switch { KbKind.Seat => SeatPrior, KbKind.Capital => CapitalPrior, _ => CuratedPrior };
        foreach (var a in row.List("aliases")) d.Alias(a);
        d.Source(StateSource.CuratedSource(row));
    }

    /// <param name="corrected">Capitals whose names a curated row corrected: a city row with their Wikidata id and English
    /// name is the capital under the source's wrong Arabic name, not a place of its own.</param>
    private static void AddCsc(DraftSet set, TsvTable.Row row, KbKind kind, string iso2, string what, HashSet<string> corrected)
    {
        var state = set.State(iso2);
        if (state is null) return;
        var name = PickArabicName(row, s_arab.Contains(iso2));
        if (name is null) return;
        var qid = row["wikidata"];
        if (qid.Length > 0 && set.Get(qid) is { } existing)
        {
            // The same place from two files (a capital also listed as a city): one entry. Neighbouring
            // places sharing a wrong Wikidata id (README) keep separate entries under source ids.
            if (corrected.Contains(qid) && existing.NameEn == row["name_en"]) return;
            if (ArabicNormalizer.Normalize(existing.NameAr) == ArabicNormalizer.Normalize(name)) { existing.Alias(name); return; }
            qid = "";
        }
        var id = qid.Length > 0 ? qid : $"M:csc-{what}-{row["id"]}";
        if (set.Contains(id)) return;
        var d = new EntryDraft(id, kind, name)
        {
            NameEn = row["name_en"],
            Iso2 = state.Iso2,
            StateId = state.Id,
            Prior = kind == KbKind.Region ? RegionPrior : CityPrior(Population(row)),
        };
        d.Source("countries-states-cities");
        set.Add(d, row.Where);
    }

    /// <summary>25 for a village up to 49 for a megacity: population decides among same-named places.</summary>
    private static int CityPrior(long population) =>
        population <= 0 ? 25 : 25 + (int)Math.Clamp((Math.Log10(population) - 3) * 6, 0, 24);

    private static long Population(TsvTable.Row row) => long.TryParse(row["population"], out var p) ? p : 0;

    /// <summary>
    /// The Arabic name: in Arab countries the native name (GeoNames/Wikidata, safer than the partly
    /// machine-translated translation column, README), else the translation. Names carrying the known
    /// "At …" → "في …" mistranslation are refused.
    /// </summary>
    private static string? PickArabicName(TsvTable.Row row, bool arabCountry)
    {
        string native = row["native"], ar = row["name_ar"];
        var name = arabCountry && IsArabic(native) ? native : ar;
        if (!IsArabic(name) || name.StartsWith("في ", StringComparison.Ordinal)) return null;
        return name;
    }

    private static bool IsArabic(string s) =>
        s.Length > 0 && s.All(c => c is ' ' or '-' or '\'' || Text.Tokenization.Tokenizer.IsArabicLetter(c) || Text.Tokenization.Tokenizer.IsArabicMark(c));
}
