using Marsad.Core.Model;
using Marsad.Text.Words;

namespace Marsad.Text.Statistics;

/// <summary>
/// Whether a word is a common word rather than a name, by how the corpus uses it
/// (<see cref="WordStatistics"/>), so that no list has to be written by hand:
/// <list type="bullet">
/// <item>a noun or adjective: its stem is seen both with and without the article, each at least
/// <see cref="MixedShare"/> of the time (برلماني/البرلماني، سمو/السمو، أشقائنا → أشقاء/الأشقاء).
/// A name keeps one form: مصر، حفتر never take the article, القاهرة، السيسي almost never lose it;</item>
/// <item>a verb: seen after a particle only a verb follows (لم، لن، قد، سوف) at least <see cref="VerbShare"/>
/// of the time (دمّر).</item>
/// </list>
/// The word is read as written (its proclitics already removed by the caller) and without an enclitic
/// pronoun of two letters or more; a stem needs <see cref="MinCount"/> occurrences to count.
/// Immutable and thread-safe.
/// </summary>
public sealed class CommonWords(WordStatistics stats, WordAnalyzer analyzer)
{
    public const int MinCount = 20;
    public const double MixedShare = 0.05;
    public const double VerbShare = 0.05;

    private readonly string[] _indefinite = Prefixes(analyzer.Affixes, article: false);
    private readonly string[] _definite = Prefixes(analyzer.Affixes, article: true);

    /// <summary>Whether a normalised word (a name's word, proclitics removed) is a common noun, adjective or verb.</summary>
    public bool IsCommon(string norm)
    {
        foreach (var r in analyzer.Analyze(norm))
        {
            // Not the accusative alef (روسيا is no روسي + ا) nor a one-letter enclitic (أنقرة is no أنقر + ه).
            if ((r.Proclitics & ~Clitic.Article) != 0 || r.Traits != ReadingTraits.None && r.Traits != ReadingTraits.CanBeVerb || r.Enclitic.Length == 1) continue;
            if (TakesBothForms(r.Stem)) return true;
            if (r.Article || r.HasEnclitic) continue;
            var c = stats[r.Stem];
            if (c.Count >= MinCount && c.AfterVerbalParticle >= VerbShare * c.Count) return true;
        }
        return false;
    }

    /// <summary>Whether a stem (without article) is seen <see cref="MinCount"/> times or more, each of with and without the
    /// article at least <see cref="MixedShare"/> of the time: a noun or adjective, not a name.</summary>
    public bool TakesBothForms(string stem)
    {
        var (definite, indefinite) = Definiteness(stem);
        long total = definite + indefinite;
        return total >= MinCount && definite >= MixedShare * total && indefinite >= MixedShare * total;
    }

    /// <summary>How often a stem (without article) is seen with the article and without, with any conjunction or preposition.</summary>
    public (long Definite, long Indefinite) Definiteness(string stem)
    {
        long d = 0, i = 0;
        foreach (var p in _definite) d += stats[p + stem].Count;
        foreach (var p in _indefinite) i += stats[p + stem].Count;
        return (d, i);
    }

    /// <summary>Every proclitic string before a stem: conjunction, preposition, article (ل + ال written لل).</summary>
    private static string[] Prefixes(AffixTable a, bool article)
    {
        var list = new List<string>();
        foreach (var conj in a.Conjunctions.Keys.Select(c => c.ToString()).Prepend(""))
            foreach (var prep in a.Prepositions.Keys.Select(c => c.ToString()).Prepend(""))
                list.Add(!article ? conj + prep : prep == a.PrepositionOfArticle.ToString() ? conj + a.PrepositionArticle : conj + prep + a.Article);
        return [.. list];
    }
}
