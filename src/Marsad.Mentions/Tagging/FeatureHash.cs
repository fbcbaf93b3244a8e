namespace Marsad.Mentions.Tagging;

/// <summary>
/// 64-bit feature keys: a template number mixed with one or two strings (FNV-1a, then a
/// finaliser). Hashing spans avoids allocating a string per feature at tagging time.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(int template) => Mix(Step(Offset, (char)template));

    public static ulong Of(int template, ReadOnlySpan<char> a) => Mix(Add(Step(Offset, (char)template), a));

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Mix(Add(Step(Add(Step(Offset, (char)template), a), '\u0001'), b));

    public static ulong Of(int template, int value) => Mix(Step(Step(Step(Offset, (char)template), (char)value), (char)(value >> 16)));

    private static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = Step(h, c);
        return h;
    }

    private static ulong Step(ulong h, char c) => ((h ^ (byte)c) * Prime ^ (byte)(c >> 8)) * Prime;

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x == 0 ? 1 : x; // 0 marks an empty slot in FeatureTable
    }
}
