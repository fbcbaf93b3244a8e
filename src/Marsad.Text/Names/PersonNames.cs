namespace Marsad.Text.Names;

/// <summary>
/// Comparisons of personal names word by word (normal-form words, titles already removed).
/// Arabic names are a chain: given name, father's name, grandfather's … family name.
/// </summary>
public static class PersonNames
{
    /// <summary>
    /// Two full names (two words or more each) of one person written more or less fully: same
    /// first and last word, the shorter's words appearing in order in the longer
    /// (صدام حفتر = صدام خليفة حفتر), while خليفة حفتر ≠ صدام خليفة حفتر.
    /// </summary>
    public static bool SamePersonFuller(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count < 2 || b.Count < 2 || a.Count == b.Count) return false;
        var (shorter, longer) = a.Count < b.Count ? (a, b) : (b, a);
        if (!Same(shorter[0], longer[0]) || !Same(shorter[^1], longer[^1])) return false;
        int j = 1;
        for (int i = 1; i < shorter.Count - 1; i++)
        {
            while (j < longer.Count - 1 && !Same(shorter[i], longer[j])) j++;
            if (j >= longer.Count - 1) return false;
            j++;
        }
        return true;
    }

    /// <summary>Whether a partial name (one word, or a few) names the person whose full name is given:
    /// its words are the full name's last words (السيسي for عبد الفتاح السيسي) or its first word alone.</summary>
    public static PartialMatch MatchPartial(IReadOnlyList<string> partial, IReadOnlyList<string> full)
    {
        if (partial.Count == 0 || partial.Count >= full.Count) return PartialMatch.None;
        bool tail = true;
        for (int i = 0; i < partial.Count && tail; i++) tail = Same(partial[^(i + 1)], full[^(i + 1)]);
        if (tail) return PartialMatch.Surname;
        if (partial.Count == 1 && Same(partial[0], full[0])) return PartialMatch.GivenName;
        return PartialMatch.None;
    }

    public static bool Same(string a, string b) => NameSimilarity.WordScore(a, b) >= NameSimilarity.Threshold;
}

public enum PartialMatch : byte { None, GivenName, Surname }
