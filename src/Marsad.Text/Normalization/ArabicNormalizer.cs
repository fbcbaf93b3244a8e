using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>
/// Normalisation for matching: NFKC, diacritics and tatweel removed, alef/hamza forms → ا,
/// alef maqsura → ي, ta marbuta → ه, ؤ → و, ئ → ي, Arabic-Indic and Persian digits → ASCII,
/// Latin lower-cased. The result is a key for comparison, never a replacement for the text.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text) => Normalize(text.AsSpan());

    public static string Normalize(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char raw in text)
        {
            char c = FoldChar(raw);
            if (c != '\0') sb.Append(c);
        }
        var s = sb.ToString();
        return s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The matching form of one character, or '\0' when it is dropped (diacritics, tatweel).</summary>
    public static char FoldChar(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
        >= '\u06D6' and <= '\u06ED' => '\0',
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        '\u0624' => '\u0648',
        '\u0626' => '\u064A',
        '\u06CC' => '\u064A', // Persian yeh
        '\u06A9' => '\u0643', // keheh
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' => '\0',
        _ => c,
    };
}
