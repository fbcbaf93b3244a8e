using Marsad.Core.Model;

namespace Marsad.Text.Normalization;

/// <summary>
/// A normalised view of a text with a map back: every normalised character knows the original
/// range [start, end) that produced it (a dropped diacritic or tatweel belongs to the letter before
/// it; a ligature expanded by NFKC maps each of its letters to the ligature). A match found in
/// <see cref="Text"/> maps back to an exact span of <see cref="Original"/> with <see cref="ToOriginal(int, int)"/>.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public string Original { get; }
    public string Text { get; }
    public NormalizationSteps Steps { get; }

    private NormalizedText(string original, string text, int[] starts, int[] ends, NormalizationSteps steps)
    {
        Original = original; Text = text; _starts = starts; _ends = ends; Steps = steps;
    }

    public static NormalizedText Create(string original, NormalizationSteps steps = NormalizationSteps.Matching)
    {
        ArgumentNullException.ThrowIfNull(original);
        var sink = new MapSink(original.Length);
        ArabicNormalizer.Run(original.AsSpan(), steps, ref sink);
        return new NormalizedText(original, sink.Text(), sink.Starts, sink.Ends, steps);
    }

    public int Length => Text.Length;

    /// <summary>Original offset where normalised character <paramref name="i"/> begins.</summary>
    public int OriginalStart(int i) => _starts[i];

    /// <summary>Original offset where normalised character <paramref name="i"/> ends (exclusive).</summary>
    public int OriginalEnd(int i) => _ends[i];

    /// <summary>Maps the normalised range [start, end) to the original span that produced it.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if ((uint)start > (uint)Text.Length || end < start || end > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start},{end}) is outside the normalised text of length {Text.Length}");
        if (start == end)
        {
            int at = start < Text.Length ? _starts[start] : Original.Length;
            return new TextSpan(at, at);
        }
        return new TextSpan(_starts[start], _ends[end - 1]);
    }

    public TextSpan ToOriginal(TextSpan normalized) => ToOriginal(normalized.Start, normalized.End);

    /// <summary>Every occurrence of <paramref name="needle"/> (normalised with the same steps), as original spans.</summary>
    public IEnumerable<TextSpan> FindAll(string needle)
    {
        var key = ArabicNormalizer.Normalize(needle, Steps);
        if (key.Length == 0) yield break;
        for (int at = Text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
            yield return ToOriginal(at, at + key.Length);
    }

    public override string ToString() => Text;

    private struct MapSink(int capacity) : ArabicNormalizer.ISink
    {
        private char[] _chars = new char[Math.Max(capacity, 4)];
        public int[] Starts = new int[Math.Max(capacity, 4)];
        public int[] Ends = new int[Math.Max(capacity, 4)];
        private int _n;

        public void Emit(char c, int start, int end)
        {
            if (_n == _chars.Length)
            {
                Array.Resize(ref _chars, _n * 2);
                Array.Resize(ref Starts, _n * 2);
                Array.Resize(ref Ends, _n * 2);
            }
            _chars[_n] = c; Starts[_n] = start; Ends[_n] = end; _n++;
        }

        public readonly void Absorb(int end)
        {
            if (_n > 0) Ends[_n - 1] = end;
        }

        public readonly string Text() => new(_chars, 0, _n);
    }
}
