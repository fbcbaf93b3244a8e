using Marsad.Core.Model;
using Marsad.Knowledge.Model;
using Marsad.Linking.Context;
using Marsad.Text.Normalization;
using Marsad.Text.Statistics;

namespace Marsad.Linking.Candidates;

/// <summary>
/// Chooses one knowledge-base candidate for a mention, with the document's context (<see cref="DocumentContext"/>):
/// <list type="number">
/// <item>an actor with dates (a government, a parliament) is no candidate for a text published outside them
/// (حكومة طرابلس of 2015 is not the Government of National Accord formed at the end of that year);</item>
/// <item>a place reached only through a spelling variant, or a bulk gazetteer town named like a common word,
/// needs its state named in the document (تيران is not تيرانا in a story that never names Albania; دمر is a
/// verb in a story about Libya);</item>
/// <item>a mention written with vowels or shadda is not an entry whose own vocalised spelling contradicts them
/// (عمّان is Amman, not عُمان Oman), and is the entry whose vocalised spelling confirms them;</item>
/// <item>an organisation is never a town, region or capital, nor the state through its capital (a club or
/// paper named after its town: نادي برشلونة، صحيفة الرياض);</item>
/// <item>a name several states' institutions share (مجلس النواب، وزارة الداخلية، الجيش الوطني) goes to the state
/// the document names most among theirs, and to none when it names none of them;</item>
/// <item>then the best score: name similarity, whether the entry's type fits the mention's (a person is never an
/// organisation; a state and its capital are close), the entry's prior, whether the document names its state
/// (طرابلس in a text about Libya is Tripoli, Libya) and the mention stage's own proposal. A spelling variant
/// whose type cannot fit links to nothing.</item>
/// </list>
/// </summary>
public static class CandidateRanker
{
    private const double TypeWeight = 0.15, PriorWeight = 0.1, ContextWeight = 0.08, ProposalWeight = 0.05;

    public static Candidate? Choose(IReadOnlyList<Candidate> candidates, Mention mention, string name, DocumentContext context)
    {
        var eligible = candidates.Where(c => Eligible(c, mention, name, context)).ToList();
        // A vocalised mention that an entry's own vocalised spelling confirms is that entry (عُمان is Oman even in a
        // story about Jordan).
        if (Vocalisation.HasMarks(name) && eligible.Where(c => c.Entry.Aliases.Any(a => Vocalisation.Confirms(name, a))).ToList() is { Count: > 0 } confirmed)
            eligible = confirmed;
        // Institutions only: places named alike (طرابلس) are ranked by prior and context below.
        var shared = eligible.Where(c => CandidateGenerator.IsExact(c) && !c.Nisba && !IsPlace(c.Entry.Kind) && c.Entry.StateId is not null).ToList();
        if (shared.Select(c => c.Entry.StateId).Distinct().Count() >= 2)
        {
            int most = shared.Max(c => context.CountOf(DocumentContext.StateOf(c.Entry)));
            if (most == 0) return null;
            eligible = shared.Where(c => context.CountOf(DocumentContext.StateOf(c.Entry)) == most).ToList();
        }
        Candidate? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var c in eligible)
        {
            double fit = TypeFit(mention.Type, c.Nisba ? EntityType.GPE : c.Entry.Type, c.Entry.Kind);
            if (fit == 0 && c.Similarity < 1) continue;
            double score = c.Similarity + TypeWeight * fit + PriorWeight * c.Entry.Prior / 100.0;
            if (context.CountOf(DocumentContext.StateOf(c.Entry)) > 0) score += ContextWeight;
            if (c.Entry.Id == mention.KbId) score += ProposalWeight;
            if (mention.Nisba == c.Nisba) score += ProposalWeight;
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best;
    }

    private static bool Eligible(Candidate c, Mention mention, string name, DocumentContext context)
    {
        if (context.Published is { } date && !c.Entry.ExistsAt(date)) return false;
        // An organisation named after its town (نادي برشلونة، صحيفة الرياض) is not the town, nor the state a capital
        // stands for: the mention stage typed it (a capital that acts for its state reaches linking as a place).
        if (mention.Type == EntityType.ORG && c.Entry.Kind is KbKind.City or KbKind.Region or KbKind.Capital) return false;
        // Nor is a person a village of the bulk gazetteer, whose names are often people's (نجمه كوكي): a weak
        // entry does not outweigh the mention stage's reading; a known town still does (a person-typed طرابلس).
        if (mention.Type == EntityType.PER && IsPlace(c.Entry.Kind) && c.Entry.Kind != KbKind.State && c.Entry.IsWeak) return false;
        // A vocalised mention is not an entry whose vocalised spelling contradicts it (عمّان is not عُمان).
        if (Vocalisation.HasMarks(name) && c.Entry.Aliases.Any(a => Vocalisation.Contradicts(name, a))) return false;
        return !NeedsEvidence(c, name, context.Common) || context.CountOf(c.Entry.StateId) > 0;
    }

    /// <summary>
    /// A place below a state that may be a homograph of <paramref name="name"/>: reached only by a spelling
    /// variant (تيران ≈ تيرانا), or a one-word town of the bulk gazetteer (<see cref="KbEntry.IsWeak"/>) whose name
    /// the corpus uses as a common word (<see cref="CommonWords"/>: دمر "destroyed").
    /// </summary>
    public static bool NeedsEvidence(Candidate c, string name, CommonWords common) =>
        IsPlace(c.Entry.Kind) && c.Entry.Kind != KbKind.State && !c.Nisba
        && (!CandidateGenerator.IsExact(c) || c.Entry.IsWeak && !name.Contains(' ') && common.IsCommon(ArabicNormalizer.Normalize(name)));

    private static bool IsPlace(KbKind kind) => kind is KbKind.State or KbKind.Capital or KbKind.Seat or KbKind.City or KbKind.Region;

    /// <summary>How well an entry's type fits the type the mention was recognised with (0–1).</summary>
    public static double TypeFit(EntityType mention, EntityType entry, KbKind kind)
    {
        if (mention == entry) return 1;
        if (KbKinds.StandsForState(kind) && mention is EntityType.GPE or EntityType.ORG) return 1;
        return (mention, entry) switch
        {
            (EntityType.GPE, EntityType.LOC) or (EntityType.LOC, EntityType.GPE) => 0.6,
            (EntityType.ORG, EntityType.GPE) or (EntityType.GPE, EntityType.ORG) => 0.5,
            (EntityType.PER, _) or (_, EntityType.PER) => 0,
            _ => 0.2,
        };
    }
}
