using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Events.Lexicons;

/// <summary>
/// Expands lexicon notation into normalised surface forms. "perf/imperf" (زار/يزور) yields the persons of a verb that
/// the affix table inflects (<see cref="VerbForms"/>: زارت زاروا …، يزورون تزور …, with the weak endings of defective
/// verbs). A plain word is returned as written. Multi-word entries keep their '_' separators. Everything is
/// normalised with <see cref="ArabicNormalizer"/>.
/// </summary>
public static class WordForms
{
    public static IEnumerable<string> Expand(string entry, VerbForms verbs)
    {
        int slash = entry.IndexOf('/');
        if (slash < 0) return [Norm(entry)];
        return verbs.Perfect(entry[..slash]).Concat(verbs.Imperfect(entry[(slash + 1)..]));
    }

    public static string Norm(string s) => ArabicNormalizer.Normalize(s.Replace('_', ' ')).Replace(' ', '_');
}
