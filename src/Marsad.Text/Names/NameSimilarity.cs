namespace Marsad.Text.Names;

/// <summary>
/// How alike two spellings of a name are, from 0 to 1, by a weighted edit distance over the
/// words of their normal forms (<see cref="NameKeys.Words"/>), word by word: a name is as
/// similar as its least similar word, so محمود السيسي never matches محمد السيسي through the
/// shared surname. Costs follow how Arabic transcribes foreign and dialect sounds:
/// a foreign g written ج/غ/ق (شويجو/شويغو) is cheap, ك for it dearer; emphatic/plain pairs
/// (ص/س، ط/ت، ذ/ز) and final ه/ا (سوريه/سوريا) are half a letter; a dropped ا (ترامب/ترمب) is
/// cheap, a dropped و/ي dearer because it usually changes the name (محمود/محمد، سليمان/سلمان);
/// ت before ش (تشاد/شاد) and a doubled letter are nearly free. Words shorter than five letters
/// allow no dropped vowels: short names differ by one letter (حامد/حمد، حسن/حسين). The letters and their
/// costs are data/text/name_spelling.tsv (<see cref="NameSpelling"/>, the compiled copy: the knowledge base,
/// linking and the store compare names alike).
/// </summary>
public static class NameSimilarity
{
    /// <summary>Below this, two spellings are different names.</summary>
    public const double Threshold = 0.9;

    private static readonly NameSpelling s_spelling = LanguageResources.Compiled.NameSpelling;
    private const double Doubled = 0.2;
    private const int MinLengthForInsertions = 5;

    public static bool Similar(string a, string b) => Score(a, b) >= Threshold;

    /// <summary>Whether two names (titles removed) name the same actor: alike word by word, or for people one a
    /// fuller form of the other (<see cref="PersonNames.SamePersonFuller"/>).</summary>
    public static bool SameName(string a, string b, bool person)
    {
        var wa = NameKeys.Words(a);
        var wb = NameKeys.Words(b);
        if (wa.Count == 0 || wb.Count == 0) return false;
        if (Score(wa, wb) >= Threshold) return true;
        return person && PersonNames.SamePersonFuller(wa, wb);
    }

    /// <summary>Similarity of two names with the same number of words (else 0).</summary>
    public static double Score(string a, string b) => Score(NameKeys.Words(a), NameKeys.Words(b));

    public static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count || a.Count == 0) return 0;
        double min = 1;
        for (int i = 0; i < a.Count && min > 0; i++) min = Math.Min(min, WordScore(a[i], b[i]));
        return min;
    }

    /// <summary>Similarity of two normal-form words. Pairs that cannot reach the threshold (their
    /// lengths alone differ too much) score 0 without being compared letter by letter.</summary>
    public static double WordScore(string a, string b)
    {
        if (a == b) return 1;
        int longer = Math.Max(a.Length, b.Length);
        if (longer == 0) return 1;
        if (1 - Math.Abs(a.Length - b.Length) * Doubled / longer < Threshold) return 0; // each extra letter costs at least a doubling
        bool indels = longer >= MinLengthForInsertions;
        double d = Distance(a, b, indels);
        return Math.Max(0, 1 - d / longer);
    }

    private static double Distance(string a, string b, bool indels)
    {
        int n = a.Length, m = b.Length;
        Span<double> prev = m < 64 ? stackalloc double[m + 1] : new double[m + 1];
        Span<double> cur = m < 64 ? stackalloc double[m + 1] : new double[m + 1];
        for (int j = 1; j <= m; j++) prev[j] = prev[j - 1] + IndelCost(b, j - 1, indels);
        for (int i = 1; i <= n; i++)
        {
            cur[0] = prev[0] + IndelCost(a, i - 1, indels);
            for (int j = 1; j <= m; j++)
            {
                double sub = prev[j - 1] + SubstitutionCost(a[i - 1], b[j - 1], i == n && j == m);
                sub = Math.Min(sub, prev[j] + IndelCost(a, i - 1, indels));
                sub = Math.Min(sub, cur[j - 1] + IndelCost(b, j - 1, indels));
                cur[j] = sub;
            }
            var swap = prev; prev = cur; cur = swap;
        }
        return prev[m];
    }

    /// <summary>Cost of inserting or deleting <paramref name="w"/>[<paramref name="i"/>]; only the
    /// near-free ones (doubling, تش, hamza) when <paramref name="vowels"/> is false.</summary>
    private static double IndelCost(string w, int i, bool vowels)
    {
        char c = w[i];
        if (i > 0 && w[i - 1] == c) return Doubled;
        if (i + 1 < w.Length && s_spelling.DropBeforeCost(c, w[i + 1]) is var before && !double.IsNaN(before)) return before;
        if (s_spelling.DropCost(c) is var drop && !double.IsNaN(drop)) return drop;
        if (!vowels) return double.PositiveInfinity;
        if (i == 0) return 1; // a word's first letter is never a mere vowel sign
        return s_spelling.VowelCost(c) is var vowel && !double.IsNaN(vowel) ? vowel : 1;
    }

    private static double SubstitutionCost(char x, char y, bool final) => s_spelling.SubstitutionCost(x, y, final);
}
