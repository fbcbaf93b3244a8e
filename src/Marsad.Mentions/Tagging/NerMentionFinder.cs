using Marsad.Core.Model;
using Marsad.Mentions.Evaluation;
using Marsad.Text.Words;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// Tagger mentions: tags each sentence of a document and turns every entity chunk into a
/// <see cref="Mention"/> (Source "ner", type PER/ORG/LOC/MISC). A span starts where <see cref="NameStart"/>
/// says: after the first word's proclitics when there is evidence they are proclitics (وحفتر → حفتر, but
/// كيري stays whole), keeping the article (والإمارات → الإمارات); a person's span ends where
/// <see cref="NameEnd"/> says (القرضاوي فتاوى → القرضاوي); a person chunk that runs over a preposition is two
/// names (<see cref="People"/>). Thread-safe.
/// </summary>
public sealed class NerMentionFinder(NerTagger tagger, NameStart nameStart, NameEnd nameEnd)
{
    public const string SourceName = "ner";
    private static readonly EntityType[] TypeOf = [EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC];

    public List<Mention> Find(Document doc)
    {
        var mentions = new List<Mention>();
        if (doc.Tokens.Count == 0) return mentions;
        var memory = new DocumentMemory();
        IEnumerable<(int First, int End)> ranges = doc.Sentences.Count > 0
            ? doc.Sentences.Select(s => (s.FirstToken, s.EndToken))
            : [(0, doc.Tokens.Count)];
        foreach (var (first, end) in ranges)
        {
            int n = end - first;
            if (n <= 0) continue;
            var views = new TokenView[n];
            for (int i = 0; i < n; i++) views[i] = TokenView.From(doc.Tokens[first + i]);
            var labels = tagger.Tag(views, memory);
            foreach (var c in EntityChunks.Of(labels))
            {
                var type = TypeOf[c.Type];
                foreach (var (from, to) in type == EntityType.PER ? People(doc, first + c.Start, first + c.End) : [(first + c.Start, first + c.End)])
                {
                    int length = type == EntityType.PER ? nameEnd.Of(doc.Tokens, from, to - from) : to - from;
                    if (length == 0) continue;
                    var span = new TextSpan(nameStart.Of(doc.Text, doc.Tokens[from]), doc.Tokens[from + length - 1].End);
                    if (span.IsEmpty) continue;
                    mentions.Add(new Mention(span, type, SourceName));
                }
            }
        }
        return mentions;
    }

    /// <summary>
    /// The people of a person chunk (tokens <paramref name="start"/> to <paramref name="end"/>): a person's name
    /// holds no preposition, so a word after the first that opens with one (ريتشارد نورلاند بخليفة حفتر, "met with
    /// Khalifa Haftar") starts another name; <see cref="NameStart"/> decides, on evidence, that the letter is one.
    /// The second name must hold two words or be a known one (التقى كيري لحفتر): a last word that only may open
    /// with a preposition is more likely the family name (عبد الرحمن بدوي, not بـ + دوي).
    /// </summary>
    public IEnumerable<(int Start, int End)> People(Document doc, int start, int end)
    {
        for (int k = start + 1; k < end; k++)
            if (doc.Tokens[k].Kind == TokenKind.Word && nameStart.AfterPreposition(doc.Text, doc.Tokens[k])
                && (k + 1 < end || nameStart.IsKnownName(doc.Text, doc.Tokens[k])))
            {
                yield return (start, k);
                start = k;
            }
        yield return (start, end);
    }
}
