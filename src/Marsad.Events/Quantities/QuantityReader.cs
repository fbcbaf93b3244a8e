using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;
using Marsad.Text.Numbers;
using Marsad.Text.Words;

namespace Marsad.Events.Quantities;

/// <summary>A quantity with the token where it starts (for attaching it to the nearest event).</summary>
public sealed record PlacedQuantity(Quantity Quantity, int Token);

/// <summary>
/// Turns the numbers found by the text stage into quantities: a count with the noun it counts
/// (24 طائرة → aircraft; 1100 قتيل → killed) and, where named, the item (رافال: a quoted or
/// MISC name, or the word after "من طراز"); money with its currency (5.2 مليارات يورو → 5.2e9 EUR).
/// Numbers that belong to a date (عام 2015، 24 أغسطس) or name no unit are not quantities.
/// </summary>
public sealed class QuantityReader(EventLexicons lex)
{
    private const int ItemReach = 5;

    public List<PlacedQuantity> Read(TokenSequence seq, IEnumerable<NumberExpression> numbers, IReadOnlyList<TextSpan> dateSpans)
    {
        var result = new List<PlacedQuantity>();
        foreach (var n in numbers)
        {
            if (dateSpans.Any(d => d.Overlaps(n.Span))) continue;
            int first = seq.Document.TokenIndexAtOrAfter(n.Span.Start);
            int next = seq.Document.TokenIndexAtOrAfter(n.Span.End);
            if (next >= seq.End || seq.SentenceOf(next) != seq.SentenceOf(first)) continue;
            double value = n.Value;
            // a scale the number finder left outside its span (3 مليارات written apart)
            if (lex.Units.First(seq, next) is { Value.Scale: > 1 } scale) { value *= scale.Value.Scale; next += scale.Length; }
            if (next >= seq.End) continue;
            if (lex.Units.First(seq, next) is not { } unit)
            {
                // a count of people the unit list does not name (ثلاثة صحفيين، خمسة من قادة المعارضة) is a casualty
                // count when a casualty word governs it: the generic-actor lexicon knows them as people
                if (CountedPeople(seq, next) is { } noun && Casualty(seq, first, noun + 1) is { } unitOfPeople)
                    result.Add(new PlacedQuantity(new Quantity(value, unitOfPeople, null, new TextSpan(n.Span.Start, seq[noun].End)), first));
                continue;
            }
            if (unit.Value.Scale > 1) continue;
            int after = next + unit.Length;
            var span = new TextSpan(n.Span.Start, seq[after - 1].End);
            string? item = unit.Value.IsCurrency ? null : ItemAfter(seq, after);
            var name = unit.Value.Unit;
            if (s_people.Contains(name) && Casualty(seq, first, after) is { } casualty) { name = casualty; item = null; }
            result.Add(new PlacedQuantity(new Quantity(value, name, item, span), first));
        }
        return result;
    }

    /// <summary>Units that count people: they become casualties when a casualty word governs them.</summary>
    private static readonly HashSet<string> s_people = new(StringComparer.Ordinal)
    {
        "people", "civilians", "soldiers", "fighters", "military personnel", "mercenaries", "refugees", "detainees",
    };

    private const int SubjectWords = 3;

    /// <summary>The casualty unit of a count of people: a casualty word before the number (مقتل سبعة أشخاص),
    /// a verb of which it is the object or passive subject (قتل مسلحون خمسة مدنيين، أصيب خمسة مدنيين), or a
    /// word after the counted noun (سبعة أشخاص قتلوا، عشرة جرحى).</summary>
    private string? Casualty(TokenSequence seq, int number, int after)
    {
        int sentence = seq.SentenceOf(number);
        for (int k = number - 1, words = 0, subject = 0; k >= 0 && words < 6 && seq.SentenceOf(k) == sentence && !seq.IsPunct(k); k--, words++)
        {
            if (subject == 0 && lex.CasualtiesBefore.First(seq, k) is { } m) return m.Value;
            if (lex.CasualtyVerbs.First(seq, k, (a, _) => a.CanBeVerb) is { } v) return v.Value;
            // مقتل ما لا يقل عن سبعة، إصابة نحو 20: hedges and bounds stand between a casualty word and its count
            if (lex.Numbers.BeforeCount.Contains(seq[k].Norm)) continue;
            // the verb's subject between it and its object: words of one noun phrase, no other verb or clause word
            if (++subject > SubjectWords || lex.IsTrigger(seq, k) || lex.IsReportingVerb(seq, k)) break;
        }
        for (int k = after; k < Math.Min(seq.End, after + 2) && seq.SentenceOf(k) == sentence && !seq.IsPunct(k); k++)
            if (lex.CasualtiesAfter.First(seq, k) is { } m) return m.Value;
        return null;
    }

    /// <summary>
    /// The token of what is counted at <paramref name="k"/>: a generic actor (people named by their role), or
    /// any noun of a partitive after من (خمسة من قادة المعارضة): a casualty word counts people, whatever noun
    /// the partitive names them by.
    /// </summary>
    private int? CountedPeople(TokenSequence seq, int k)
    {
        if ((lex.Functions.ClassOf(seq[k].Norm) & WordClass.Partitive) != 0 && k + 1 < seq.End && seq.SentenceOf(k + 1) == seq.SentenceOf(k))
            return seq[k + 1].Kind == TokenKind.Word ? k + 1 : null;
        return seq.MentionAt(k) is { Entity.Kind: EntityKind.Generic } ? k : null;
    }

    /// <summary>The named item after a counted noun: "رافال"، من طراز "ميسترال"، a MISC mention.</summary>
    private string? ItemAfter(TokenSequence seq, int i)
    {
        int end = Math.Min(seq.End, i + ItemReach);
        for (int k = i; k < end; k++)
        {
            if (seq.IsPunct(k) && !seq.IsTransparent(k)) return null;
            if (seq.MentionAt(k) is { Entity.Type: EntityType.MISC } m) return seq.Document.TextOf(m.Span);
            if (seq.IsTransparent(k) && k + 1 < seq.End && seq[k + 1].Kind is TokenKind.Word or TokenKind.Latin)
            {
                int j = k + 1;
                while (j < end && !seq.IsPunct(j)) j++;
                if (j < seq.End && seq.IsTransparent(j)) return seq.Document.Text[seq[k + 1].Start..seq[j - 1].End];
                return null;
            }
            if (seq.HasStem(k, lex.ModelNouns) && k + 1 < seq.End && seq[k + 1].Kind is TokenKind.Word or TokenKind.Latin)
                return seq.Document.TextOf(seq[k + 1].Span);
        }
        return null;
    }
}
