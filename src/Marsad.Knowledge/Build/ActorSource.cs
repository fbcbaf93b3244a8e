using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Political and military actors from the curated files data/kb/actors/*.tsv (columns: id, kind,
/// name_ar, name_en, state, role, aliases, source), and each state's armed forces generated from its
/// nisba (الجيش المصري، القوات المسلحة المصرية). A curated row with a generated id completes it.
/// </summary>
public static class ActorSource
{
    public const int CuratedPrior = 90, GeneratedPrior = 60;
    private const string ArmyPrefix = "M:army-";

    public static void AddGeneratedArmies(DraftSet set, IReadOnlyDictionary<string, string> nisbaBases)
    {
        foreach (var (iso2, masc) in nisbaBases.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var state = set.State(iso2);
            if (state is null) continue;
            var d = new EntryDraft(ArmyPrefix + iso2.ToLowerInvariant(), KbKind.Military, "الجيش ال" + masc)
            {
                NameEn = $"{state.NameEn} Armed Forces",
                Iso2 = state.Iso2,
                StateId = state.Id,
                Prior = GeneratedPrior,
            };
            d.Alias("القوات المسلحة ال" + masc + "ة");
            d.Source("generated:nisba");
            set.Add(d, $"army of {iso2}");
        }
    }

    public static void Add(DraftSet set, string curated)
    {
        var dir = Path.Combine(curated, "actors");
        var rows = Directory.EnumerateFiles(dir, "*.tsv").Order(StringComparer.Ordinal).SelectMany(f => TsvTable.Read(f).Rows).ToList();
        foreach (var row in rows)
        {
            if (!KbKinds.TryParse(row["kind"], out var kind)) throw new InvalidDataException($"{row.Where}: unknown kind '{row["kind"]}'");
            var id = row["id"];
            if (id.Length == 0 || row["name_ar"].Length == 0) throw new InvalidDataException($"{row.Where}: id and name_ar are required");
            var existing = set.Get(id);
            if (existing is not null && !id.StartsWith(ArmyPrefix, StringComparison.Ordinal))
                throw new InvalidDataException($"{row.Where}: duplicate knowledge-base id {id} (already {existing.NameAr})");
            var d = existing ?? set.Add(new EntryDraft(id, kind, row["name_ar"]), row.Where);
            if (existing is not null) { d.Alias(d.NameAr); d.NameAr = row["name_ar"]; d.Kind = kind; }
            if (row["name_en"].Length > 0) d.NameEn = row["name_en"];
            if (row["role"].Length > 0) d.Role = row["role"];
            d.Prior = CuratedPrior;
            foreach (var a in row.List("aliases")) d.Alias(a);
            d.Source(StateSource.CuratedSource(row));
        }
        // References resolve once every row is in, so that an actor may name one defined later.
        foreach (var row in rows)
        {
            if (row["state"].Length == 0) continue;
            var stateId = set.ResolveRef(row["state"]) ?? throw new InvalidDataException($"{row.Where}: unknown state or actor '{row["state"]}'");
            var d = set.Get(row["id"])!;
            d.StateId = stateId;
            d.Iso2 = set.Get(stateId)?.Iso2;
        }
    }
}
