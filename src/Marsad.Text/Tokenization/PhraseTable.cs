using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// A lexicon of one- or multi-word phrases matched on tokens. The first word is looked up by
/// its bare key (so proclitics such as و/ب/ل are allowed on it); the following words must match
/// the tokens' normalised forms exactly. Built once from data; lookups allocate nothing.
/// </summary>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Tail, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var map = new Dictionary<string, List<(string[], T)>>(StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToArray();
            if (words.Length == 0) continue;
            if (!map.TryGetValue(words[0], out var list)) map[words[0]] = list = [];
            list.Add((words[1..], value));
        }
        // Longest phrases first so "أول أمس" wins over "أول".
        _byFirst = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool ContainsWord(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);

    /// <summary>The normalised first words of all phrases.</summary>
    public IEnumerable<string> FirstWords => _byFirst.Keys;

    /// <summary>The entry for one word, looked up by a key such as a token's stem.</summary>
    public bool TryGetWord(ReadOnlySpan<char> key, out T value)
    {
        value = default!;
        if (!_lookup.TryGetValue(key, out var candidates)) return false;
        foreach (var (tail, v) in candidates)
            if (tail.Length == 0) { value = v; return true; }
        return false;
    }

    /// <summary>
    /// Matches a phrase starting at token <paramref name="i"/>. With <paramref name="bare"/> the first
    /// token may carry conjunction/preposition proclitics; otherwise its whole normalised form must match.
    /// </summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int i, bool bare, out T value, out int end) =>
        TryMatch(tokens, i, bare, out value, out end, out _);

    /// <summary>As above; <paramref name="stripped"/> tells that the first word matched only without its proclitics.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int i, bool bare, out T value, out int end, out bool stripped)
    {
        value = default!; end = i; stripped = false;
        if ((uint)i >= (uint)tokens.Count) return false;
        var t = tokens[i];
        if (!_lookup.TryGetValue(t.Norm, out var candidates))
        {
            if (!bare || t.Proclitics.Length == 0) return false;
            Span<char> buf = stackalloc char[64];
            if (!_lookup.TryGetValue(TokenKeys.Bare(t, buf), out candidates)) return false;
            stripped = true;
        }
        foreach (var (rest, v) in candidates)
        {
            bool ok = true;
            for (int k = 0; k < rest.Length && ok; k++) ok = i + 1 + k < tokens.Count && tokens[i + 1 + k].Norm == rest[k];
            if (!ok) continue;
            value = v; end = i + 1 + rest.Length;
            return true;
        }
        return false;
    }
}
