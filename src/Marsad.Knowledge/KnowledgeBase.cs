using System.Collections.Frozen;
using Marsad.Core;
using Marsad.Knowledge.Index;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge;

/// <summary>
/// The knowledge base in memory: entries by id, and every alias and nisba form by its
/// normalised key (<see cref="KbKey"/>). Immutable after construction, so one instance is shared
/// by all threads; <see cref="Default"/> loads the committed index once per process.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> s_default =
        new(() => Load(DataPaths.DataFile("kb", KbIndexFile.FileName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, KbEntry> _byId;
    private readonly FrozenDictionary<string, KbHit[]> _byKey;
    private readonly FrozenSet<string> _prefixes;
    private readonly FrozenDictionary<string, KbEntry> _statesByIso2;
    private readonly FrozenSet<string> _notNames;

    /// <summary>The committed knowledge base (data/kb/marsad-kb.tsv), loaded on first use.</summary>
    public static KnowledgeBase Default => s_default.Value;

    public static KnowledgeBase Load(string indexPath)
    {
        var index = KbIndexFile.Read(indexPath);
        return new(index.Entries, index.NotNames);
    }

    /// <param name="entries">The entries.</param>
    /// <param name="notNames">Phrases that begin with a name but are not one (القاعدة الجوية); they hide the name.</param>
    public KnowledgeBase(IEnumerable<KbEntry> entries, IEnumerable<string>? notNames = null)
    {
        Entries = entries.ToArray();
        var byId = new Dictionary<string, KbEntry>(Entries.Count, StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<KbHit>>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            if (!byId.TryAdd(e.Id, e)) throw new InvalidDataException($"duplicate knowledge-base id {e.Id}");
            foreach (var a in e.Aliases) Add(a, new KbHit(e, false));
            foreach (var n in e.NisbaForms) Add(n, new KbHit(e, true));
        }
        foreach (var hits in byKey.Values)
            hits.Sort((a, b) => b.Entry.Prior != a.Entry.Prior ? b.Entry.Prior.CompareTo(a.Entry.Prior) : a.Nisba.CompareTo(b.Nisba));
        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in notNames ?? [])
            foreach (var key in KbKey.Variants(phrase)) { blocked.Add(key); AddPrefixes(key, prefixes); }
        NotNames = (notNames ?? []).ToArray();
        _notNames = blocked.ToFrozenSet(StringComparer.Ordinal);
        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        _statesByIso2 = Entries.Where(e => e.Kind == KbKind.State && e.Iso2 is not null)
            .ToFrozenDictionary(e => e.Iso2!, StringComparer.OrdinalIgnoreCase);

        void Add(string surface, KbHit hit)
        {
            foreach (var key in KbKey.Variants(surface))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                if (!list.Exists(h => h.Entry == hit.Entry)) list.Add(hit);
                MaxKeyTokens = Math.Max(MaxKeyTokens, AddPrefixes(key, prefixes));
            }
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
