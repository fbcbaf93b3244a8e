using Marsad.Text.Words;

namespace Marsad.Events.Learning;

/// <summary>
/// A coarse key for a word's stem that joins the inflections of a trigger word (data/text/affixes.tsv, stem_key): verb
/// person endings (قتلوا، انفجرت، قتلا → قتل), the imperfect prefix (يقتل → قتل), sound plurals (مظاهرات → مظاهر) and
/// the accusative alef (هجوما). Collisions only cost the model a shared feature, never a decision.
/// </summary>
public sealed class StemKey(AffixTable affixes)
{
    private const int MinKey = 3;
    private readonly string[] _endings = affixes.StemKeyEndings;

    public string Of(string stem)
    {
        var s = stem;
        foreach (var ending in _endings)
            if (s.Length - ending.Length >= MinKey && s.EndsWith(ending, StringComparison.Ordinal)) { s = s[..^ending.Length]; break; }
        if (s.Length >= MinKey + 1 && affixes.ImperfectAlone.Contains(s[0])) s = s[1..];
        return s;
    }
}
