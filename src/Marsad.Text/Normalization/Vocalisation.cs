namespace Marsad.Text.Normalization;

/// <summary>
/// Compares the short vowels and shadda of two spellings of one word. News rarely vocalises, and then only
/// where a word is ambiguous (عُمان Oman, عمّان Amman): a vocalised spelling marks the vowel it means and always
/// its shadda, so two vocalised spellings of the same letters contradict each other when one letter carries
/// different vowels in both, or a shadda in one and not in the other; otherwise they confirm each other.
/// </summary>
public static class Vocalisation
{
    private const char Shadda = '\u0651';

    public static bool HasMarks(string s) => s.AsSpan().IndexOfAnyInRange('\u064B', '\u0652') >= 0;

    /// <summary>Both vocalised, the same letters, and no letter whose marks differ.</summary>
    public static bool Confirms(string a, string b) => Compare(a, b) == true;

    /// <summary>Both vocalised, the same letters, and a letter whose marks differ.</summary>
    public static bool Contradicts(string a, string b) => Compare(a, b) == false;

    /// <summary>Null when the two are not vocalised spellings of the same letters.</summary>
    private static bool? Compare(string a, string b)
    {
        if (!HasMarks(a) || !HasMarks(b)) return null;
        var (la, lb) = (Letters(a), Letters(b));
        if (la.Count != lb.Count || la.Where((l, i) => l.Letter != lb[i].Letter).Any()) return null;
        for (int i = 0; i < la.Count; i++)
        {
            var (ma, mb) = (la[i].Marks, lb[i].Marks);
            if (ma.Contains(Shadda) != mb.Contains(Shadda)) return false;
            var (va, vb) = (ma.Replace(Shadda.ToString(), ""), mb.Replace(Shadda.ToString(), ""));
            if (va.Length > 0 && vb.Length > 0 && va != vb) return false;
        }
        return true;
    }

    /// <summary>The letters (folded as for matching) each with the marks written on it.</summary>
    private static List<(char Letter, string Marks)> Letters(string s)
    {
        var letters = new List<(char Letter, string Marks)>();
        foreach (char c in s)
        {
            if (c is >= '\u064B' and <= '\u0652')
            {
                if (letters.Count > 0) letters[^1] = (letters[^1].Letter, letters[^1].Marks + c);
                continue;
            }
            char f = ArabicNormalizer.FoldChar(c);
            if (f != '\0') letters.Add((f, ""));
        }
        return letters;
    }
}
