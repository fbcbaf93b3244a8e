using Marsad.Core.Model;
using Marsad.Knowledge.Model;

namespace Marsad.Linking.Candidates;

/// <summary>
/// Chooses one knowledge-base candidate for a mention: name similarity first, then whether the
/// entry's type fits the mention's (a person is never an organisation; a state and its capital
/// are close), the entry's prior, the document's context (an entry of a state the document
/// talks about: طرابلس in a text about Libya is Tripoli, Libya) and the mention stage's own
/// proposal. A spelling variant whose type cannot fit links to nothing.
/// </summary>
public static class CandidateRanker
{
    private const double TypeWeight = 0.15, PriorWeight = 0.1, ContextWeight = 0.08, ProposalWeight = 0.05;

    public static Candidate? Choose(IReadOnlyList<Candidate> candidates, Mention mention, IReadOnlySet<string> documentStates)
    {
        Candidate? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var c in candidates)
        {
            double fit = TypeFit(mention.Type, c.Nisba ? EntityType.GPE : c.Entry.Type, c.Entry.Kind);
            if (fit == 0 && c.Similarity < 1) continue;
            double score = c.Similarity + TypeWeight * fit + PriorWeight * c.Entry.Prior / 100.0;
            var state = c.Entry.Kind == KbKind.State ? c.Entry.Id : c.Entry.StateId;
            if (state is not null && documentStates.Contains(state)) score += ContextWeight;
            if (c.Entry.Id == mention.KbId) score += ProposalWeight;
            if (mention.Nisba == c.Nisba) score += ProposalWeight;
            if (score > bestScore) { best = c; bestScore = score; }
        }
        return best;
    }

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
