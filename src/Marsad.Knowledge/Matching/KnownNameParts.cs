using Marsad.Text.Names;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// Whether a written word is a known part of a name: a common name in the transliteration table
/// (بشار، فلاديمير، سيرجي) or the first word of a knowledge-base alias or nationality form (normal form,
/// <see cref="NameKeys.Words"/>). Mention repair, coordination splitting and the common-word rule ask it
/// before treating a word's first letter as a clitic or the word as an ordinary one. Built once per
/// knowledge base; immutable and thread-safe.
/// </summary>
public sealed class KnownNameParts
{
    private readonly Transliterator _names;
    private readonly HashSet<string> _aliasFirstWords = new(StringComparer.Ordinal);

    public KnownNameParts(KnowledgeBase kb, Transliterator names)
    {
        _names = names;
        foreach (var e in kb.Entries)
            foreach (var alias in e.Aliases.Append(e.NameAr).Concat(e.NisbaForms))
                if (NameKeys.Words(alias) is [var first, ..]) _aliasFirstWords.Add(first);
    }

    /// <summary>Whether <paramref name="written"/> (a word as written) is a known name part.</summary>
    public bool Contains(string written) => _names.IsKnownNamePart(written) || _aliasFirstWords.Contains(NameKeys.Normal(written));
}
