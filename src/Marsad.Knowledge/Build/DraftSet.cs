namespace Marsad.Knowledge.Build;

/// <summary>The entries being compiled, by id, in insertion order; states also by ISO code.</summary>
public sealed class DraftSet
{
    private readonly Dictionary<string, EntryDraft> _byId = new(StringComparer.Ordinal);
    private readonly List<EntryDraft> _order = [];
    private readonly Dictionary<string, EntryDraft> _states = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<EntryDraft> All => _order;

    /// <summary>Adds a new entry; an id already taken is an error of the sources.</summary>
    public EntryDraft Add(EntryDraft draft, string where)
    {
        if (!_byId.TryAdd(draft.Id, draft))
            throw new InvalidDataException($"{where}: duplicate knowledge-base id {draft.Id} (already {_byId[draft.Id].NameAr})");
        _order.Add(draft);
        if (draft.Kind == Model.KbKind.State && draft.Iso2 is not null) _states[draft.Iso2] = draft;
        return draft;
    }

    public EntryDraft? Get(string id) => _byId.GetValueOrDefault(id);

    public bool Contains(string id) => _byId.ContainsKey(id);

    public EntryDraft? State(string iso2) => _states.GetValueOrDefault(iso2);

    public IEnumerable<EntryDraft> States => _states.Values;

    /// <summary>
    /// Resolves a curated reference: an ISO alpha-2 code ("LY") names that state, anything else is an id.
    /// Returns null when it names nothing.
    /// </summary>
    public string? ResolveRef(string reference)
    {
        if (reference.Length == 0) return null;
        if (reference.Length == 2 && char.IsAsciiLetterUpper(reference[0]) && char.IsAsciiLetterUpper(reference[1]))
            return State(reference)?.Id;
        return Contains(reference) ? reference : null;
    }
}
