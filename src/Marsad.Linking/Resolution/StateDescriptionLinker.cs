using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Linking.Resolution;

/// <summary>
/// Links a definite description standing alone for a state already named (المملكة after المملكة العربية السعودية
/// or السعودية; السلطنة after سلطنة عمان) to that state, one of the states named before it whose knowledge-base aliases
/// begin with the description's word (data/linking/state-descriptions.tsv; which one: <see cref="NearestStateBefore"/>). Saudi, Moroccan, Jordanian and Omani papers
/// name their own state so throughout an article.
/// </summary>
public sealed class StateDescriptionLinker
{
    public const string File = "state-descriptions.tsv";
    private readonly HashSet<string> _words;
    private readonly string _article;

    public StateDescriptionLinker(IEnumerable<string> words, string article)
    {
        _words = words.Select(ArabicNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        _article = article;
    }

    public static StateDescriptionLinker Load(DataFolder data, AffixTable affixes) =>
        new(LexiconFile.Rows(data, "linking", File, 1).Select(r => r.Fields[0]), affixes.Article);

    public void Link(Document doc, KnowledgeBase kb)
    {
        if (_words.Count == 0 || doc.Entities.Count == 0) return;
        bool changed = false;
        foreach (var token in doc.Tokens)
        {
            if (token.Kind != TokenKind.Word || !IsDescription(token, out var word)) continue;
            var span = DescriptionSpan(doc.Text, token);
            // A name the tagger found over the word alone, not linked, is the description; a longer or linked
            // mention (المملكة المتحدة، المملكة العربية السعودية) is a name of its own.
            var over = doc.Mentions.Where(m => m.Span.Start < token.End && token.Start < m.Span.End).ToList();
            if (over.Any(m => m.KbId is not null || m.Span.Start < token.Start || m.Span.End > token.End)) continue;
            var state = NearestStateBefore(doc, kb, token.Start, word);
            if (state is null) continue;
            foreach (var m in over)
            {
                doc.Mentions.Remove(m);
                m.Entity?.Mentions.Remove(m);
            }
            var mention = new Mention(span, EntityType.GPE, "rule") { KbId = state.Kb, Entity = state };
            state.Mentions.Add(mention);
            doc.Mentions.Add(mention);
            changed = true;
        }
        if (!changed) return;
        doc.Entities.RemoveAll(e => e.Mentions.Count == 0);
        for (int i = 0; i < doc.Entities.Count; i++) doc.Entities[i].Id = "e" + (i + 1);
        doc.Mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        foreach (var e in doc.Entities) e.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The word from its article on (المملكة in وبالمملكة), or its stem when the article is written لل.</summary>
    private TextSpan DescriptionSpan(string text, Token token)
    {
        int a = token.StemStart - _article.Length;
        return a >= token.Start && string.CompareOrdinal(text, a, _article, 0, _article.Length) == 0
            ? new TextSpan(a, token.End)
            : token.StemSpan;
    }

    private bool IsDescription(Token token, out string word)
    {
        foreach (var r in token.Readings)
            if (r.Article && _words.Contains(r.Stem)) { word = r.Stem; return true; }
        word = "";
        return false;
    }

    /// <summary>Whether an alias's first word is the description's word, with or without its article (مملكة البحرين، المملكة المغربية).</summary>
    private bool BeginsWith(string alias, string word)
    {
        var first = ArabicNormalizer.Normalize(alias.Split(' ')[0]);
        return first == word || first == _article + word;
    }

    /// <summary>Of the states named before whose name begins with the word: the nearest one named earlier in the same
    /// sentence (ملك كمبوديا … مقاليد الحكم بالمملكة); else the one named most often so far, the state the article is
    /// about (a Saudi paper's المملكة after one mention of the United Kingdom), the nearest on a tie.</summary>
    private Entity? NearestStateBefore(Document doc, KnowledgeBase kb, int at, string word)
    {
        int sentence = doc.SentenceIndexAt(at);
        int sentenceStart = sentence < 0 ? at : doc.Sentences[sentence].Span.Start;
        Entity? best = null;
        (bool InSentence, int Count, int Last) bestKey = (false, 0, -1);
        foreach (var e in doc.Entities)
        {
            if (e.Kb is null || kb.Get(e.Kb) is not { Kind: KbKind.State } entry || !entry.Aliases.Any(a => BeginsWith(a, word))) continue;
            var before = e.Mentions.Where(m => m.Span.Start < at).Select(m => m.Span.Start).ToList();
            if (before.Count == 0) continue;
            int last = before.Max();
            var key = last >= sentenceStart ? (true, 0, last) : (false, before.Count, last);
            if (key.CompareTo(bestKey) > 0) { best = e; bestKey = key; }
        }
        return best;
    }
}
