using Marsad.Core.Model;
using Marsad.Knowledge.Model;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// Finds knowledge-base names in a document's tokens: leftmost-longest match of token sequences
/// against alias keys. The first token is tried as written and without proclitics
/// (والقاهرة، بموسكو، للإمارات); later tokens must match as written (الولايات المتحدة). Matches
/// never overlap. Stateless and thread-safe.
/// </summary>
public sealed class GazetteerMatcher(KnowledgeBase kb)
{
    public KnowledgeBase KnowledgeBase { get; } = kb;

    public List<GazetteerMatch> Match(Document doc) => Match(doc.Text, doc.Tokens);

    public List<GazetteerMatch> Match(string text, IReadOnlyList<Token> tokens)
    {
        var found = new List<GazetteerMatch>();
        for (int i = 0; i < tokens.Count;)
        {
            var best = MatchAt(text, tokens, i);
            if (best is null) { i++; continue; }
            found.Add(best);
            i = best.EndToken;
        }
        return found;
    }

    /// <summary>The longest match starting at token <paramref name="i"/>, or null.</summary>
    private GazetteerMatch? MatchAt(string text, IReadOnlyList<Token> tokens, int i)
    {
        var first = tokens[i];
        if (first.Kind is not (TokenKind.Word or TokenKind.Latin or TokenKind.Number)) return null;
        GazetteerMatch? best = null;
        var readings = first.Readings;
        for (int r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            if (!WordAnalyzer.IsNameReading(reading)) continue;
            int start = first.Start + OriginalOffset(text, first, reading.StemOffset);
            // (only a token the analyser read has a reading without its article)
            var key = reading.Article ? first.Analyzer!.WithArticle(reading) : reading.Stem;
            // ك "like" collides with many word starts: a bulk-gazetteer name read through it is dropped
            bool weak = (reading.Proclitics & Clitic.Ka) != 0;
            IReadOnlyList<KbHit>? hits = null;
            int end = -1, blockedTo = -1;
            string? bestKey = null;
            for (int j = i; ;)
            {
                if (KnowledgeBase.IsNotName(key)) blockedTo = j + 1;
                var h = Accept(KnowledgeBase.Lookup(key), weak, text, start, tokens[j].End);
                if (h.Count > 0) { hits = h; end = j + 1; bestKey = key; }
                if (j + 1 >= tokens.Count || !KnowledgeBase.IsPrefix(key)) break;
                j++;
                if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Latin or TokenKind.Number)) break;
                key = key + " " + tokens[j].Norm;
            }
            // A listed non-name as long as the name (القاعدة الجوية "the air base") hides it.
            if (hits is null || blockedTo >= end) continue;
            // Longer wins; on a tie the reading with fewer letters stripped (earlier in the list) stays.
            if (best is not null && end <= best.EndToken) continue;
            best = new GazetteerMatch(i, end, new TextSpan(start, tokens[end - 1].End), bestKey!, hits);
        }
        return best;
    }

    /// <summary>Drops weak (bulk gazetteer) candidates unless written exactly and reached without ك.</summary>
    private static IReadOnlyList<KbHit> Accept(IReadOnlyList<KbHit> hits, bool weakReading, string text, int start, int end)
    {
        for (int i = 0; i < hits.Count; i++)
            if (hits[i].Entry.IsWeak) return AcceptWeak(hits, weakReading, text, start, end);
        return hits;
    }

    // apart from Accept, whose common case (no weak hit) then makes no closure
    private static List<KbHit> AcceptWeak(IReadOnlyList<KbHit> hits, bool weakReading, string text, int start, int end)
    {
        string? written = null;
        return hits.Where(h => !h.Entry.IsWeak || (!weakReading && h.Entry.Aliases.Any(a => StrictFold(a) == (written ??= StrictFold(text.AsSpan(start, end - start)))))).ToList();
    }

    /// <summary>The matching folds but those that merge letters a name tells apart: ة/ه, ى/ي and the hamza carriers stay.</summary>
    private const NormalizationSteps Strict = NormalizationSteps.Matching & ~(NormalizationSteps.TaMarbuta | NormalizationSteps.AlefMaqsura | NormalizationSteps.HamzaCarriers);

    /// <summary>Diacritics, tatweel and spaces removed, alef forms unified; ة/ه and ئ/ي/ى stay apart.</summary>
    private static string StrictFold(ReadOnlySpan<char> s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            char f = ArabicNormalizer.FoldChar(c, Strict);
            if (f == '\0' || char.IsWhiteSpace(c)) continue;
            sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>Offset in the original text of the <paramref name="normIndex"/>-th kept character of a token.</summary>
    private static int OriginalOffset(string text, Token token, int normIndex)
    {
        if (normIndex == 0) return 0;
        int kept = 0;
        for (int p = token.Start; p < token.End; p++)
        {
            if (ArabicNormalizer.FoldChar(text[p]) == '\0') continue;
            if (kept == normIndex) return p - token.Start;
            kept++;
        }
        return 0; // NFKC changed the length: keep the whole token rather than guess
    }
}
