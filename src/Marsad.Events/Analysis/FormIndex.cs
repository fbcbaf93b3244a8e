using Marsad.Core.Model;

namespace Marsad.Events.Analysis;

/// <summary>A lexicon match: the value, how many tokens it covers and the reading of its first token.</summary>
public readonly record struct FormMatch<T>(T Value, int Length, WordReading First);

/// <summary>
/// Normalised single- and multi-word forms ('_'-joined) mapped to values, matched against tokens through
/// their clitic readings (<see cref="Token.Readings"/>). The longest multi-word match wins.
/// </summary>
public sealed class FormIndex<T>
{
    private readonly Dictionary<string, List<(string[] Tail, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(string form, T value)
    {
        var words = form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        list.Add((words[1..], value));
        Count++;
    }

    /// <summary>All matches starting at token <paramref name="i"/> (longest first), filtered by <paramref name="accept"/>.</summary>
    public IReadOnlyList<FormMatch<T>> Match(TokenSequence seq, int i, Func<WordReading, T, bool>? accept = null)
    {
        List<FormMatch<T>>? found = null;
        foreach (var a in seq.Readings(i))
        {
            if (!_byFirst.TryGetValue(a.Stem, out var list)) continue;
            foreach (var (rest, value) in list)
            {
                if (accept is not null && !accept(a, value)) continue;
                if (!RestMatches(seq, i + 1, rest)) continue;
                found ??= [];
                if (found.Exists(f => f.Length == rest.Length + 1 && EqualityComparer<T>.Default.Equals(f.Value, value))) continue;
                found.Add(new FormMatch<T>(value, rest.Length + 1, a));
            }
        }
        if (found is null) return [];
        found.Sort((x, y) => y.Length.CompareTo(x.Length));
        return found;
    }

    /// <summary>The longest match starting at token <paramref name="i"/> (the first found among equals), without
    /// building the list of all: lexicon look-ups run on every token.</summary>
    public FormMatch<T>? First(TokenSequence seq, int i, Func<WordReading, T, bool>? accept = null)
    {
        FormMatch<T>? best = null;
        foreach (var a in seq.Readings(i))
        {
            if (!_byFirst.TryGetValue(a.Stem, out var list)) continue;
            foreach (var (rest, value) in list)
            {
                if (best is { } b && b.Length >= rest.Length + 1) continue;
                if (accept is not null && !accept(a, value)) continue;
                if (RestMatches(seq, i + 1, rest)) best = new FormMatch<T>(value, rest.Length + 1, a);
            }
        }
        return best;
    }

    public bool Contains(TokenSequence seq, int i) => First(seq, i) is not null;

    private static bool RestMatches(TokenSequence seq, int j, string[] rest)
    {
        for (int k = 0; k < rest.Length; k++)
        {
            int t = j + k;
            if (t >= seq.End) return false;
            bool ok = false;
            foreach (var a in seq.Readings(t))
                if (a.Stem == rest[k] || seq.Tokens[t].Norm == rest[k]) { ok = true; break; }
            if (!ok) return false;
        }
        return true;
    }
}
