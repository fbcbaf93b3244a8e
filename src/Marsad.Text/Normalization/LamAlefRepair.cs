using System.Text;
using Marsad.Text.Statistics;

namespace Marsad.Text.Normalization;

/// <summary>
/// Puts back the letters of a lam-alef ligature (لا، لأ، لإ، لآ) that a PDF text extractor wrote in
/// visual order (ال، أل، إل، آل): Arabic fonts draw the pair as one glyph, and extractors that map the
/// glyph back to letters often emit them right-to-left (الثالثاء for الثلاثاء، األوضاع for الأوضاع).
/// Both orders are real Arabic, so each word takes whichever reading of its alef-lam pairs is most
/// frequent in the news corpus (<see cref="WordStatistics"/>); a word is changed only when a swapped
/// reading is more frequent than the word as written.
/// </summary>
public sealed class LamAlefRepair(WordStatistics stats)
{
    private const char Lam = '\u0644';
    private const int MaxPairs = 3;   // 8 readings; news words have at most two such pairs

    public string Repair(string text)
    {
        StringBuilder? sb = null;
        int i = 0, copied = 0;
        while (i < text.Length)
        {
            if (!IsArabicLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && IsArabicLetter(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (Repaired(word) is { } fixedWord)
            {
                sb ??= new StringBuilder(text.Length);
                sb.Append(text, copied, start - copied).Append(fixedWord);
                copied = i;
            }
        }
        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The word with some of its alef-lam pairs swapped, or null when it reads best as written.</summary>
    public string? Repaired(ReadOnlySpan<char> word)
    {
        Span<int> pairs = stackalloc int[MaxPairs];
        int n = 0;
        for (int k = 0; k + 1 < word.Length && n < MaxPairs; k++)
            if (IsAlef(word[k]) && word[k + 1] == Lam) pairs[n++] = k;
        if (n == 0) return null;

        var original = word.ToString();
        int best = Count(original);
        string? chosen = null;
        var chars = original.ToCharArray();
        for (int mask = 1; mask < 1 << n; mask++)
        {
            original.CopyTo(chars);
            for (int b = 0; b < n; b++)
                if ((mask & 1 << b) != 0) (chars[pairs[b]], chars[pairs[b] + 1]) = (Lam, chars[pairs[b]]);
            var candidate = new string(chars);
            int c = Count(candidate);
            if (c > best) { best = c; chosen = candidate; }
        }
        return chosen;
    }

    private int Count(string form) => stats[ArabicNormalizer.Normalize(form)].Count;

    /// <summary>The alefs a lam-alef ligature joins: bare, hamza above, hamza below, madda (as the normaliser names them).</summary>
    private static bool IsAlef(char c) => c is '\u0627' or '\u0623' or '\u0625' or '\u0622';

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u064B' and <= '\u0652';
}
