using Marsad.Core;
using Marsad.Knowledge.Index;
using Marsad.Knowledge.Model;
using Marsad.Text.Words;

namespace Marsad.Knowledge;

/// <summary>
/// The knowledge base in memory: entries by id, and every alias and nisba form by its
/// normalised key (<see cref="KbKey"/>). Immutable after construction, so one instance is shared
/// by all threads; <see cref="Load(DataFolder)"/> loads the committed index.
/// </summary>
public sealed class KnowledgeBase : IKnownNames
{
    // Plain dictionaries, never written after construction (safe for concurrent reads): frozen
    // collections looked up no faster here and tripled the load time.
    private readonly Dictionary<string, KbEntry> _byId;
    private readonly Dictionary<string, List<KbHit>> _byKey;
    private readonly HashSet<string> _prefixes;
    private readonly Dictionary<string, KbEntry> _statesByIso2;
    private readonly HashSet<string> _notNames;

    /// <summary>The committed knowledge base (data/kb/marsad-kb.tsv).</summary>
    public static KnowledgeBase Load(DataFolder data) => Load(data.File("kb", KbIndexFile.FileName));

    public static KnowledgeBase Load(string indexPath)
    {
        var (entries, notNames) = KbIndexFile.Read(indexPath);
        return new(entries, notNames.Select(n => n.Phrase), notNames.SelectMany(n => n.Keys));
    }

    /// <param name="entries">The entries.</param>
    /// <param name="notNames">Phrases that begin with a name but are not one (القاعدة الجوية); they hide the name.</param>
    /// <param name="notNameKeys">Their keys when precomputed (the index stores them); else computed here.</param>
    public KnowledgeBase(IEnumerable<KbEntry> entries, IEnumerable<string>? notNames = null, IEnumerable<string>? notNameKeys = null)
    {
        Entries = entries.ToArray();
        var byId = new Dictionary<string, KbEntry>(Entries.Count, StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<KbHit>>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            if (!byId.TryAdd(e.Id, e)) throw new InvalidDataException($"duplicate knowledge-base id {e.Id}");
            foreach (var key in e.AliasKeys.Count > 0 || e.Aliases.Count == 0 ? e.AliasKeys : KeysOf(e.Aliases)) Add(key, new KbHit(e, false));
            foreach (var key in e.NisbaKeys.Count > 0 || e.NisbaForms.Count == 0 ? e.NisbaKeys : KeysOf(e.NisbaForms)) Add(key, new KbHit(e, true));
        }
        foreach (var hits in byKey.Values)
            if (hits.Count > 1) hits.Sort((a, b) => b.Entry.Prior != a.Entry.Prior ? b.Entry.Prior.CompareTo(a.Entry.Prior) : a.Nisba.CompareTo(b.Nisba));
        _byId = byId;
        _byKey = byKey;
        NotNames = (notNames ?? []).ToArray();
        var blocked = new HashSet<string>(notNameKeys ?? KeysOf(NotNames), StringComparer.Ordinal);
        foreach (var key in blocked) AddPrefixes(key, prefixes);
        _notNames = blocked;
        _prefixes = prefixes;
        _statesByIso2 = Entries.Where(e => e.Kind == KbKind.State && e.Iso2 is not null)
            .ToDictionary(e => e.Iso2!, StringComparer.OrdinalIgnoreCase);

        void Add(string key, KbHit hit)
        {
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            if (list.Count == 0 || !list.Exists(h => h.Entry == hit.Entry)) list.Add(hit);
            MaxKeyTokens = Math.Max(MaxKeyTokens, AddPrefixes(key, prefixes));
        }
    }

    public IReadOnlyList<KbEntry> Entries { get; }

    /// <summary>Listed phrases that are not names although they begin with one.</summary>
    public IReadOnlyList<string> NotNames { get; }

    /// <summary>True when <paramref name="key"/> is a listed non-name phrase.</summary>
    public bool IsNotName(string key) => _notNames.Contains(key);

    /// <summary>The longest key, in tokens.</summary>
    public int MaxKeyTokens { get; private set; }

    /// <summary>The number of distinct lookup keys (aliases and nisba forms, normalised).</summary>
    public int KeyCount => _byKey.Count;

    public KbEntry? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The state with this ISO 3166-1 alpha-2 code.</summary>
    public KbEntry? StateByIso2(string iso2) => _statesByIso2.GetValueOrDefault(iso2);

    /// <summary>The state an entry belongs to or acts for (itself for a state), or null.</summary>
    public KbEntry? StateOf(KbEntry entry) =>
        entry.Kind == KbKind.State ? entry : entry.StateId is null ? null : Get(entry.StateId);

    /// <summary>Entries under a normalised key (see <see cref="KbKey.Of"/>), best prior first; empty if none.</summary>
    public IReadOnlyList<KbHit> Lookup(string key) => _byKey.TryGetValue(key, out var hits) ? hits : [];

    /// <summary>Entries named by a surface form (normalised here).</summary>
    public IReadOnlyList<KbHit> LookupText(string surface) => Lookup(KbKey.Of(surface));

    /// <summary>A name of an entry that is neither weak nor reached as a nationality adjective.</summary>
    public bool IsName(string norm)
    {
        foreach (var hit in LookupText(norm))
            if (!hit.Entry.IsWeak && !hit.Nisba) return true;
        return false;
    }

    /// <summary>The state a nationality adjective stands for (الروسية → Russia), or null.</summary>
    public KbEntry? NisbaState(string surface)
    {
        foreach (var h in LookupText(surface)) if (h.Nisba) return h.Entry;
        return null;
    }

    /// <summary>True when <paramref name="key"/> (normalised, space-joined) begins some longer key.</summary>
    public bool IsPrefix(string key) => _prefixes.Contains(key);

    /// <summary>All keys, for tools that scan the alias space (e.g. fuzzy candidate search).</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The distinct lookup keys of some surface forms, in order.</summary>
    public static List<string> KeysOf(IEnumerable<string> surfaces) => surfaces.SelectMany(KbKey.Variants).Distinct(StringComparer.Ordinal).ToList();

    private static int AddPrefixes(string key, HashSet<string> prefixes)
    {
        int tokens = 1;
        for (int i = key.IndexOf(' '); i >= 0; i = key.IndexOf(' ', i + 1))
        {
            prefixes.Add(key[..i]);
            tokens++;
        }
        return tokens;
    }
}
