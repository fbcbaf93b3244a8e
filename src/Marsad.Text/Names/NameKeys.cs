using System.Text;
using Marsad.Core.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Text.Names;

/// <summary>
/// Matching forms of Arabic names. <see cref="Normal"/> is the orthographic normal form: the
/// text normaliser's folds (أ/إ/آ→ا، ى/ئ→ي، ة→ه، ؤ→و، diacritics), punctuation to spaces,
/// compound names joined (عبد الفتاح = عبدالفتاح، أبو ظبي = أبوظبي، بن/ابن), the article ال
/// dropped from each word (السراج = سراج) and doubled letters collapsed. Two spellings with
/// the same normal form are the same name. <see cref="Loose"/> is coarser, for finding
/// candidates only (a foreign g as ج/غ/ق/ك, تش/ش, long vowels): equal loose keys say "compare",
/// linking's name similarity decides (both read data/text/name_spelling.tsv).
/// </summary>
public static class NameKeys
{
    // the compiled-in tables: keys are shared by the knowledge base, linking and the store, which must agree on them
    private static readonly string s_article = LanguageResources.Compiled.Affixes.Article;
    private static readonly NameSpelling s_spelling = LanguageResources.Compiled.NameSpelling;
    private static readonly NameParticles s_particles = LanguageResources.Compiled.NameParticles;

    /// <summary>The compiled title table, read when a key is made, not when this class starts: building it folds its
    /// titles through <see cref="StripArticle"/>, so holding it in a static field made a cycle whenever the table was
    /// asked for first (EntityResolver's static field: its type initialiser failed).</summary>
    private static TitleLexicon Titles => LanguageResources.Compiled.NameTitles;

    /// <summary>The type-qualified key for exact matching across documents: "PER:عبدالفتاح سيسي".</summary>
    public static string Key(EntityType type, string name) =>
        $"{type}:{Normal(type == EntityType.PER ? Titles.Strip(name) : name)}";

    /// <summary>Normal form of a name (see the class comment); words separated by one space.</summary>
    public static string Normal(string name) => string.Join(' ', Words(name));

    /// <summary>The words of the normal form.</summary>
    public static List<string> Words(string name)
    {
        var raw = SplitWords(ArabicNormalizer.Normalize(name));
        var words = new List<string>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var w = raw[i];
            w = s_particles.CanonicalOf(w);   // ابن → بن
            // join a compound prefix with its head (عبد + الفتاح), and a head with الله/الدين
            if (i + 1 < raw.Count && s_particles.JoinsNext.Contains(w)) { w += raw[++i]; }
            while (i + 1 < raw.Count && s_particles.JoinsPrevious.Contains(raw[i + 1])) w += raw[++i];
            words.Add(CollapseDoubles(StripArticle(w)));
        }
        return words;
    }

    /// <summary>Coarse key for candidate lookup: variants that linking's name similarity may accept share it.</summary>
    public static string Loose(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var w in Words(name))
        {
            if (sb.Length > 0) sb.Append(' ');
            AppendLoose(sb, w);
        }
        return sb.ToString();
    }

    private static void AppendLoose(StringBuilder sb, string w)
    {
        int start = sb.Length;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            if (i + 1 < w.Length && !double.IsNaN(s_spelling.DropBeforeCost(c, w[i + 1]))) continue;   // تشاد / شاد
            if (i > 0 && s_spelling.IsVowel(c)) continue;                      // long vowels vary in foreign names
            if (i == w.Length - 1 && i > 0 && s_spelling.IsFinal(c)) continue; // سوريه / سوريا
            c = s_spelling.LooseOf(c);
            if (sb.Length > start && sb[^1] == c) continue;
            sb.Append(c);
        }
    }

    /// <summary>Drops a leading ال when a name of two letters or more remains (الأسد → اسد).</summary>
    public static string StripArticle(string w) =>
        w.Length >= s_article.Length + 2 && w.StartsWith(s_article, StringComparison.Ordinal) ? w[s_article.Length..] : w;

    private static string CollapseDoubles(string w)
    {
        bool any = false;
        for (int i = 1; i < w.Length && !any; i++) any = w[i] == w[i - 1];
        if (!any) return w;
        var sb = new StringBuilder(w.Length);
        foreach (char c in w) if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

    private static List<string> SplitWords(string normalised)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in normalised)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
