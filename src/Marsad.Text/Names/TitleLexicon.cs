using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Text.Names;

/// <summary>
/// Titles and honorifics before personal names (the <c>name</c> rows of data/text/titles.tsv): الرئيس، المشير، اللواء،
/// الفريق أول … Matching ignores the article, so "رئيس" and "الرئيس" are one title.
/// </summary>
public sealed class TitleLexicon
{
    private readonly HashSet<string> _one = [];
    private readonly HashSet<string> _two = [];

    public TitleLexicon(IEnumerable<string> titles)
    {
        foreach (var t in titles)
        {
            var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Fold).ToArray();
            if (words.Length == 1) _one.Add(words[0]);
            else if (words.Length == 2) _two.Add(words[0] + " " + words[1]);
            else throw new InvalidDataException($"titles: '{t}' has more than two words");
        }
    }

    /// <summary>How many leading words are titles, leaving at least one word of name.</summary>
    public int LeadingTitleWords(IReadOnlyList<string> words)
    {
        int i = 0;
        while (true)
        {
            if (words.Count - i >= 3 && _two.Contains(Fold(words[i]) + " " + Fold(words[i + 1]))) { i += 2; continue; }
            if (words.Count - i >= 2 && _one.Contains(Fold(words[i]))) { i++; continue; }
            return i;
        }
    }

    public bool IsTitle(string word) => _one.Contains(Fold(word));

    /// <summary>The name without its leading titles ("الرئيس عبد الفتاح السيسي" → "عبد الفتاح السيسي").</summary>
    public string Strip(string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int n = LeadingTitleWords(words);
        return n == 0 ? name.Trim() : string.Join(' ', words.Skip(n));
    }

    private static string Fold(string word)
    {
        var n = ArabicNormalizer.Normalize(word).TrimEnd('.');
        return NameKeys.StripArticle(n);
    }
}
