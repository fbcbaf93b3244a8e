using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Typing;

/// <summary>
/// Named events, contests and prizes: Arabic names them by a head noun and the place, state or body that
/// holds them (مهرجان أبها، كأس آسيا، معرض الرياض للكتاب). A head of data/ner/event-heads.tsv right before a
/// name mention (not a person, not a nationality adjective) makes one MISC mention from the head through the
/// name, and through a purpose complement after it (لل + noun: مهرجان الطائف للتسوق): the place alone is not
/// what the text names. The head's span starts where <see cref="NameStart"/> says (بمهرجان → مهرجان). Thread-safe.
/// </summary>
public sealed class NamedEventRule
{
    public const string FileName = "event-heads.tsv";

    private readonly HashSet<string> _heads = new(StringComparer.Ordinal);
    private readonly NameStart _nameStart;
    private readonly string _purpose;

    public NamedEventRule(IEnumerable<string> heads, NameStart nameStart, AffixTable affixes)
    {
        foreach (var h in heads) _heads.Add(ArabicNormalizer.Normalize(h));
        _nameStart = nameStart;
        _purpose = affixes.PrepositionArticle;
    }

    public static NamedEventRule Load(DataFolder data, NameStart nameStart, AffixTable affixes) =>
        new(LexiconFile.Lines(data, "ner", FileName), nameStart, affixes);

    /// <summary>Replaces each name that follows an event head in <paramref name="mentions"/> (text order, no overlaps) by the event's MISC mention.</summary>
    public void Apply(Document doc, List<Mention> mentions)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            var name = mentions[m];
            if (name.Type is EntityType.PER or EntityType.MISC || name.Nisba || name.Generic is not null) continue;
            int first = doc.TokenIndexAtOrAfter(name.Span.Start);
            // the name must open its token: a head is followed by the name itself, not by a clitic
            if (first < 1 || first >= doc.Tokens.Count || doc.Tokens[first].Start != name.Span.Start) continue;
            var head = doc.Tokens[first - 1];
            if (head.Kind != TokenKind.Word || !_heads.Contains(head.StemNorm) || doc.SentenceIndexAt(head.Start) != doc.SentenceIndexAt(name.Span.Start)) continue;
            if (m > 0 && mentions[m - 1].Span.End > head.Start) continue;
            int end = name.Span.End;
            int after = first;
            while (after < doc.Tokens.Count && doc.Tokens[after].Start < end) after++;
            if (after < doc.Tokens.Count && doc.Tokens[after] is { Kind: TokenKind.Word } next && next.Proclitics == _purpose
                && doc.SentenceIndexAt(next.Start) == doc.SentenceIndexAt(name.Span.Start)
                && !mentions.Exists(x => x.Span.Overlaps(next.Span)))
                end = next.End;
            mentions[m] = new Mention(new TextSpan(_nameStart.Of(doc.Text, head), end), EntityType.MISC, name.Source) { Confidence = name.Confidence };
        }
    }
}
