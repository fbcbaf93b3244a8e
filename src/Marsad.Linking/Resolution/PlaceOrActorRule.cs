using Marsad.Core.Model;
using Marsad.Text.Normalization;

namespace Marsad.Linking.Resolution;

public enum CapitalReading : byte { Unknown, Actor, Place }

/// <summary>
/// Whether a capital (القاهرة، موسكو) or a seat of power (الكرملين) stands for its state's
/// government or for the place, from the words around it in its sentence:
/// <list type="bullet">
/// <item>a place after a preposition or noun of place (وصل إلى القاهرة، في موسكو، مطار دمشق)
/// or with the proclitic ب (بموسكو);</item>
/// <item>an actor next to a verb of speaking, deciding, supporting … (وردت القاهرة، أعلنت موسكو،
/// حذر الكرملين، أنقرة ترفض), after a noun of stance or action (موقف موسكو، دعم أنقرة) or after
/// "من" that follows one (بدعم من موسكو).</item>
/// </list>
/// Place cues win over actor cues: in "قالت مصادر في موسكو" the sources, not Moscow, speak.
/// Word lists: data/linking/actor-verbs.tsv, actor-cues.txt, place-cues.txt.
/// </summary>
public sealed class PlaceOrActorRule
{
    private static readonly Lazy<PlaceOrActorRule> s_default = new(() => new PlaceOrActorRule(
        LexiconFile.Rows("actor-verbs.tsv", 2).Select(r => (r[0], r[1])),
        LexiconFile.Lines("actor-cues.txt"),
        LexiconFile.Lines("place-cues.txt")));
    public static PlaceOrActorRule Default => s_default.Value;

    private readonly HashSet<string> _verbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actorNouns;
    private readonly HashSet<string> _placeWords;

    public PlaceOrActorRule(IEnumerable<(string Past, string Imperfect)> verbs, IEnumerable<string> actorNouns, IEnumerable<string> placeWords)
    {
        foreach (var (past, imperfect) in verbs)
        {
            var p = Fold(past);
            var ip = Fold(imperfect);
            _verbs.Add(p);
            _verbs.Add((p[^1] is 'ا' or 'ي' && p.Length > 2 ? p[..^1] : p) + "ت");
            _verbs.Add(ip);
            if (ip.StartsWith('ي')) _verbs.Add("ت" + ip[1..]);
        }
        _actorNouns = new HashSet<string>(actorNouns.Select(Fold), StringComparer.Ordinal);
        _placeWords = new HashSet<string>(placeWords.Select(Fold), StringComparer.Ordinal);
    }

    /// <summary>Reading of the name at <paramref name="name"/> (a mention span) in <paramref name="doc"/>.</summary>
    public CapitalReading Decide(Document doc, TextSpan name)
    {
        int first = doc.TokenIndexAtOrAfter(name.Start);
        if (first >= doc.Tokens.Count) return CapitalReading.Unknown;
        int last = first;
        while (last + 1 < doc.Tokens.Count && doc.Tokens[last + 1].Start < name.End) last++;
        int sentence = doc.SentenceIndexAt(name.Start);
        int lo = sentence >= 0 ? doc.Sentences[sentence].FirstToken : 0;
        int hi = sentence >= 0 ? doc.Sentences[sentence].EndToken : doc.Tokens.Count;

        var head = doc.Tokens[first];
        // a proclitic attached to the name itself: بموسكو is "in Moscow"
        if (head.Start < name.Start && ProcliticsBefore(doc, head, name.Start).Contains('ب')) return CapitalReading.Place;

        var prev = first - 1 >= lo ? doc.Tokens[first - 1] : null;
        var prev2 = first - 2 >= lo ? doc.Tokens[first - 2] : null;
        var next = last + 1 < hi ? doc.Tokens[last + 1] : null;

        if (prev is not null && IsWord(prev) && _placeWords.Contains(Bare(prev)))
        {
            // بدعم من موسكو: "from" after a noun of stance names the actor behind it
            if (Bare(prev) == "من" && prev2 is not null && IsWord(prev2) && _actorNouns.Contains(prev2.StemNorm)) return CapitalReading.Actor;
            return CapitalReading.Place;
        }
        if (prev is not null && IsWord(prev) && (_verbs.Contains(Bare(prev)) || _actorNouns.Contains(Bare(prev)))) return CapitalReading.Actor;
        // subject before its verb (القاهرة ترفض); a verb after و/ف starts a new clause instead
        if (next is not null && IsWord(next) && _verbs.Contains(next.Norm)) return CapitalReading.Actor;
        return CapitalReading.Unknown;
    }

    /// <summary>The token's normal form without و/ف (and ب/ل for nouns: بدعم → دعم), keeping a verb whole.</summary>
    private string Bare(Token t)
    {
        if (_verbs.Contains(t.Norm) || _placeWords.Contains(t.Norm) || _actorNouns.Contains(t.Norm)) return t.Norm;
        var n = t.Norm;
        if (n.Length > 3 && n[0] is 'و' or 'ف')
        {
            n = n[1..];
            if (_verbs.Contains(n) || _placeWords.Contains(n) || _actorNouns.Contains(n)) return n;
        }
        return t.Proclitics.EndsWith("ال", StringComparison.Ordinal) ? "ال" + t.StemNorm : t.StemNorm;
    }

    /// <summary>The letters of the token before the mention starts (the segmenter's own split is not
    /// trusted for names: it would read the ب of باريس as a preposition).</summary>
    private static string ProcliticsBefore(Document doc, Token token, int nameStart) =>
        ArabicNormalizer.Normalize(doc.Text.AsSpan(token.Start, nameStart - token.Start));

    private static bool IsWord(Token t) => t.Kind == TokenKind.Word;

    private static string Fold(string word) => ArabicNormalizer.Normalize(word.Trim());
}
