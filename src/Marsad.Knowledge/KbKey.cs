using Marsad.Core.Model;
using Marsad.Text;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Knowledge;

/// <summary>
/// Lookup keys: an alias tokenised like document text, each token's normalised form
/// (<see cref="Token.Norm"/>) joined by one space; punctuation is dropped. Keys built this way
/// compare equal to the token sequence the gazetteer matcher walks.
/// </summary>
public static class KbKey
{
    // the compiled-in tables: the keys written by the compiler and read by every program must agree
    private static readonly NameParticles s_particles = LanguageResources.Compiled.NameParticles;
    private static readonly string s_article = LanguageResources.Compiled.Affixes.Article;

    public static string Of(string surface) => string.Join(' ', Parts(surface));

    public static List<string> Parts(string surface)
    {
        var parts = new List<string>();
        foreach (var t in Tokenizer.Tokenize(surface))
            if (t.Kind is TokenKind.Word or TokenKind.Latin or TokenKind.Number && t.Norm.Length > 0) parts.Add(t.Norm);
        return parts;
    }

    /// <summary>
    /// The key plus its spacing variants: compound-name heads written joined or apart
    /// (عبد الفتاح / عبدالفتاح، أبو ظبي / أبوظبي), since news writes both.
    /// </summary>
    public static IEnumerable<string> Variants(string surface)
    {
        var parts = Parts(surface);
        if (parts.Count == 0) yield break;
        yield return string.Join(' ', parts);
        var joined = new List<string>();
        var split = new List<string>();
        bool changedJoin = false, changedSplit = false;
        for (int i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            if (IsCompoundHead(p) && i + 1 < parts.Count)
            {
                joined.Add(p + parts[i + 1]); i++; changedJoin = true;
                split.Add(p); split.Add(parts[i]);
                continue;
            }
            var head = SplitHead(p);
            if (head is not null)
            {
                split.Add(head); split.Add(p[head.Length..]); changedSplit = true;
            }
            else split.Add(p);
            joined.Add(p);
        }
        if (changedJoin) yield return string.Join(' ', joined);
        if (changedSplit) yield return string.Join(' ', split);
    }

    private static bool IsCompoundHead(string norm) => s_particles.CompoundHeads.Contains(norm);

    /// <summary>"عبدالفتاح" → "عبد" (a split head joined to an article and three letters), else null. (أبو is only joined, never split: ابوجا is a city.)</summary>
    private static string? SplitHead(string norm)
    {
        foreach (var head in s_particles.SplitHeads)
            if (norm.Length >= head.Length + 3 && norm.StartsWith(head, StringComparison.Ordinal)
                && norm.AsSpan(head.Length).StartsWith(s_article, StringComparison.Ordinal))
                return head;
        return null;
    }
}
