using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Corpora;

/// <summary>
/// The words (not the labels) of the NER training corpora in ../shared/data/ner: ANERcorp's CAMeL train
/// split, AQMAR and WikiFANE Gold. Never the ANERcorp test split.
/// </summary>
public static class NerTrainingText
{
    public static IEnumerable<TokenView[]> Sentences(string nerDir, ICollection<string>? sources = null)
    {
        var anercorp = Path.Combine(nerDir, "anercorp-camellab", "ANERCorp_CamelLab_train.txt");
        var aqmar = Directory.GetFiles(Path.Combine(nerDir, "aqmar"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var wikifane = Path.Combine(nerDir, "wikifane-gold-2014", "WikiFANE_Gold_2014_500K.txt");
        sources?.Add(Path.GetFileName(anercorp));
        sources?.Add("aqmar/*.txt");
        sources?.Add(Path.GetFileName(wikifane));
        var sentences = ConllCorpus.Read(anercorp, CorpusFormat.AnerCorp)
            .Concat(aqmar.SelectMany(f => ConllCorpus.Read(f, CorpusFormat.Aqmar)))
            .Concat(WikiFaneCorpus.Read(wikifane));
        foreach (var s in sentences) yield return ConllCorpus.Views(s);
    }
}
