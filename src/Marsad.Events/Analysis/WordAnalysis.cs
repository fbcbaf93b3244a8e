using Marsad.Core.Model;

namespace Marsad.Events.Analysis;

/// <summary>
/// One reading of a token as clitics + stem: "وبحسب" → conj و, prep ب, stem حسب; "ستزور" → future, stem
/// تزور; "زيارته" → stem زياره (ta marbuta restored), enclitic ه. Stems are normalised (ArabicNormalizer).
/// </summary>
public readonly record struct WordAnalysis(string Stem, char Conj, char Prep, bool Article, bool Future, string Enclitic)
{
    public bool HasProclitic => Conj != '\0' || Prep != '\0' || Article || Future;
    /// <summary>A verb takes و ف س and the subjunctive ل (only before an imperfect: ليدعم), never the article or ب/ك.</summary>
    public bool CanBeVerb => !Article && (Prep == '\0' || (Prep == 'ل' && Stem.Length > 2 && Stem[0] is 'ي' or 'ت' or 'ن' or 'ا'));
    /// <summary>A noun never takes the future prefix.</summary>
    public bool CanBeNoun => !Future;
}

/// <summary>Enumerates the clitic readings of a token, most literal first.</summary>
public static class WordAnalyzer
{
    private static readonly string[] s_enclitics = ["هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"];

    public static List<WordAnalysis> Analyze(Token token)
    {
        var list = new List<WordAnalysis>(8);
        if (token.Kind != TokenKind.Word) { list.Add(new(token.Norm, '\0', '\0', false, false, "")); return list; }
        string s = token.Norm;
        AddWithArticle(list, s, '\0', '\0', false);
        if (s.Length > 3 && s[0] is 'و' or 'ف')
        {
            char c = s[0];
            var r = s[1..];
            AddWithArticle(list, r, c, '\0', false);
            AddPrep(list, r, c);
        }
        AddPrep(list, s, '\0');
        // accusative tanween is written with a final alef: اتفاقاً، هجوماً
        int m0 = list.Count;
        for (int i = 0; i < m0; i++)
            if (list[i].Stem.Length >= 4 && list[i].Stem[^1] == 'ا') list.Add(list[i] with { Stem = list[i].Stem[..^1] });
        int n = list.Count;
        for (int i = 0; i < n; i++)
        {
            var a = list[i];
            foreach (var e in s_enclitics)
            {
                if (a.Stem.Length - e.Length < 3 || !a.Stem.EndsWith(e, StringComparison.Ordinal)) continue;
                var b = a.Stem[..^e.Length];
                list.Add(a with { Stem = b, Enclitic = e });
                if (b[^1] == 'ت') list.Add(a with { Stem = b[..^1] + "ه", Enclitic = e });
                if (b[^1] == 'ا' && e != "ه") list.Add(a with { Stem = b, Enclitic = e }); // دعاهم
            }
        }
        return list;
    }

    private static void AddPrep(List<WordAnalysis> list, string s, char conj)
    {
        if (s.Length > 4 && s.StartsWith("لل", StringComparison.Ordinal))
        {
            list.Add(new(s[2..], conj, 'ل', true, false, ""));
            return;
        }
        if (s.Length > 3 && s[0] is 'ب' or 'ل' or 'ك')
            AddWithArticle(list, s[1..], conj, s[0], false);
        if (s.Length > 3 && s[0] == 'س' && s[1] is 'ي' or 'ت' or 'ن' or 'ا')
            list.Add(new(s[1..], conj, '\0', false, true, ""));
    }

    private static void AddWithArticle(List<WordAnalysis> list, string s, char conj, char prep, bool future)
    {
        list.Add(new(s, conj, prep, false, future, ""));
        if (s.Length > 4 && s.StartsWith("ال", StringComparison.Ordinal))
            list.Add(new(s[2..], conj, prep, true, future, ""));
    }
}
