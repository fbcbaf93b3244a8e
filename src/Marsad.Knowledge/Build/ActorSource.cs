using Marsad.Core.Model;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Political and military actors from the curated files data/kb/actors/*.tsv (columns: id, kind,
/// name_ar, name_en, state, role, aliases, source, and optionally from, to: the dates an actor existed
/// between, YYYY, YYYY-MM or YYYY-MM-DD). A row with a generated army id
/// (<see cref="StatePhraseSource"/>) completes that entry instead of adding one.
/// </summary>
public static class ActorSource
{
    public const int CuratedPrior = 90;

    private static PartialDate? Date(TsvTable.Row row, string column) =>
        row[column].Length == 0 ? null
        : PartialDate.TryParse(row[column], out var d) ? d : throw new InvalidDataException($"{row.Where}: '{row[column]}' in '{column}' is not YYYY, YYYY-MM or YYYY-MM-DD");

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
            if (existing is not null && !id.StartsWith(StatePhraseSource.ArmyPrefix, StringComparison.Ordinal))
                throw new InvalidDataException($"{row.Where}: duplicate knowledge-base id {id} (already {existing.NameAr})");
            var d = existing ?? set.Add(new EntryDraft(id, kind, row["name_ar"]), row.Where);
            if (existing is not null) { d.Alias(d.NameAr); d.NameAr = row["name_ar"]; d.Kind = kind; }
            if (row["name_en"].Length > 0) d.NameEn = row["name_en"];
            if (row["role"].Length > 0) d.Role = row["role"];
            d.Prior = CuratedPrior;
            d.From = Date(row, "from");
            d.To = Date(row, "to");
            if (d.From is { } f && d.To is { } t && t.End < f.Start) throw new InvalidDataException($"{row.Where}: 'to' {t} is before 'from' {f}");
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
