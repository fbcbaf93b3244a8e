using Marsad.Text;
using Marsad.Text.Words;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Generates the forms of a nationality adjective (nisba) from its masculine singular, by the
/// regular rule of Arabic morphology: the nisba ending ـي takes ـية (fem.), ـيون/ـيين (masc. pl.
/// nominative/oblique), ـيات (fem. pl.), ـيان/ـيين (masc. dual), ـيتان/ـيتين (fem. dual); each form
/// also with the article ال. Multi-word adjectives agree word by word (كوري شمالي → الكورية الشمالية).
/// Broken plurals (روس، أتراك) are irregular and come from a listed exceptions file.
/// </summary>
public static class NisbaGenerator
{
    // the masculine singular itself, then the endings of data/text/affixes.tsv (ة، ون، ين، ات، ان، تان، تين)
    // (the compiled-in table: the knowledge-base compiler is given no data folder for data/text)
    private static readonly AffixTable s_affixes = LanguageResources.Compiled.Affixes;
    private static readonly string[] s_suffixes = ["", .. s_affixes.NisbaEndings()];
    private static readonly string s_base = s_affixes.Nisba[0].Base;
    private static readonly string s_article = s_affixes.Article;

    /// <summary>True when every word ends in the nisba ي (so the rule applies).</summary>
    public static bool IsNisba(string masculine)
    {
        var words = Words(masculine);
        return words.Length > 0 && words.All(w => w.Length >= 3 && w.EndsWith(s_base, StringComparison.Ordinal));
    }

    /// <summary>All regular forms of a masculine singular nisba, indefinite and definite.</summary>
    public static List<string> Forms(string masculine)
    {
        var words = Words(masculine);
        var forms = new List<string>(s_suffixes.Length * 2);
        foreach (var suffix in s_suffixes)
        {
            forms.Add(string.Join(' ', words.Select(w => w + suffix)));
            forms.Add(string.Join(' ', words.Select(w => s_article + w + suffix)));
        }
        return forms;
    }

    /// <summary>The feminine singular of a one-word masculine nisba, with the article (مصري → المصرية).</summary>
    public static string DefiniteFeminine(string masculine) => s_article + masculine + s_suffixes[1]; // the first nisba row: ة

    /// <summary>The masculine singular with the article (مصري → المصري).</summary>
    public static string DefiniteMasculine(string masculine) => s_article + masculine;

    /// <summary>An irregular form as written and with the article (روس → روس، الروس).</summary>
    public static IEnumerable<string> IrregularForms(string form)
    {
        yield return form;
        if (!form.StartsWith(s_article, StringComparison.Ordinal)) yield return s_article + form;
    }

    private static string[] Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
