using Marsad.Core.Model;
using Marsad.Text.Names;
using Marsad.Text.Words;

namespace Marsad.Linking.Resolution;

/// <summary>
/// Turns generic actor mentions (<see cref="Mention.Generic"/>) into entities of kind generic. Within a
/// document one generic actor is one entity: mentions with the same head (جنود = الجنود = جندي), sector
/// and affiliation entity are grouped. A generic actor is never linked to a knowledge-base entry or to
/// a named entity; its affiliation is the entity its affiliation mention was linked to (a mention that
/// linking dropped leaves it null). Runs after the named entities are built; then every entity is
/// numbered again in order of first mention.
/// </summary>
internal static class GenericActorLinker
{
    public static void Link(Document doc, List<Mention> generic, Transliterator transliterator, AffixTable affixes)
    {
        if (generic.Count == 0) return;
        var groups = generic
            .GroupBy(m => (m.Generic!.Head, m.Generic.Sector, Affiliation: m.Generic.Affiliation?.Entity))
            .Select(g => g.OrderBy(m => m.Span.Start).ToList());
        foreach (var group in groups)
        {
            var first = group[0];
            var role = first.Generic!;
            var affiliation = role.Affiliation?.Entity;
            var name = group.Select(m => NameOf(doc, m, affixes)).OrderByDescending(n => n.Count(c => c == ' ')).ThenByDescending(n => n.Length).First();
            var entity = new Entity("", first.Type, name)
            {
                Kind = EntityKind.Generic,
                Sector = role.Sector,
                Affiliation = affiliation,
                NameEn = role.English is null ? transliterator.Transliterate(name)
                    : affiliation?.NameEn is { } owner ? $"{role.English} ({owner})" : role.English,
            };
            foreach (var m in group)
            {
                m.Entity = entity;
                entity.Mentions.Add(m);
            }
            doc.Entities.Add(entity);
        }
        doc.Mentions.AddRange(generic);
        doc.Mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        doc.Entities.Sort((a, b) => a.Mentions.Min(m => m.Span.Start).CompareTo(b.Mentions.Min(m => m.Span.Start)));
        for (int i = 0; i < doc.Entities.Count; i++) doc.Entities[i].Id = "e" + (i + 1);
    }

    /// <summary>The mention's text, with its owner in the genitive when it follows at once (عناصر حزب الله),
    /// and its article back when it was written inside لل (للشرطة → الشرطة).</summary>
    private static string NameOf(Document doc, Mention m, AffixTable affixes)
    {
        var owner = m.Generic!.Affiliation;
        var text = owner is not null && owner.Span.Start >= m.Span.End && owner.Span.Start - m.Span.End <= 1 && string.IsNullOrWhiteSpace(doc.Text[m.Span.End..owner.Span.Start])
            ? doc.Text[m.Span.Start..owner.Span.End]
            : doc.TextOf(m.Span);
        int t = doc.TokenIndexAtOrAfter(m.Span.Start);
        return t < doc.Tokens.Count && doc.Tokens[t].Start < m.Span.Start && doc.Tokens[t].Proclitics.EndsWith(affixes.PrepositionArticle, StringComparison.Ordinal) ? affixes.Article + text : text;
    }
}
