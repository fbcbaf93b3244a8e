using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Segmentation;

/// <summary>The proclitics split from a word and where its stem starts in the original text.</summary>
public readonly record struct Segmentation(string Proclitics, int StemStart, string StemNorm);

/// <summary>
/// Splits the proclitics of an Arabic word, keeping the stem's offset into the original text.
/// Arabic attaches, in this order, a conjunction (و "and", ف "so"), then a preposition (ب "with", ل
/// "for", ك "like") or the future particle س (only on an imperfect verb), then the article ال; ل + ال
/// is written لل. So: وبحسب = و+ب+حسب، لحفتر = ل+حفتر، والإمارات = و+ال+إمارات، للتنسيق = لل+تنسيق،
/// فالرئيس = ف+ال+رئيس، بالقاهرة = ب+ال+قاهرة، وسيزور = و+س+يزور.
/// It is conservative, because a wrong split breaks a name (فرنسا، بوتين) while a missed one only
/// hides a prefix:
/// <list type="bullet">
/// <item>a word in data/text/protected_words.tsv (وزير، بلد، لبنان، كردستان، بشار، كانت) is never split
/// further; the list holds names and corpus words whose remainder never occurs on its own;</item>
/// <item>the remainder after و ف ب ل ك must keep at least three letters, the size of an Arabic root
/// (ولد، بلد، فهد stay whole); after ال, three letters too (الغد stays whole);</item>
/// <item>ال is the article only with a plain alef: the article's alef is hamzat al-wasl and is written
/// without hamza, so ألمانيا، إلغاء، آلاف keep their first letters;</item>
/// <item>س is split only before an imperfect prefix (ي ت ن أ) with a verb of at least four letters
/// after it, and never from a word ending in ة or ات, which verbs do not take (سيارة، سنوات).</item>
/// </list>
/// </summary>
public static class CliticSegmenter
{
    private const int MinStem = 3;

    private static readonly FrozenSet<string> s_protected =
        TextData.Rows("protected_words.tsv", 2).Select(r => ArabicNormalizer.Normalize(r.Cells[0])).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_protectedLookup =
        s_protected.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every proclitic string the segmenter can produce, so results share instances.</summary>
    private static readonly FrozenSet<string> s_clitics = (
        from c in new[] { "", "و", "ف" }
        from p in new[] { "", "ب", "ل", "ك", "س", "لل" }
        from a in new[] { "", "ال" }
        where !(p is "لل" or "س" && a != "")
        select c + p + a).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cliticLookup = s_clitics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the normalised word is protected from splitting.</summary>
    public static bool IsProtected(ReadOnlySpan<char> normalizedWord) => s_protectedLookup.Contains(normalizedWord);

    public static Segmentation Segment(string text, TextSpan word) => Analyze(text, word, out _);

    /// <summary>
    /// Segments a word and also returns its normalised form (<see cref="ArabicNormalizer.Normalize(string)"/>),
    /// sharing one pass over the characters; the tokenizer's hot path.
    /// </summary>
    public static Segmentation Analyze(string text, TextSpan word, out string norm)
    {
        // Work on (original index, folded char) pairs so that marks don't shift positions.
        int len = word.Length;
        Span<int> pos = len <= 128 ? stackalloc int[len] : new int[len];
        Span<char> chars = len <= 128 ? stackalloc char[len] : new char[len];
        int n = 0;
        bool needsNfkc = false;
        for (int i = word.Start; i < word.End; i++)
        {
            char c = text[i];
            if (c >= 0xA0 && (NfkcTable.IsSpecial(c) || NfkcTable.IsComposingMark(c))) needsNfkc = true;
            char f = ArabicNormalizer.FoldChar(c);
            if (f == '\0') continue;
            pos[n] = i; chars[n] = f; n++;
        }
        norm = needsNfkc ? ArabicNormalizer.Normalize(text.AsSpan(word.Start, len)) : new string(chars[..n]);
        int k = Split(text, pos[..n], chars[..n]);
        if (k == 0 || k >= n) return new("", word.Start, norm);
        var clitics = s_cliticLookup.TryGetValue(chars[..k], out var known) ? known : chars[..k].ToString();
        return new(clitics, pos[k], new string(chars[k..n]));
    }

    /// <summary>How many leading folded characters are proclitics.</summary>
    private static int Split(string text, ReadOnlySpan<int> pos, ReadOnlySpan<char> w)
    {
        int n = w.Length, k = 0;
        if (IsProtected(w)) return 0;
        // conjunction
        if (w[k] is 'و' or 'ف' && n - k - 1 >= MinStem) { k++; if (IsProtected(w[k..])) return k; }
        // preposition, or the future particle
        if (n - k - 1 >= MinStem && w[k] is 'ب' or 'ل' or 'ك')
        {
            // لل = ل + ال, unless ل precedes a word that itself begins with ل (للبنان = ل + لبنان)
            if (w[k] == 'ل' && w[k + 1] == 'ل' && !IsProtected(w[(k + 1)..]))
                return n - k - 2 >= MinStem ? k + 2 : k;
            k++;
            if (IsProtected(w[k..])) return k;
        }
        else if (w[k] == 'س' && n - k - 1 >= 4 && w[k + 1] is 'ي' or 'ت' or 'ن' or 'ا' && !w.EndsWith("ه") && !w.EndsWith("ات"))
            return k + 1;
        // article: a plain alef (hamzat al-wasl) + lam
        if (n - k - 2 >= MinStem && w[k] == 'ا' && w[k + 1] == 'ل' && text[pos[k]] is '\u0627' or '\u0671') k += 2;
        return k;
    }
}
