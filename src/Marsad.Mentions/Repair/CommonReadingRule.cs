using Marsad.Core.Model;
using Marsad.Text.Dates;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Mentions.Repair;

/// <summary>
/// Names whose letters are also an ordinary word, taken as the ordinary word where the grammar says so:
/// <list type="bullet">
/// <item>A month name used as a month is no name: نيسان is April in the Levant and the car maker; in
/// أبريل (نيسان)، 13 نيسان، شهر نيسان it is the month. A mention that is exactly a month name of
/// <c>data/text/months.tsv</c> goes when the month reading has the context that table asks of an ambiguous
/// month (a day number or a year next to it, شهر before it, another month name beside it, across a bracket or a
/// slash) or the date finder reads it inside a longer date (نيسان الماضي، مطلع نيسان). A month name alone is not enough
/// (حزب آذار).</item>
/// <item>An adjective coordinated with an adjective is an adjective: in دعم عسكري ومالي the و joins مالي
/// ("financial") to عسكري ("military"), both indefinite nisba adjectives, so it is not Mali; likewise
/// الدعم العسكري والمالي (not "the Malian"). The word before the conjunction must be a nisba adjective that the
/// corpus uses both with and without the article (<see cref="CommonWords.TakesBothForms"/>, so an adjective,
/// never a name), of the same definiteness, and inside no name; the mention's own word must be used so too.
/// A coordination of two states (الجزائر ومالي) or of a nationality (الروسي والمالي) has a name before the و and
/// keeps its mention.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
public sealed class CommonReadingRule(TimeLexicon time, CommonWords common, AffixTable affixes)
{
    private readonly string _article = affixes.Article;
    private readonly string[] _nisbaEndings = [.. affixes.NisbaNormalized.SelectMany(p => new[] { p.Suffix, p.Base }).Distinct()];
    private readonly string[] _conjunctions = [.. affixes.Conjunctions.Keys.Select(c => c.ToString())];

    /// <summary>Removes from <paramref name="mentions"/> the names (not generic actors) that are the ordinary word here.</summary>
    public void Apply(Document doc, List<Mention> mentions)
    {
        List<TimeExpression>? dates = null;
        mentions.RemoveAll(m => m.Generic is null && (IsMonth(doc, m, ref dates) || IsCoordinatedAdjective(doc, m, mentions)));
    }

    /// <summary>Whether the mention is exactly a month name that reads as the month here.</summary>
    public bool IsMonth(Document doc, Mention m, ref List<TimeExpression>? dates)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(m.Span.Start);
        if (i >= tokens.Count || !time.Months.TryMatch(tokens, i, bare: true, out _, out int end) || tokens[end - 1].End != m.Span.End) return false;
        int before = Skip(tokens, i - 1, -1), after = Skip(tokens, end, +1);
        if (before >= 0 && DateNeighbour(tokens, before, -1) || after < tokens.Count && DateNeighbour(tokens, after, +1)) return true;
        dates ??= TimeExpressionFinder.Find(doc, time);
        return dates.Any(d => d.Span.Contains(m.Span) && d.Span != m.Span);
    }

    // A number, another month name (أبريل نيسان، أبريل/نيسان), or شهر before the month.
    private bool DateNeighbour(IReadOnlyList<Token> tokens, int k, int direction)
    {
        var t = tokens[k];
        if (t.Kind == TokenKind.Number) return true;
        if (t.Kind != TokenKind.Word) return false;
        if (time.Months.TryGetWord(t.StemNorm, out _) || time.Months.TryGetWord(t.Norm, out _)) return true;
        // the last word of a two-word month before (كانون الثاني)
        if (direction < 0 && k > 0 && time.Months.TryMatch(tokens, k - 1, bare: true, out _, out int e) && e == k + 1) return true;
        return direction < 0 && time.Units.TryGetWord(t.StemNorm, out var unit) && unit == TimeUnit.Month;
    }

    // The nearest token from k in the direction that is not a bracket, a slash or a dash.
    private static int Skip(IReadOnlyList<Token> tokens, int k, int direction)
    {
        while (k >= 0 && k < tokens.Count && tokens[k].Kind is TokenKind.Punctuation or TokenKind.Symbol && tokens[k].Norm is "(" or ")" or "/" or "-" or "–" or "[" or "]")
            k += direction;
        return k;
    }

    /// <summary>Whether the mention is one nisba-shaped word joined by و to an adjective before it (عسكري ومالي).</summary>
    public bool IsCoordinatedAdjective(Document doc, Mention m, IReadOnlyList<Mention> mentions)
    {
        var tokens = doc.Tokens;
        int i = doc.TokenIndexAtOrAfter(m.Span.Start);
        if (i < 1 || i >= tokens.Count || tokens[i].End != m.Span.End) return false;
        var t = tokens[i];
        var p = tokens[i - 1];
        if (t.Kind != TokenKind.Word || p.Kind != TokenKind.Word) return false;
        // و (or ف) and, at most, the article: no preposition (لمالي is "to Mali").
        string rest = t.Proclitics;
        if (!_conjunctions.Any(c => rest.StartsWith(c, StringComparison.Ordinal))) return false;
        rest = rest[1..];
        bool definite = rest == _article;
        if (rest.Length > 0 && !definite) return false;
        if (p.Proclitics != (definite ? _article : "") && !(definite && p.Proclitics.EndsWith(_article, StringComparison.Ordinal))) return false;
        if (!NisbaShaped(t.StemNorm) || !NisbaShaped(p.StemNorm)) return false;
        if (!common.TakesBothForms(t.StemNorm) || !common.TakesBothForms(p.StemNorm)) return false;
        return !mentions.Any(o => o != m && o.Generic is null && o.Span.Overlaps(p.Span));
    }

    private bool NisbaShaped(string stem) => stem.Length > 3 && _nisbaEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal));
}
