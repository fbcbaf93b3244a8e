using Marsad.Core.Model;
using Marsad.Mentions.Evaluation;
using Marsad.Text.Normalization;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// Tagger mentions: tags each sentence of a document and turns every entity chunk into a
/// <see cref="Mention"/> (Source "ner", type PER/ORG/LOC/MISC). A span starts after the first
/// word's proclitics (و ف ب ل ك س) but keeps its article (الإمارات stays whole). Thread-safe.
/// </summary>
public sealed class NerMentionFinder(Func<NerTagger> tagger)
{
    public const string SourceName = "ner";
    private static readonly EntityType[] TypeOf = [EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC];

    public NerMentionFinder() : this(() => NerTagger.Default) { }

    public List<Mention> Find(Document doc)
    {
        var mentions = new List<Mention>();
        if (doc.Tokens.Count == 0) return mentions;
        var t = tagger();
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
            var labels = t.Tag(views, memory);
            foreach (var c in EntityChunks.Of(labels))
            {
                var head = doc.Tokens[first + c.Start];
                var span = new TextSpan(NameStart(doc.Text, head), doc.Tokens[first + c.End - 1].End);
                if (span.IsEmpty) continue;
                mentions.Add(new Mention(span, TypeOf[c.Type], SourceName));
            }
        }
        return mentions;
    }

    /// <summary>
    /// Where a name starts inside its first token: at the stem, or at the article when the token
    /// has one (والإمارات → الإمارات). After لل the article's alef is elided, so the stem is used.
    /// </summary>
    public static int NameStart(string text, Token token)
    {
        var clitics = token.Proclitics;
        if (!clitics.EndsWith("ال", StringComparison.Ordinal)) return token.StemStart;
        // Walk back over the two letters of the article, skipping marks that normalisation drops.
        int pos = token.StemStart, letters = 0;
        while (pos > token.Start && letters < 2)
        {
            pos--;
            if (ArabicNormalizer.FoldChar(text[pos]) != '\0') letters++;
        }
        return pos;
    }
}
