using Marsad.Knowledge.Matching;
using Marsad.Knowledge;

namespace Marsad.Linking.Candidates;

/// <summary>
/// Knowledge-base candidates for a mention's name: exact aliases first (as written, then without
/// a proclitic), else aliases within spelling distance (<see cref="KbVariantIndex"/>). A form
/// without its proclitic counts slightly less than the form as written.
/// </summary>
public sealed class CandidateGenerator(KnowledgeBase kb, KbVariantIndex variants)
{
    public const double StrippedPenalty = 0.03;

    /// <summary>Whether a candidate matched an alias exactly, as written or without a proclitic (not a spelling variant).</summary>
    public static bool IsExact(Candidate c) => c.Similarity >= 1 - StrippedPenalty;
    private readonly KbVariantIndex _variants = variants;

    public KnowledgeBase KnowledgeBase { get; } = kb;

    public List<Candidate> Generate(MentionForm form)
    {
        var found = new List<Candidate>();
        AddExact(found, form.Text, 1);
        if (form.Stripped is not null) AddExact(found, form.Stripped, 1 - StrippedPenalty);
        if (found.Count > 0) return found;
        AddSimilar(found, form.Text, 0);
        if (form.Stripped is not null) AddSimilar(found, form.Stripped, StrippedPenalty);
        return found;
    }

    private void AddExact(List<Candidate> found, string text, double similarity)
    {
        foreach (var hit in KnowledgeBase.LookupText(text))
            if (!found.Exists(c => c.Entry == hit.Entry && c.Nisba == hit.Nisba)) found.Add(new Candidate(hit.Entry, hit.Nisba, similarity));
    }

    private void AddSimilar(List<Candidate> found, string text, double penalty)
    {
        foreach (var c in _variants.Similar(text))
            if (!found.Exists(f => f.Entry == c.Entry && f.Nisba == c.Nisba)) found.Add(c with { Similarity = c.Similarity - penalty });
    }
}
