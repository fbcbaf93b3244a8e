using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Matching;
using Marsad.Text.Names;
using Marsad.Text.Words;

namespace Marsad.Mentions.Repair;

/// <summary>
/// The last step of the mention stage, on the names (not the generic actors): a span written with tanween
/// is no name (<see cref="TanweenRule"/>), duplicates go (the
/// gazetteer and the tagger on one span become one mention, the knowledge-base one; a mention inside a
/// longer one of the same type goes), a span cut by the segmenter gets its letters back
/// (<see cref="MentionSpanRepair"/>), a span over a coordination becomes the two names it holds
/// (<see cref="CoordinationSplitter"/>) and a person's span that runs on after a known surname shrinks to it
/// (<see cref="SurnameTrim"/>). Thread-safe: all state is per document.
/// </summary>
public sealed class MentionRepair(KnowledgeBase kb, KnownNameParts nameParts, TitleLexicon titles, WordAnalyzer words)
{
    private readonly MentionSpanRepair _spans = new(nameParts, words.Affixes);
    private readonly CoordinationSplitter _coordination = new(kb, nameParts, words.Affixes);
    private readonly SurnameTrim _surnames = new(kb, nameParts, titles, words);

    /// <summary>The repaired mentions: names in their order of start (longest first), the generic actors merged in by start.</summary>
    public List<Mention> Apply(Document doc, IReadOnlyList<Mention> mentions)
    {
        var names = new List<Mention>(mentions.Count);
        foreach (var found in Deduplicate([.. mentions.Where(m => m.Generic is null && !TanweenRule.Rejects(doc, m))]))
        {
            found.Span = _spans.Repair(doc, found.Span);
            foreach (var name in SplitCoordination(doc, found))
            {
                _surnames.Apply(doc, name);
                names.Add(name);
            }
        }
        return MergeByStart(names, [.. mentions.Where(m => m.Generic is not null)]);
    }

    /// <summary>The mention, or the two names a coordinated span holds (بشار والسيسي).</summary>
    private IEnumerable<Mention> SplitCoordination(Document doc, Mention m)
    {
        var parts = _coordination.Split(doc, m).ToList();
        if (parts.Count == 1) return [m];
        return parts.Select(span => new Mention(span, m.Type, m.Source) { Confidence = m.Confidence });
    }

    /// <summary>Exact duplicates become one mention, the knowledge-base one first; a mention inside a
    /// longer one of the same type is dropped (a nisba inside a name stays: it names its state).</summary>
    private static List<Mention> Deduplicate(List<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ThenBy(m => m.KbId is null).ToList();
        var kept = new List<Mention>(ordered.Count);
        foreach (var m in ordered)
        {
            var outer = kept.FindLast(k => k.Span.Contains(m.Span));
            if (outer is not null && (outer.Span == m.Span || outer.Type == m.Type && !m.Nisba))
            {
                if (outer.Span == m.Span && outer.KbId is null && m.KbId is not null) kept[kept.IndexOf(outer)] = m;
                continue;
            }
            kept.Add(m);
        }
        return kept;
    }

    /// <summary>Both lists merged by start, each keeping its own order (a repaired name keeps its place among the names).</summary>
    private static List<Mention> MergeByStart(List<Mention> names, List<Mention> generic)
    {
        var merged = new List<Mention>(names.Count + generic.Count);
        int g = 0;
        foreach (var m in names)
        {
            while (g < generic.Count && generic[g].Span.Start < m.Span.Start) merged.Add(generic[g++]);
            merged.Add(m);
        }
        while (g < generic.Count) merged.Add(generic[g++]);
        return merged;
    }
}
