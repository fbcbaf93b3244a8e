namespace Marsad.Text.Words;

/// <summary>
/// Reads the passive voice off the vowel marks a writer added to a perfect verb. Arabic news leaves verbs
/// unvowelled, so قتل is "he killed" or "was killed"; a writer who means the passive often marks it with a
/// damma, the one vowel that tells: فُعِل (قُتل، فُرض), أُفعِل (أُصيب، أُرسل), and the derived forms
/// with a prefix alef, where the damma falls on the third letter (اُفتُعِل: اعتُقل، اختُطف؛ اُستُفعِل:
/// استُهدف). An imperfect's prefix damma (يُرسل، تُهاجم) is active voice and does not count.
/// </summary>
public static class VoiceMarks
{
    private const char Damma = '\u064F';

    /// <summary>True when <paramref name="written"/> (one word as written, with any proclitic و/ف) carries the damma of a passive perfect.</summary>
    public static bool IsMarkedPassive(ReadOnlySpan<char> written)
    {
        // the letters of the word with the vowel mark after each (a mark follows its letter)
        Span<char> letters = stackalloc char[8];
        Span<bool> damma = stackalloc bool[8];
        int n = 0;
        foreach (char c in written)
        {
            if (c == Damma) { if (n > 0) damma[n - 1] = true; continue; }
            if (c is >= '\u064B' and <= '\u065F' or '\u0640' or '\u0670') continue;
            if (n == letters.Length) break;
            letters[n++] = c;
        }
        int first = 0;
        // a conjunction written before the verb carries no vowel of the verb's own
        if (n > 3 && letters[0] is '\u0648' or '\u0641' && !damma[0]) first = 1;
        if (n - first < 3) return false;
        char c0 = letters[first];
        // the imperfect prefixes ي ت ن: a damma there is the active voice of forms II-IV
        if (c0 is '\u064A' or '\u062A' or '\u0646') return false;
        if (damma[first]) return true;
        // اُفتُعِل، اُستُفعِل: the damma on the third letter, after the derived form's prefix
        return c0 is '\u0627' or '\u0623' && n - first >= 4 && damma[first + 2];
    }
}
