namespace Marsad.Events.Learning;

/// <summary>
/// A coarse key for a word's stem that joins the inflections of a trigger word: verb person endings
/// (قتلوا، انفجرت، قتلا → قتل), the imperfect prefix (يقتل → قتل), sound plurals (تظاهرات → تظاهر) and
/// the accusative alef (هجوما). Collisions only cost the model a shared feature, never a decision.
/// </summary>
public static class StemKey
{
    private static readonly string[] s_suffixes = ["ون", "ين", "وا", "ات", "تا", "ان", "ت", "ا", "ه"];

    public static string Of(string stem)
    {
        var s = stem;
        foreach (var suffix in s_suffixes)
            if (s.Length - suffix.Length >= 3 && s.EndsWith(suffix, StringComparison.Ordinal)) { s = s[..^suffix.Length]; break; }
        if (s.Length >= 4 && s[0] is 'ي' or 'ت' or 'ن') s = s[1..];
        return s;
    }
}
