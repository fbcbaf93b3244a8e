using Marsad.Core.Model;

namespace Marsad.Mentions.Merging;

/// <summary>
/// Combines tagger mentions with knowledge-base mentions into one list without overlaps, in text order:
/// <list type="bullet">
/// <item>a KB match covering a tagger span (same or longer) wins, with the KB type: a state the tagger
/// called LOC becomes GPE, a nationality adjective stays a GPE nisba;</item>
/// <item>a tagger span strictly longer than the KB matches inside it wins (a full name around a known
/// family name, an organisation around a state name); it takes the KB id when it holds one match of
/// the same kind, and a LOC opening with a KB state becomes GPE;</item>
/// <item>a tagger PER span made only of two or more KB people, side by side (استقبل السيسي حفتر), is those
/// people: the tagger joined two names that follow each other without a conjunction;</item>
/// <item>crossing spans: the longer wins, the KB one on a tie; mentions that overlap nothing are kept.</item>
/// </list>
/// </summary>
public static class MentionMerger
{
    public static List<Mention> Merge(IReadOnlyList<Mention> tagger, IReadOnlyList<Mention> kb)
    {
        var result = new List<Mention>(kb.Count + tagger.Count);
        var standing = tagger.Where(t => !SideBySidePeople(t, [.. kb.Where(k => StrictlyContains(t.Span, k.Span))])).ToList();
        var kept = kb.Where(k => !standing.Any(t => StrictlyContains(t.Span, k.Span) || (Crosses(t.Span, k.Span) && t.Span.Length > k.Span.Length))).ToList();
        foreach (var t in standing)
        {
            var inside = kb.Where(k => StrictlyContains(t.Span, k.Span)).ToList();
            bool beaten = kb.Any(k => k.Span.Contains(t.Span) || (Crosses(t.Span, k.Span) && k.Span.Length >= t.Span.Length));
            if (beaten) continue;
            var single = inside.Count == 1 && SameKind(t.Type, inside[0].Type) ? inside[0] : null;
            if (single is not null)
            {
                t.KbId = single.KbId;
                // جمهورية مصر العربية is the state; كردستان العراق is a region of it.
                if (t.Type == EntityType.LOC && single.Type == EntityType.GPE && !single.Nisba && single.Span.Start == t.Span.Start) t.Type = EntityType.GPE;
            }
            result.Add(t);
        }
        result.AddRange(kept);
        // Tagger mentions may still overlap each other only if the tagger produced overlaps (it does not);
        // drop any remaining overlap defensively, keeping the earlier, longer mention.
        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        var clean = new List<Mention>(result.Count);
        foreach (var m in result)
            if (clean.Count == 0 || !clean[^1].Span.Overlaps(m.Span)) clean.Add(m);
        return clean;
    }

    /// <summary>Whether KB people tile the tagger's person span, with at most one character (a space) between them.</summary>
    private static bool SideBySidePeople(Mention t, List<Mention> inside)
    {
        if (t.Type != EntityType.PER || inside.Count < 2 || inside.Any(k => k.Type != EntityType.PER)) return false;
        var parts = inside.OrderBy(k => k.Span.Start).ToList();
        if (parts[0].Span.Start != t.Span.Start || parts[^1].Span.End != t.Span.End) return false;
        for (int i = 1; i < parts.Count; i++)
            if (parts[i].Span.Start - parts[i - 1].Span.End is < 0 or > 1) return false;
        return true;
    }

    private static bool StrictlyContains(TextSpan outer, TextSpan inner) => outer.Contains(inner) && outer != inner;

    private static bool Crosses(TextSpan a, TextSpan b) => a.Overlaps(b) && !a.Contains(b) && !b.Contains(a);

    /// <summary>Whether a tagger type and a KB type can name the same thing (LOC vs GPE is one kind).</summary>
    private static bool SameKind(EntityType tagger, EntityType kb) =>
        tagger == kb || (tagger == EntityType.LOC && kb is EntityType.GPE or EntityType.LOC);
}
