using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Checks a compiled knowledge base: ids unique, every entry has a name, a source and at least one
/// alias, every alias and nisba form normalises to a non-empty key, references (state/affiliation)
/// point to existing entries, states carry an ISO code. Returns the problems; empty means valid.
/// </summary>
public static class KbValidator
{
    public static List<string> Validate(IReadOnlyList<KbEntry> entries)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!ids.Add(e.Id)) problems.Add($"{e.Id}: duplicate id");
            if (string.IsNullOrWhiteSpace(e.Id) || e.Id.Any(c => char.IsWhiteSpace(c) || c == '|')) problems.Add($"'{e.Id}': malformed id");
        }
        foreach (var e in entries)
        {
            if (string.IsNullOrWhiteSpace(e.NameAr)) problems.Add($"{e.Id}: no Arabic name");
            if (string.IsNullOrWhiteSpace(e.Source)) problems.Add($"{e.Id}: no source");
            if (e.Aliases.Count == 0) problems.Add($"{e.Id}: no alias");
            foreach (var a in e.Aliases.Concat(e.NisbaForms))
                if (KbKey.Of(a).Length == 0) problems.Add($"{e.Id}: alias '{a}' normalises to nothing");
            if (e.StateId is not null && !ids.Contains(e.StateId)) problems.Add($"{e.Id}: state/affiliation {e.StateId} does not exist");
            if (e.Kind == KbKind.State && e.Iso2 is null) problems.Add($"{e.Id}: state without ISO code");
            if (e.NisbaForms.Count > 0 && e.Kind != KbKind.State) problems.Add($"{e.Id}: nisba forms on a non-state");
        }
        return problems;
    }
}
