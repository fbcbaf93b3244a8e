using Marsad.Core.Model;
using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>The proclitics split from a word and where its stem starts in the original text.</summary>
public readonly record struct Segmentation(string Proclitics, int StemStart, string StemNorm);

/// <summary>
/// Splits the proclitics و ف ب ل ك س and the article ال / لل from an Arabic word, keeping the
/// stem's offset into the original text. Conservative: a clitic is split only when the rest
/// is long enough to be a word (so "ولد" or "بلد" stay whole).
/// The article is reported as a proclitic ("ال") but kept in the stem's normalised form
/// only through <see cref="Segmentation.Proclitics"/>; the stem has no article.
/// </summary>
public static class CliticSegmenter
{
    private const int MinStem = 2;

    public static Segmentation Segment(string text, TextSpan word)
    {
        // Work on (original index, folded char) pairs so that marks don't shift positions.
        Span<int> pos = word.Length <= 256 ? stackalloc int[word.Length] : new int[word.Length];
        Span<char> chars = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        int n = 0;
        for (int i = word.Start; i < word.End; i++)
        {
            char f = ArabicNormalizer.FoldChar(text[i]);
            if (f == '\0') continue;
            pos[n] = i; chars[n] = f; n++;
        }
        int k = 0;
        var clitics = new System.Text.StringBuilder();
        // conjunction و / ف
        if (n - k > MinStem + 1 && chars[k] is 'و' or 'ف') { clitics.Append(chars[k]); k++; }
        // preposition ب ك ل or future س (س only before an imperfect prefix)
        if (n - k > MinStem + 1 && chars[k] is 'ب' or 'ك' or 'ل')
        {
            // لل = ل + ال
            if (chars[k] == 'ل' && n - k > MinStem + 2 && chars[k + 1] == 'ل')
            {
                clitics.Append("لل"); k += 2;
                return Make(text, word, pos, chars, n, k, clitics.ToString());
            }
            clitics.Append(chars[k]); k++;
        }
        else if (n - k > MinStem + 1 && chars[k] == 'س' && chars[k + 1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            clitics.Append('س'); k++;
        }
        if (n - k > MinStem + 2 && chars[k] == 'ا' && chars[k + 1] == 'ل') { clitics.Append("ال"); k += 2; }
        return Make(text, word, pos, chars, n, k, clitics.ToString());
    }

    private static Segmentation Make(string text, TextSpan word, Span<int> pos, Span<char> chars, int n, int k, string clitics)
    {
        if (k == 0 || n == 0) return new(clitics, word.Start, new string(chars[..n]));
        return new(clitics, pos[k], new string(chars[k..n]));
    }
}
