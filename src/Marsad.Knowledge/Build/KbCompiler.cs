using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>What a compile produced: the entries, what the ambiguity filter removed, and problems found.</summary>
public sealed record KbCompileResult(IReadOnlyList<KbEntry> Entries, IReadOnlyList<string> NotNames, IReadOnlyList<string> Dropped, IReadOnlyList<string> Problems, IReadOnlyList<string> CorporaUsed);

/// <summary>
/// Compiles the knowledge base from the shared source data (../shared/data/kb, and the NER corpora for
/// the ambiguity filter) and the curated files in data/kb, in a fixed order: states, nisba forms,
/// places, phrases generated from nisba (the state acting, its army), curated actors, phrases that are not names; then filters and validates.
/// </summary>
public static class KbCompiler
{
    /// <param name="sharedData">The shared data folder (holding kb/ and ner/).</param>
    /// <param name="curated">The repository's data/kb folder.</param>
    public static KbCompileResult Compile(string sharedData, string curated)
    {
        var shared = Path.Combine(sharedData, "kb");
        var set = new DraftSet();
        StateSource.Add(set, shared, curated);
        var bases = NisbaSource.Add(set, shared, curated);
        PlaceSource.Add(set, shared, curated);
        StatePhraseSource.Add(set, curated, bases);
        ActorSource.Add(set, curated);

        var filter = AmbiguityFilter.FromCorpora(sharedData);
        var dropped = filter.Apply(set, d => d.Kind is KbKind.City or KbKind.Region or KbKind.Capital && d.Sources.All(s => s == "countries-states-cities"), out var droppedIds);
        var entries = set.All.Where(d => !droppedIds.Contains(d.Id)).Select(d => d.ToEntry()).ToList();
        var notNames = TsvTable.Read(Path.Combine(curated, "not_names.tsv")).Rows
            .Select(r => { StateSource.CuratedSource(r); return EntryDraft.Clean(r["phrase"]); }).ToList();
        return new KbCompileResult(entries, notNames, dropped, KbValidator.Validate(entries), filter.Sources);
    }
}
