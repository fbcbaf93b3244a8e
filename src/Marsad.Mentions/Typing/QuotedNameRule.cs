using System.Globalization;
using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge.Generic;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Typing;

/// <summary>
/// A quoted name after a head noun: شبكة "راصدين"، حركة «أحرار الشام»، برنامج «بوليتيكا». The quotation marks
/// delimit the name and the head (data/ner/quoted-name-heads.tsv) gives its type, ORG or MISC; the mentions the
/// tagger or the knowledge base found inside give way to it (a movement named after a person, a paper after its
/// town), unless one already covers the name with that type (وكالة «رويترز»: the knowledge base's agency).
/// The head is indefinite and without a pronoun (in construct with the name); the name holds one to
/// <see cref="MaxWords"/> words in one sentence and does not open with the head of a generic actor (حركة "الجماعات
/// التكفيرية": the movements of a kind of actor, quoted as a term). Thread-safe.
/// </summary>
public sealed class QuotedNameRule
{
    public const string FileName = "quoted-name-heads.tsv";
    public const string SourceName = "quoted";
    /// <summary>Longer quotations after a head are more often words said or written than a name.</summary>
    public const int MaxWords = 5;

    private readonly Dictionary<string, EntityType> _heads = new(StringComparer.Ordinal);
    private readonly AffixTable _affixes;
    private readonly GenericLexicon _generic;

    public QuotedNameRule(IEnumerable<LexiconLine> heads, AffixTable affixes, GenericLexicon generic)
    {
        _affixes = affixes;
        _generic = generic;
        foreach (var line in heads)
            _heads[ArabicNormalizer.Normalize(line.Fields[0])] = line.Section switch
            {
                "org" => EntityType.ORG,
                "misc" => EntityType.MISC,
                _ => throw line.Error($"'{line.Fields[0]}' is outside the sections @org and @misc"),
            };
    }

    public static QuotedNameRule Load(DataFolder data, AffixTable affixes, GenericLexicon generic) => new(LexiconFile.Read(data, "ner", FileName), affixes, generic);

    /// <summary>Adds the quoted names of <paramref name="doc"/> to <paramref name="mentions"/> (text order, no overlaps), replacing what they cover.</summary>
    public void Apply(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        for (int q = 1; q + 2 < tokens.Count; q++)
        {
            if (!IsQuote(tokens[q], opening: true) || HeadType(tokens[q - 1]) is not { } type) continue;
            int close = Closing(doc, q);
            if (close < 0 || _generic.Get(tokens[q + 1].StemNorm) is not null) continue;
            var name = new TextSpan(tokens[q + 1].Start, tokens[close - 1].End);
            var whole = new TextSpan(tokens[q - 1].Start, tokens[close].End);
            // a mention reaching outside the head and the quotes read the words otherwise: leave it
            if (mentions.Exists(m => m.Span.Overlaps(whole) && !whole.Contains(m.Span))) continue;
            if (mentions.Exists(m => m.Span == name && m.Type == type && m.Generic is null)) continue;
            mentions.RemoveAll(m => whole.Contains(m.Span) && !m.Nisba);
            if (mentions.Exists(m => m.Span.Overlaps(name))) continue;
            int at = mentions.FindIndex(m => m.Span.Start > name.Start);
            mentions.Insert(at < 0 ? mentions.Count : at, new Mention(name, type, SourceName));
            q = close;
        }
    }

    /// <summary>The type a head word gives the name after it, or null: an indefinite head with no pronoun.</summary>
    private EntityType? HeadType(Token t)
    {
        if (t.Kind != TokenKind.Word || t.Proclitics.EndsWith(_affixes.Article, StringComparison.Ordinal)
            || t.Proclitics.EndsWith(_affixes.PrepositionArticle, StringComparison.Ordinal)) return null;
        return _heads.TryGetValue(t.StemNorm, out var type) ? type : null;
    }

    /// <summary>The closing quote after the opening one at <paramref name="open"/>, with one to <see cref="MaxWords"/> words between, or -1.</summary>
    private static int Closing(Document doc, int open)
    {
        int sentence = doc.SentenceIndexAt(doc.Tokens[open].Start), words = 0;
        for (int i = open + 1; i < doc.Tokens.Count && doc.SentenceIndexAt(doc.Tokens[i].Start) == sentence; i++)
        {
            var t = doc.Tokens[i];
            if (IsQuote(t, opening: false)) return words > 0 && i > open + 1 ? i : -1;
            if (t.Kind == TokenKind.Punctuation && !IsInnerMark(t)) return -1;
            if (t.Kind is TokenKind.Word or TokenKind.Latin or TokenKind.Number && ++words > MaxWords) return -1;
        }
        return -1;
    }

    private static bool IsQuote(Token t, bool opening)
    {
        if (t.Kind != TokenKind.Punctuation || t.Norm.Length != 1) return false;
        char c = t.Norm[0];
        if (c is '"' or '\'') return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        // « opens and » closes in Arabic text; “ ” likewise
        return opening ? category == UnicodeCategory.InitialQuotePunctuation : category == UnicodeCategory.FinalQuotePunctuation;
    }

    /// <summary>Marks that may stand inside a name (في إيه - إس تي، 5+1).</summary>
    private static bool IsInnerMark(Token t) => t.Norm is "-" or "+" or "." or "&";
}
