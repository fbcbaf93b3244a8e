using Marsad.Core.Model;
using Marsad.Text.Names;

namespace Marsad.Linking.Resolution;

/// <summary>
/// Builds <see cref="Document.Entities"/> from grouped mentions: ids e1, e2 … in order of first
/// mention; the knowledge base's id, Arabic and English names where linked, else the fullest
/// form seen (most words, then most frequent) and its transliteration; the linked type, else
/// the type most mentions were given.
/// </summary>
internal static class EntityAssembler
{
    public static void Build(Document doc, List<LinkItem> items, Transliterator transliterator)
    {
        var groups = items.GroupBy(i => i.Group!).Select(g => g.OrderBy(i => i.Start).ToList()).OrderBy(g => g[0].Start).ToList();
        foreach (var group in groups)
        {
            var linked = group.Find(i => i.Entry is not null);
            var type = linked?.Type ?? MajorityType(group);
            var name = linked?.Entry!.NameAr ?? FullestName(group);
            var entity = new Entity("e" + (doc.Entities.Count + 1), type, name)
            {
                Kb = linked?.Entry!.Id,
                NameEn = linked?.Entry!.NameEn ?? transliterator.Transliterate(name),
                KbState = linked?.Entry!.StateId,
                KbRole = linked?.Entry!.Role,
            };
            foreach (var item in group)
            {
                item.Mention.Entity = entity;
                entity.Mentions.Add(item.Mention);
            }
            doc.Entities.Add(entity);
        }
    }

    private static EntityType MajorityType(List<LinkItem> group) =>
        group.GroupBy(i => i.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(i => i.Start)).First().Key;

    private static string FullestName(List<LinkItem> group) =>
        group.GroupBy(i => i.Name).OrderByDescending(g => g.First().Words.Count).ThenByDescending(g => g.Count()).ThenBy(g => g.Min(i => i.Start)).First().Key;
}
