using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Typing;

/// <summary>
/// A town's name that names the club, newspaper or magazine called after it (برشلونة، تشيلسي، الرياض):
/// the knowledge base knows the town, so the merged mention says LOC; the words around it say ORG.
/// A place mention (not a state) becomes an organisation, without the town's id, when
/// <list type="bullet">
/// <item>the word before it is a word of the club or the paper (نادي، فريق، مدرب، لاعب، صحيفة);</item>
/// <item>a masculine nationality adjective follows it (تشيلسي الإنجليزي, ريد بولز الأمريكي): a town is
/// feminine (برشلونة الإسبانية), so a masculine adjective agrees with an unwritten نادي or فريق;</item>
/// <item>or the tagger read the same span as an organisation in a sentence about sport (مباراة، الدوري،
/// كأس): the knowledge base's town is then the weaker reading.</item>
/// </list>
/// A place mention after a definite noun of a sportsman (اللاعب، نجمه: apposition), alone or coordinated with
/// people after it (اللاعبين غاري لينيكر و ريو فرديناند), is that man instead (PER, without the town's id).
/// Word lists: data/ner/club-cues.tsv. Thread-safe.
/// </summary>
public sealed class PlaceAsOrganisationRule
{
    public const string FileName = "club-cues.tsv";

    private readonly HashSet<string> _before = new(StringComparer.Ordinal), _sports = new(StringComparer.Ordinal), _person = new(StringComparer.Ordinal);
    private readonly AffixTable _affixes;
    private readonly KnowledgeBase _kb;
    // the masculine singular ending of a nisba (data/text/affixes.tsv): the feminine one adds ة after it
    private readonly string[] _masculine;

    public PlaceAsOrganisationRule(IEnumerable<LexiconLine> cues, KnowledgeBase kb, AffixTable affixes)
    {
        _kb = kb;
        _affixes = affixes;
        _masculine = [.. affixes.NisbaNormalized.Select(p => p.Base).Distinct()];
        foreach (var line in cues)
        {
            var set = line.Section switch
            {
                "before" => _before,
                "sports" => _sports,
                "person" => _person,
                _ => throw line.Error($"'{line.Fields[0]}' is outside the sections @before, @sports and @person"),
            };
            set.Add(ArabicNormalizer.Normalize(line.Fields[0]));
        }
    }

    public static PlaceAsOrganisationRule Load(DataFolder data, KnowledgeBase kb, AffixTable affixes) => new(LexiconFile.Read(data, "ner", FileName), kb, affixes);

    /// <summary>Retypes the place mentions of <paramref name="mentions"/> that name an organisation; <paramref name="tagger"/> are the tagger's own spans.</summary>
    public void Apply(Document doc, List<Mention> mentions, IReadOnlyList<Mention> tagger)
    {
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.LOC || m.Nisba || m.Generic is not null) continue;
            int first = doc.TokenIndexAtOrAfter(m.Span.Start);
            // the mention may start after proclitics inside its first token (لبرشلونة)
            if (first > 0 && doc.Tokens[first - 1].Span.Contains(m.Span.Start)) first--;
            if (first >= doc.Tokens.Count) continue;
            int sentence = doc.SentenceIndexAt(m.Span.Start);
            int lo = sentence >= 0 ? doc.Sentences[sentence].FirstToken : 0;
            int hi = sentence >= 0 ? doc.Sentences[sentence].EndToken : doc.Tokens.Count;
            if (IsSportsman(doc, mentions, m, first, lo))
            {
                m.Type = EntityType.PER;
                m.KbId = null;
                continue;
            }
            int after = first;
            while (after < hi && doc.Tokens[after].Start < m.Span.End) after++;
            // the paper's name is often quoted: صحيفة «الرياض»
            int cue = first > lo && IsOpeningQuote(doc.Tokens[first - 1]) ? first - 2 : first - 1;
            bool club = cue >= lo && IsWord(doc.Tokens[cue], _before)
                || after < hi && IsMasculineNisba(doc, doc.Tokens[after])
                || TaggerSaysOrganisation(m, tagger) && AboutSport(doc, lo, hi);
            if (!club) continue;
            m.Type = EntityType.ORG;
            m.KbId = null;
        }
    }

    /// <summary>
    /// Whether the mention opening at token <paramref name="first"/> is in apposition to a definite noun of a
    /// sportsman, directly or through a list of people joined by و.
    /// </summary>
    private bool IsSportsman(Document doc, List<Mention> mentions, Mention m, int first, int lo)
    {
        for (int hop = 0; hop < 8; hop++)
        {
            int before = first - 1;
            if (before < lo) return false;
            if (IsDefiniteSportsman(doc.Tokens[before])) return true;
            // و joined to the name (وريو) or standing alone before it: the name before it must be a person
            bool joined = _affixes.OpensWithConjunction(doc.Tokens[first].Proclitics);
            var t = doc.Tokens[before];
            bool alone = t.Kind == TokenKind.Word && t.Norm.Length == 1 && _affixes.ConjunctionOf(t.Norm[0]) != Clitic.None;
            if (joined == alone) return false;
            int end = joined ? doc.Tokens[first].Start : t.Start;
            var previous = mentions.FirstOrDefault(p => p != m && p.Type == EntityType.PER && !p.Nisba && p.Span.End <= end
                && doc.TokenIndexAtOrAfter(p.Span.End) >= (joined ? first : before));
            if (previous is null) return false;
            first = doc.TokenIndexAtOrAfter(previous.Span.Start);
            if (first > 0 && doc.Tokens[first - 1].Span.Contains(previous.Span.Start)) first--;
        }
        return false;
    }

    private bool IsDefiniteSportsman(Token t)
    {
        if (t.Kind != TokenKind.Word) return false;
        foreach (var r in t.Readings)
            if ((r.Article || r.HasEnclitic) && _person.Contains(r.Stem)) return true;
        return false;
    }

    private bool IsMasculineNisba(Document doc, Token t)
    {
        if (t.Kind != TokenKind.Word || t.Norm.Length < 4 || !_masculine.Any(e => t.Norm.EndsWith(e, StringComparison.Ordinal))) return false;
        return _kb.NisbaState(doc.TextOf(t.Span)) is not null;
    }

    private static bool TaggerSaysOrganisation(Mention m, IReadOnlyList<Mention> tagger)
    {
        foreach (var t in tagger)
            if (t.Type == EntityType.ORG && t.Span.Contains(m.Span)) return true;
        return false;
    }

    private bool AboutSport(Document doc, int lo, int hi)
    {
        for (int i = lo; i < hi; i++)
            if (IsWord(doc.Tokens[i], _sports)) return true;
        return false;
    }

    private static bool IsOpeningQuote(Token t) =>
        t.Kind == TokenKind.Punctuation && t.Norm.Length == 1
        && (t.Norm[0] is '"' or '\'' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(t.Norm[0]) == System.Globalization.UnicodeCategory.InitialQuotePunctuation);

    private static bool IsWord(Token t, HashSet<string> words) =>
        t.Kind == TokenKind.Word && (words.Contains(t.StemNorm) || words.Contains(t.Norm));
}
