using Marsad.Core.Model;
using Marsad.Mentions.Evaluation;
using Marsad.Text.Words;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// Tagger mentions: tags each sentence of a document and turns every entity chunk into a
/// <see cref="Mention"/> (Source "ner", type PER/ORG/LOC/MISC). A span starts where <see cref="NameStart"/>
/// says: after the first word's proclitics when there is evidence they are proclitics (وحفتر → حفتر, but
/// كيري stays whole), keeping the article (والإمارات → الإمارات); a person's span ends where
/// <see cref="NameEnd"/> says (القرضاوي فتاوى → القرضاوي). Thread-safe.
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
                var head = doc.Tokens[first + c.Start];
                int length = TypeOf[c.Type] == EntityType.PER ? nameEnd.Of(doc.Tokens, first + c.Start, c.End - c.Start) : c.End - c.Start;
                var span = new TextSpan(nameStart.Of(doc.Text, head), doc.Tokens[first + c.Start + length - 1].End);
                if (span.IsEmpty) continue;
                mentions.Add(new Mention(span, TypeOf[c.Type], SourceName));
            }
        }
        return mentions;
    }
}
