using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Nationality adjectives of every state: the masculine singular from nationalities-ar-3neef, corrected
/// and extended by data/kb/nisba.tsv, expanded into all forms by <see cref="NisbaGenerator"/>.
/// </summary>
public static class NisbaSource
{
    /// <summary>Adds the forms; returns each state's one-word masculine singulars, primary first (for generated phrases).</summary>
    public static Dictionary<string, List<string>> Add(DraftSet set, string shared, string curated)
    {
        var bases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var src = TsvTable.Read(Path.Combine(shared, "nationalities-ar-3neef", "nationalities_ar_en.tsv"), comments: false);
        foreach (var row in src.Rows)
            if (row["demonym_ar_masc_sg"].Length > 0) Bases(row["iso2"]).Add(row["demonym_ar_masc_sg"]);

        var fixes = TsvTable.Read(Path.Combine(curated, "nisba.tsv"));
        var irregular = new List<(string Iso2, string Form)>();
        var dropForms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in fixes.Rows)
        {
            string iso2 = row["iso2"], form = row["form"];
            StateSource.CuratedSource(row);
            if (set.State(iso2) is null) throw new InvalidDataException($"{row.Where}: no state with ISO code '{iso2}'");
            switch (row["action"])
            {
                case "base": Bases(iso2).Add(form); break;
                case "replace": Bases(iso2).Clear(); Bases(iso2).Add(form); break;
                case "drop_base": Bases(iso2).Remove(form); break;
                case "irregular": irregular.Add((iso2, form)); break;
                case "drop_form": dropForms.Add(KbKey.Of(form)); break;
                default: throw new InvalidDataException($"{row.Where}: unknown action '{row["action"]}'");
            }
        }

        foreach (var (iso2, list) in bases)
        {
            var state = set.State(iso2);
            if (state is null) continue;
            foreach (var b in list.Where(NisbaGenerator.IsNisba))
            {
                foreach (var f in NisbaGenerator.Forms(b)) state.NisbaForm(f);
                state.Source("nationalities-ar-3neef");
            }
        }
        foreach (var (iso2, form) in irregular)
        {
            var state = set.State(iso2)!;
            foreach (var f in NisbaGenerator.IrregularForms(form)) state.NisbaForm(f);
            state.Source("data/kb/nisba.tsv");
        }
        foreach (var s in set.States) s.RemoveNisba(f => dropForms.Contains(KbKey.Of(f)));
        return bases
            .Select(kv => (kv.Key, Words: kv.Value.Where(b => NisbaGenerator.IsNisba(b) && !b.Contains(' ')).ToList()))
            .Where(p => p.Words.Count > 0)
            .ToDictionary(p => p.Key, p => p.Words, StringComparer.OrdinalIgnoreCase);

        List<string> Bases(string iso2)
        {
            if (!bases.TryGetValue(iso2, out var l)) bases[iso2] = l = [];
            return l;
        }
    }
}
