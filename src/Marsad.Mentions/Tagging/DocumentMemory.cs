using Marsad.Core.Model;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// What the tagger already said about words earlier in the same document: for each stem, the
/// entity labels it received in the last <see cref="Window"/> sentences. A name is usually
/// introduced in full (ياسر عرفات) and then repeated alone (عرفات); this memory lets the later,
/// harder mentions borrow the earlier decision. Training fills it with gold labels, tagging with
/// the tagger's own. Not thread-safe: one per document being tagged.
/// </summary>
public sealed class DocumentMemory
{
    public const int Window = 40;
    private const int MinStem = 3;

    private readonly Dictionary<string, int[]> _counts = new(StringComparer.Ordinal);
    private readonly Queue<(string[] Stems, int[] Labels)> _sentences = new();

    /// <summary>Bit y set when the stem was labelled y (an entity label) within the window.</summary>
    public int LabelsOf(in TokenView t)
    {
        if (t.Kind != TokenKind.Word || t.Stem.Length < MinStem || !_counts.TryGetValue(t.Stem, out var c)) return 0;
        int bits = 0;
        for (int y = 1; y < c.Length; y++) if (c[y] > 0) bits |= 1 << y;
        return bits;
    }

    /// <summary>Records a tagged sentence; the oldest leaves once the window is full.</summary>
    public void Add(ReadOnlySpan<TokenView> sentence, ReadOnlySpan<int> labels)
    {
        var stems = new List<string>();
        var ls = new List<int>();
        for (int i = 0; i < sentence.Length; i++)
        {
            if (labels[i] == BioLabels.O || sentence[i].Kind != TokenKind.Word || sentence[i].Stem.Length < MinStem) continue;
            stems.Add(sentence[i].Stem);
            ls.Add(labels[i]);
        }
        _sentences.Enqueue(([.. stems], [.. ls]));
        Count(stems, ls, +1);
        if (_sentences.Count > Window)
        {
            var (oldStems, oldLabels) = _sentences.Dequeue();
            Count(oldStems, oldLabels, -1);
        }
    }

    public void Clear()
    {
        _counts.Clear();
        _sentences.Clear();
    }

    private void Count(IReadOnlyList<string> stems, IReadOnlyList<int> labels, int delta)
    {
        for (int i = 0; i < stems.Count; i++)
        {
            if (!_counts.TryGetValue(stems[i], out var c)) _counts[stems[i]] = c = new int[BioLabels.Count];
            c[labels[i]] += delta;
            if (delta < 0 && c.All(v => v == 0)) _counts.Remove(stems[i]);
        }
    }
}
