using Marsad.Text.Normalization;

namespace Marsad.Events.Lexicons;

/// <summary>
/// Expands lexicon notation into normalised surface forms. "perf/imperf" (زار/يزور) yields the common
/// third- and first-person inflections of a verb: perfect (زار زارت زاروا زارا زارتا) and imperfect
/// (يزور تزور نزور يزورون يزوران تزوران), with the weak endings of defective verbs (التقى → التقت
/// التقوا; يلتقي → يلتقون؛ دعا → دعت دعوا; يدعو → يدعون). A plain word is returned as written.
/// Multi-word entries keep their '_' separators. Everything is normalised with <see cref="ArabicNormalizer"/>.
/// </summary>
public static class WordForms
{
    public static IEnumerable<string> Expand(string entry)
    {
        int slash = entry.IndexOf('/');
        if (slash < 0) { yield return Norm(entry); yield break; }
        // a final hamza (بدأ، لجأ) normalises to alef but inflects as a sound verb (بدأت، لجأوا), not as دعا
        bool hamza = entry[slash - 1] is 'أ' or 'ء' or 'ئ' or 'ؤ';
        foreach (var f in Perfect(Norm(entry[..slash]), hamza)) yield return f;
        foreach (var f in Imperfect(Norm(entry[(slash + 1)..]))) yield return f;
    }

    public static string Norm(string s) => ArabicNormalizer.Normalize(s.Replace('_', ' ')).Replace(' ', '_');

    private static IEnumerable<string> Perfect(string p, bool hamza)
    {
        yield return p;
        char last = p[^1];
        if (last == 'ي') // alef maqsura after normalisation: التقى → التقت التقوا التقيا
        {
            var b = p[..^1];
            yield return b + "ت"; yield return b + "وا"; yield return b + "يا"; yield return b + "تا";
        }
        else if (last == 'ا' && !hamza) // دعا → دعت دعوا
        {
            var b = p[..^1];
            yield return b + "ت"; yield return b + "وا"; yield return b + "وتا";
        }
        else
        {
            yield return p + "ت"; yield return p + "وا"; yield return p + "ا"; yield return p + "تا"; yield return p + "ن";
        }
    }

    private static IEnumerable<string> Imperfect(string i)
    {
        if (i.Length < 3 || i[0] != 'ي') { yield return i; yield break; }
        var b = i[1..];
        foreach (var prefix in new[] { "ي", "ت", "ن", "ا" }) yield return prefix + b;
        char last = b[^1];
        var s = last is 'ي' or 'و' ? b[..^1] : b;
        // the jussive after لم drops a weak final letter: لم يلتق، لم يدع
        if (last is 'ي' or 'و') foreach (var prefix in new[] { "ي", "ت", "ن" }) yield return prefix + s;
        yield return "ي" + s + "ون"; yield return "ت" + s + "ون";
        if (last == 'و') { yield return "ي" + b + "ان"; yield return "ت" + b + "ان"; }
        else if (last == 'ي') { yield return "ي" + b + "ان"; yield return "ت" + b + "ان"; }
        else { yield return "ي" + b + "ان"; yield return "ت" + b + "ان"; yield return "ي" + b + "ن"; }
    }
}
