using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Text.Names;

namespace Marsad.Linking.Candidates;

/// <summary>
/// Every knowledge-base alias and nationality form under its loose key (<see cref="NameKeys.Loose"/>),
/// so that a spelling the knowledge base does not list (شويجو for شويغو، سراج for السراج) still
/// finds its entry; <see cref="NameSimilarity"/> then decides. Built once per knowledge base, with the
/// pipeline's resources; immutable and thread-safe.
/// </summary>
public sealed class KbVariantIndex
{
    private readonly Dictionary<string, List<(string[] Words, KbHit Hit)>> _byLoose = new(StringComparer.Ordinal);

    public KbVariantIndex(KnowledgeBase kb)
    {
        foreach (var e in kb.Entries)
        {
            foreach (var a in e.Aliases.Append(e.NameAr)) Add(a, new KbHit(e, false));
            foreach (var n in e.NisbaForms) Add(n, new KbHit(e, true));
        }
    }

    private void Add(string alias, KbHit hit)
    {
        var words = NameKeys.Words(alias).ToArray();
        if (words.Length == 0) return;
        var key = NameKeys.Loose(alias);
        if (!_byLoose.TryGetValue(key, out var list)) _byLoose[key] = list = [];
        foreach (var (w, h) in list) if (h.Entry == hit.Entry && h.Nisba == hit.Nisba && w.SequenceEqual(words)) return;
        list.Add((words, hit));
    }

    /// <summary>Entries with an alias similar to <paramref name="name"/> (at or above the threshold), best first.</summary>
    public List<Candidate> Similar(string name)
    {
        var found = new List<Candidate>();
        if (!_byLoose.TryGetValue(NameKeys.Loose(name), out var list)) return found;
        var words = NameKeys.Words(name);
        foreach (var (aliasWords, hit) in list)
        {
            double s = NameSimilarity.Score(words, aliasWords);
            if (s < NameSimilarity.Threshold) continue;
            int at = found.FindIndex(c => c.Entry == hit.Entry && c.Nisba == hit.Nisba);
            if (at < 0) found.Add(new Candidate(hit.Entry, hit.Nisba, s));
            else if (found[at].Similarity < s) found[at] = new Candidate(hit.Entry, hit.Nisba, s);
        }
        found.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return found;
    }
}
