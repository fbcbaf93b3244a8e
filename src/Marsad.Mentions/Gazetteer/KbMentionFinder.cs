using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Matching;
using Marsad.Knowledge.Model;
using Marsad.Text.Words;

namespace Marsad.Mentions.Gazetteer;

/// <summary>
/// Knowledge-base mentions: every gazetteer match becomes a mention with the best candidate as
/// <see cref="Mention.KbId"/>. Nationality adjectives are GPE mentions of their state (Nisba set);
/// capitals and seats of power stay places (LOC) here — whether one acts as its state is decided by
/// linking, which sees the context. A name reached by reading a word's first letters as proclitics is no
/// mention when the corpus uses the whole word on its own (<see cref="NameStart.KeepsLetters"/>: بديلا is "an
/// alternative", not بـ + the town ديلا). Thread-safe.
/// </summary>
public sealed class KbMentionFinder(KnowledgeBase kb, NameStart nameStart)
{
    public const string SourceName = "kb";

    private readonly GazetteerMatcher _matcher = new(kb);

    public List<Mention> Find(Document doc)
    {
        var mentions = new List<Mention>();
        foreach (var m in _matcher.Match(doc))
        {
            if (nameStart.KeepsLetters(doc.Text, doc.Tokens[m.FirstToken], m.Span.Start)) continue;
            var best = m.Best;
            var mention = new Mention(m.Span, best.Nisba ? EntityType.GPE : best.Entry.Type, SourceName)
            {
                KbId = best.Entry.Id,
                Nisba = best.Nisba,
                // Several entries under one name (طرابلس: Libya's capital, a Lebanese city) lower the confidence.
                Confidence = m.Hits.Count == 1 ? 0.9 : 0.7,
            };
            mentions.Add(mention);
        }
        return mentions;
    }
}
