using Marsad.Core.Model;
using Marsad.Knowledge.Model;
using Marsad.Linking.Candidates;
using Marsad.Text.Statistics;

namespace Marsad.Linking.Context;

/// <summary>
/// What a document says about where and when it is: how often each state is named (the state itself, its
/// nationality adjective, its capital, its people and institutions) and the publication date. Linking ranks
/// candidates with it (<see cref="CandidateRanker"/>). A mention counts for a state when it names the state, or
/// when every candidate of its name is exact and belongs to that one state, and not when it is a place that itself needs evidence
/// (<see cref="CandidateRanker.NeedsEvidence"/>): مجلس النواب, shared by many parliaments, says nothing about
/// the story's state, and a town from the bulk gazetteer cannot vouch for itself.
/// </summary>
public sealed class DocumentContext
{
    private readonly Dictionary<string, int> _states = new(StringComparer.Ordinal);

    public PartialDate? Published { get; }

    /// <summary>The corpus's common words, which make a one-word town need evidence.</summary>
    public CommonWords Common { get; }

    /// <param name="published">The publication date, when known.</param>
    /// <param name="mentions">Each mention's name and its knowledge-base candidates.</param>
    public DocumentContext(PartialDate? published, IEnumerable<(string Name, IReadOnlyList<Candidate> Candidates)> mentions, CommonWords common)
    {
        Published = published;
        Common = common;
        foreach (var (name, candidates) in mentions)
        {
            // A state's own name counts for it even when its capital shares the name (الجزائر، تونس), but not when a
            // known place of another state does (عمان: Oman, or Amman in Jordan): the rest of the document decides.
            if (candidates.FirstOrDefault(c => c.Entry.Kind == KbKind.State && CandidateGenerator.IsExact(c)) is { } named)
            {
                if (!candidates.Any(c => SharesTheName(c, named.Entry.Id)))
                    _states[named.Entry.Id] = _states.GetValueOrDefault(named.Entry.Id) + 1;
                continue;
            }
            string? state = null;
            bool one = true;
            foreach (var c in candidates)
            {
                if (!CandidateGenerator.IsExact(c) || CandidateRanker.NeedsEvidence(c, name, common)) { one = false; break; }
                var s = StateOf(c.Entry);
                if (s is null || (state is not null && s != state)) { one = false; break; }
                state = s;
            }
            if (one && state is not null) _states[state] = _states.GetValueOrDefault(state) + 1;
        }
    }

    private static bool SharesTheName(Candidate c, string state) =>
        CandidateGenerator.IsExact(c) && !c.Nisba && c.Entry.Kind != KbKind.State && !c.Entry.IsWeak
        && c.Entry.StateId is { } other && other != state;

    /// <summary>How many mentions of the document name this state (0 when none).</summary>
    public int CountOf(string? stateId) => stateId is not null ? _states.GetValueOrDefault(stateId) : 0;

    public IReadOnlyDictionary<string, int> States => _states;

    /// <summary>The state an entry is or belongs to.</summary>
    public static string? StateOf(KbEntry e) => e.Kind == KbKind.State ? e.Id : e.StateId;
}
