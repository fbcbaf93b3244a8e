using Marsad.Core.Model;
using Marsad.Knowledge.Matching;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Repair;

/// <summary>
/// Gives back a name the first letters a clitic segmenter took from it. A segmenter reads the
/// ب of بشار, the ف of فلاديمير or فرانس and the س of سيرجي as proclitics, and a mention cut at
/// the stem loses them (شار الأسد). The letters return when the whole word is a known name part
/// (<see cref="KnownNameParts"/>), and always for س: the
/// future particle attaches to verbs, never to names. A conjunction و/ف in front stays outside (وبشار → بشار).
/// </summary>
public sealed class MentionSpanRepair(KnownNameParts nameParts, AffixTable affixes)
{
    public TextSpan Repair(Document doc, TextSpan span)
    {
        int ti = doc.TokenIndexAtOrAfter(span.Start);
        if (ti >= doc.Tokens.Count) return span;
        var token = doc.Tokens[ti];
        if (token.Start >= span.Start || token.Kind != TokenKind.Word) return span;
        // candidate starts: the token's start, then after a leading conjunction
        var letters = Letters(doc.Text, token.Start, span.Start);
        foreach (int start in Starts(token.Start, letters))
        {
            var cut = ArabicNormalizer.Normalize(doc.Text.AsSpan(start, span.Start - start));
            if (cut.Length == 0) break;
            if (cut.Contains(affixes.Future) || nameParts.Contains(doc.Text[start..token.End]))
                return new TextSpan(start, span.End);
        }
        return span;
    }

    private static List<(int Pos, char Letter)> Letters(string text, int from, int to)
    {
        var list = new List<(int, char)>();
        for (int i = from; i < to; i++)
        {
            char f = ArabicNormalizer.FoldChar(text[i]);
            if (f != '\0') list.Add((i, f));
        }
        return list;
    }

    private IEnumerable<int> Starts(int tokenStart, List<(int Pos, char Letter)> letters)
    {
        yield return tokenStart;
        if (letters.Count >= 2 && affixes.ConjunctionOf(letters[0].Letter) != Clitic.None) yield return letters[1].Pos;
    }
}
