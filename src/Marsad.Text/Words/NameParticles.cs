using System.Collections.Frozen;
using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>
/// The particles of Arabic personal names (data/text/name_particles.tsv), normalised: which join the next
/// or the previous word into one name part, which head a compound written joined or apart, their Latin
/// spelling as such a head, and canonical forms (ابن → بن). Immutable and thread-safe.
/// </summary>
public sealed class NameParticles
{
    public const string File = "name_particles.tsv";

    /// <summary>The forms as written in the table that the NER tagger uses as cues.</summary>
    public IReadOnlyList<string> NerCues { get; }
    /// <summary>Words that form one name with the word after them (عبد، ابو، ام، ذو).</summary>
    public FrozenSet<string> JoinsNext { get; }
    /// <summary>Words that form one name with the word before them (الله، الدين، الاسلام).</summary>
    public FrozenSet<string> JoinsPrevious { get; }
    /// <summary>Heads of compound names written joined or apart (عبد، ابو).</summary>
    public FrozenSet<string> CompoundHeads { get; }
    /// <summary>Heads split from a joined spelling before the article (عبدالفتاح → عبد الفتاح).</summary>
    public FrozenSet<string> SplitHeads { get; }
    /// <summary>A compound head's Latin spelling (عبد → Abdel).</summary>
    public FrozenDictionary<string, string> Latin { get; }
    /// <summary>Variants and their canonical form (ابن → بن).</summary>
    public FrozenDictionary<string, string> Canonical { get; }

    public NameParticles(IEnumerable<LexiconLine> rows)
    {
        var ner = new List<string>();
        var next = new List<string>(); var previous = new List<string>(); var compound = new List<string>(); var split = new List<string>();
        var latin = new Dictionary<string, string>(); var canonical = new Dictionary<string, string>();
        foreach (var r in rows)
        {
            var norm = ArabicNormalizer.Normalize(r.Fields[0]);
            foreach (var use in LexiconFile.Words(r.Fields[1]))
            {
                var list = use switch { "ner" => ner, "next" => next, "previous" => previous, "compound" => compound, "split" => split, _ => throw r.Error($"unknown use '{use}'") };
                list.Add(use == "ner" ? r.Fields[0] : norm);
            }
            if (r.Fields[2] != "-") latin[norm] = r.Fields[2];
            if (r.Fields[3] != "-") canonical[norm] = ArabicNormalizer.Normalize(r.Fields[3]);
        }
        NerCues = ner;
        JoinsNext = next.ToFrozenSet(StringComparer.Ordinal);
        JoinsPrevious = previous.ToFrozenSet(StringComparer.Ordinal);
        CompoundHeads = compound.ToFrozenSet(StringComparer.Ordinal);
        SplitHeads = split.ToFrozenSet(StringComparer.Ordinal);
        Latin = latin.ToFrozenDictionary(StringComparer.Ordinal);
        Canonical = canonical.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The canonical form of a normalised word (ابن → بن), else the word.</summary>
    public string CanonicalOf(string norm) => Canonical.GetValueOrDefault(norm, norm);
}
