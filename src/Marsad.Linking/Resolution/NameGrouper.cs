using Marsad.Core.Model;
using Marsad.Text.Names;

namespace Marsad.Linking.Resolution;

/// <summary>
/// Groups the document's organisations, places and other names the knowledge base does not know:
/// names equal up to spelling (<see cref="NameSimilarity"/>) are one entity whatever type the
/// tagger gave each mention; a shorter organisation name of two words or more that begins exactly
/// one longer one is a short form of it (مجلس الإنقاذ → مجلس الإنقاذ الوطني).
/// </summary>
internal static class NameGrouper
{
    private sealed class Group(string id, List<string> words)
    {
        public string Id { get; } = id;
        public List<List<string>> Names { get; } = [words];
        public List<LinkItem> Items { get; } = [];
    }

    public static void Resolve(IReadOnlyList<LinkItem> items)
    {
        var groups = new List<Group>();
        // longest names first, so that short forms find the full name they abbreviate
        foreach (var item in items.OrderByDescending(i => i.Words.Count).ThenBy(i => i.Start))
        {
            var g = groups.Find(g => g.Names.Exists(n => NameSimilarity.Score(n, item.Words) >= NameSimilarity.Threshold));
            if (g is null && item.Type == EntityType.ORG && item.Words.Count >= 2)
            {
                var longer = groups.FindAll(g => g.Items[0].Type == EntityType.ORG && g.Names.Exists(n => IsPrefix(item.Words, n)));
                if (longer.Count == 1) g = longer[0];
            }
            if (g is null) groups.Add(g = new Group("name:" + groups.Count, item.Words));
            else if (!g.Names.Exists(n => n.SequenceEqual(item.Words))) g.Names.Add(item.Words);
            g.Items.Add(item);
            item.Group = g.Id;
        }
    }

    private static bool IsPrefix(List<string> shorter, List<string> longer)
    {
        if (shorter.Count >= longer.Count) return false;
        for (int i = 0; i < shorter.Count; i++) if (!PersonNames.Same(shorter[i], longer[i])) return false;
        return true;
    }
}
