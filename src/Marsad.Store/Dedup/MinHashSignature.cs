using System.Buffers.Binary;
using Marsad.Core.Model;

namespace Marsad.Store.Dedup;

/// <summary>
/// Near-duplicate detection with MinHash over word shingles and LSH banding. A syndicated copy that
/// was retitled, cut or lightly edited shares most of its shingles with the original. The signature
/// estimates the Jaccard similarity J of two shingle sets; with the set sizes it also estimates
/// containment |A∩B| / min(|A|,|B|) = J(|A|+|B|) / ((1+J)·min), which stays high for a cut copy.
/// Bands of <see cref="RowsPerBand"/> hashes give candidates (a pair with J = 0.5 becomes a
/// candidate with probability 1 − (1 − 0.5³)²⁰ ≈ 0.93); candidates are then checked on the estimate.
/// </summary>
public sealed class MinHashSignature
{
    public const int ShingleWords = 3;
    public const int Bands = 20;
    public const int RowsPerBand = 3;
    public const int Size = Bands * RowsPerBand;
    /// <summary>Below this many shingles a document is too short to call a copy of another.</summary>
    public const int MinShingles = 20;
    /// <summary>Estimated containment above which two documents tell the same story.</summary>
    public const double ContainmentThreshold = 0.7;

    private static readonly ulong[] s_seeds = MakeSeeds();

    public uint[] Values { get; }
    public int Shingles { get; }

    private MinHashSignature(uint[] values, int shingles) { Values = values; Shingles = shingles; }

    /// <summary>Signature over the document's word keys (normalised, clitics and endings stripped).</summary>
    public static MinHashSignature Compute(IReadOnlyList<string> words)
    {
        var mins = new uint[Size];
        Array.Fill(mins, uint.MaxValue);
        var seen = new HashSet<ulong>();
        for (int i = 0; i + ShingleWords <= words.Count; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int j = 0; j < ShingleWords; j++) h = Fnv(h, words[i + j]);
            if (!seen.Add(h)) continue;
            for (int k = 0; k < Size; k++)
            {
                uint v = (uint)(Mix(h ^ s_seeds[k]) >> 32);
                if (v < mins[k]) mins[k] = v;
            }
        }
        return new MinHashSignature(mins, seen.Count);
    }

    public bool IsComparable => Shingles >= MinShingles;

    /// <summary>One 64-bit bucket id per band (the band index is mixed in, so one indexed column holds all bands).</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (int b = 0; b < Bands; b++)
        {
            ulong h = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (int r = 0; r < RowsPerBand; r++) h = Mix(h ^ Values[b * RowsPerBand + r]);
            keys[b] = (long)h;
        }
        return keys;
    }

    public double Jaccard(MinHashSignature other)
    {
        int same = 0;
        for (int k = 0; k < Size; k++) if (Values[k] == other.Values[k]) same++;
        return (double)same / Size;
    }

    public double Containment(MinHashSignature other)
    {
        double j = Jaccard(other);
        int min = Math.Min(Shingles, other.Shingles);
        if (min == 0) return 0;
        return Math.Min(1.0, j * (Shingles + other.Shingles) / ((1 + j) * min));
    }

    public bool IsNearDuplicateOf(MinHashSignature other) =>
        IsComparable && other.IsComparable && Containment(other) >= ContainmentThreshold;

    public byte[] ToBytes()
    {
        var bytes = new byte[Size * 4];
        for (int k = 0; k < Size; k++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(k * 4), Values[k]);
        return bytes;
    }

    public static MinHashSignature FromBytes(byte[] bytes, int shingles)
    {
        var values = new uint[Size];
        for (int k = 0; k < Size && (k + 1) * 4 <= bytes.Length; k++) values[k] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(k * 4));
        return new MinHashSignature(values, shingles);
    }

    private static ulong Fnv(ulong h, string s)
    {
        foreach (char c in s) { h ^= c; h *= 1099511628211UL; }
        h ^= ' '; h *= 1099511628211UL;
        return h;
    }

    // SplitMix64 finaliser: a cheap, well-mixed 64-bit permutation.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong x = 0x5DEECE66DUL;
        for (int k = 0; k < Size; k++) { x += 0x9E3779B97F4A7C15UL; seeds[k] = Mix(x); }
        return seeds;
    }
}
