using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Phrases generated from each state's nationality adjectives by the patterns in
/// data/kb/state_phrases.tsv: the state acting (الحكومة المصرية، السلطات الليبية، النظام السوري → the
/// state) and its armed forces (الجيش التركي، القوات المسلحة الروسية → an entry "M:army-&lt;iso2&gt;").
/// Curated actor rows with an army id complete the generated entry.
/// </summary>
public static class StatePhraseSource
{
    public const int ArmyPrior = 60;
    public const string ArmyPrefix = "M:army-";

    public static void Add(DraftSet set, string curated, IReadOnlyDictionary<string, List<string>> nisbaBases)
    {
        var patterns = TsvTable.Read(Path.Combine(curated, "state_phrases.tsv")).Rows;
        foreach (var row in patterns)
        {
            StateSource.CuratedSource(row);
            if (row["target"] is not ("state" or "army")) throw new InvalidDataException($"{row.Where}: target must be state or army");
            if (!row["pattern"].Contains("{m}") && !row["pattern"].Contains("{f}")) throw new InvalidDataException($"{row.Where}: pattern needs {{m}} or {{f}}");
        }
        foreach (var (iso2, bases) in nisbaBases.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var state = set.State(iso2);
            if (state is null) continue;
            EntryDraft? army = null;
            foreach (var row in patterns)
            {
                foreach (var masc in bases)
                {
                    var phrase = row["pattern"].Replace("{m}", NisbaGenerator.DefiniteMasculine(masc)).Replace("{f}", NisbaGenerator.DefiniteFeminine(masc));
                    if (row["target"] == "state") { state.Alias(phrase).Source("data/kb/state_phrases.tsv"); continue; }
                    army ??= set.Add(new EntryDraft(ArmyPrefix + iso2.ToLowerInvariant(), KbKind.Military, phrase)
                    {
                        NameEn = $"{state.NameEn} Armed Forces",
                        Iso2 = state.Iso2,
                        StateId = state.Id,
                        Prior = ArmyPrior,
                    }.Source("data/kb/state_phrases.tsv"), $"army of {iso2}");
                    army.Alias(phrase);
                }
            }
        }
    }
}
