using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Matching;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Repair;

/// <summary>
/// Splits a person mention that runs over a coordination into the two people it names
/// (بشار والسيسي → بشار + السيسي): a later word starting with the conjunction و whose rest is a
/// known name (a knowledge-base name, or a known name part: <see cref="KnownNameParts"/>) while the word
/// itself is not (وليد، وائل are names). Other names split only between two knowledge-base names
/// (طرابلس والولايات المتحدة): و inside an organisation's name is its own (حزب العدالة والتنمية).
/// </summary>
public sealed class CoordinationSplitter(KnowledgeBase kb, KnownNameParts nameParts, AffixTable affixes)
{
    /// <summary>The mention's parts: itself when it names one person, else the two spans.</summary>
    public IEnumerable<TextSpan> Split(Document doc, Mention m)
    {
        var words = WordSpans(doc.Text, m.Span);
        if (m.Type != EntityType.PER) return SplitKnown(doc, m.Span, words);
        for (int i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (!IsWa(doc.Text[w.Start]) || w.Length < 4) continue;
            var written = doc.Text[w.Start..w.End];
            if (nameParts.Contains(written)) continue;
            var right = new TextSpan(w.Start + 1, m.Span.End);
            var rest = doc.Text[right.Start..w.End];
            if (!(nameParts.Contains(rest) || kb.LookupText(doc.TextOf(right)).Count > 0)) continue;
            int leftEnd = words[i - 1].End;
            return [new TextSpan(m.Span.Start, leftEnd), right];
        }
        return [m.Span];
    }

    /// <summary>Any other name splits only between two knowledge-base names when the whole is none
    /// (طرابلس والولايات المتحدة).</summary>
    private IEnumerable<TextSpan> SplitKnown(Document doc, TextSpan span, List<TextSpan> words)
    {
        if (words.Count < 2 || kb.LookupText(doc.TextOf(span)).Count > 0) return [span];
        for (int i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (!IsWa(doc.Text[w.Start]) || w.Length < 3) continue;
            var left = new TextSpan(span.Start, words[i - 1].End);
            var right = new TextSpan(w.Start + 1, span.End);
            if (kb.LookupText(doc.TextOf(left)).Count > 0 && kb.LookupText(doc.TextOf(right)).Count > 0) return [left, right];
        }
        return [span];
    }

    /// <summary>The conjunction و "and" (of the affix table), whatever its written form.</summary>
    private bool IsWa(char c) => affixes.ConjunctionOf(ArabicNormalizer.FoldChar(c)) == Clitic.Wa;

    private static List<TextSpan> WordSpans(string text, TextSpan span)
    {
        var list = new List<TextSpan>();
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && char.IsWhiteSpace(text[i])) i++;
            int s = i;
            while (i < span.End && !char.IsWhiteSpace(text[i])) i++;
            if (i > s) list.Add(new TextSpan(s, i));
        }
        return list;
    }
}
