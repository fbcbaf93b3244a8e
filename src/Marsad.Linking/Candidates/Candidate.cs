using Marsad.Knowledge.Model;

namespace Marsad.Linking.Candidates;

/// <summary>A knowledge-base entry a mention may refer to: how well its name matched
/// (1 = an alias exactly) and whether the match was a nationality adjective of the entry.</summary>
public sealed record Candidate(KbEntry Entry, bool Nisba, double Similarity);
