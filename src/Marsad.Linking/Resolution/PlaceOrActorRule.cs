using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Text.Names;
using Marsad.Text.Normalization;
using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Linking.Resolution;

public enum CapitalReading : byte { Unknown, Actor, Place }

/// <summary>
/// Whether a capital (القاهرة، موسكو) or a seat of power (الكرملين) stands for its state's
/// government or for the place, from the words around it in its sentence, in this order:
/// <list type="number">
/// <item>a place with the proclitic ب (بموسكو) or as a dateline (القاهرة – …);</item>
/// <item>two-word cues before it: a place after "an offensive on" (حملة على طرابلس) or a verb of
/// movement and its subject (زار ماكرون الجزائر), an actor
/// after a relation and its preposition (التعاون بين القاهرة، بدعم من موسكو، التنسيق مع أنقرة);</item>
/// <item>a place after a preposition, noun or verb of place (إلى القاهرة، في موسكو، مطار دمشق،
/// وصل القاهرة، العاصمة المصرية القاهرة);</item>
/// <item>an actor after a verb of speaking, deciding, supporting … (وردت القاهرة، حذر الكرملين),
/// a noun of stance (موقف موسكو) or أن/إن opening its clause (أن القاهرة ترفض), or before a verb
/// (القاهرة ترفض، موسكو أعلنت);</item>
/// <item>the second of two coordinated names reads like the first (بين القاهرة وباريس).</item>
/// </list>
/// Otherwise <see cref="CapitalReading.Unknown"/>: the caller decides.
/// Word lists: data/linking/actor-verbs.tsv, actor-cues.txt, place-cues.txt.
/// </summary>
public sealed class PlaceOrActorRule
{
    public static PlaceOrActorRule Load(DataFolder data, AffixTable affixes) => new(
        LexiconFile.Rows(data, "linking", "actor-verbs.tsv", 2).Select(r => (r.Fields[0], r.Fields[1])),
        LexiconFile.Lines(data, "linking", "actor-cues.txt"),
        LexiconFile.Lines(data, "linking", "place-cues.txt"), affixes);

    private readonly AffixTable _affixes;

    private readonly HashSet<string> _verbs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _actorOne = new(StringComparer.Ordinal), _actorTwo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeOne = new(StringComparer.Ordinal), _placeTwo = new(StringComparer.Ordinal);

    public PlaceOrActorRule(IEnumerable<(string Past, string Imperfect)> verbs, IEnumerable<string> actorCues, IEnumerable<string> placeCues, AffixTable affixes)
    {
        _affixes = affixes;
        foreach (var (past, imperfect) in verbs)
        {
            _verbs.Add(ArabicNormalizer.Normalize(past.Trim()));
            _verbs.Add(affixes.Verbs.FemininePerfect(past.Trim()));
            _verbs.Add(ArabicNormalizer.Normalize(imperfect.Trim()));
            if (affixes.Verbs.FeminineImperfect(imperfect.Trim()) is { } feminine) _verbs.Add(feminine);
        }
        AddCues(actorCues, _actorOne, _actorTwo);
        AddCues(placeCues, _placeOne, _placeTwo);
    }

    private static void AddCues(IEnumerable<string> cues, HashSet<string> one, HashSet<string> two)
    {
        foreach (var cue in cues)
        {
            var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w == "*" ? w : Key(w)).ToArray();
            if (words.Length == 1) one.Add(words[0]);
            else if (words.Length == 2) two.Add(words[0] + " " + words[1]);
            else throw new InvalidDataException($"capital cue '{cue}' has more than two words");
        }
    }

    /// <summary>Reading of the name at <paramref name="name"/> (a mention span) in <paramref name="doc"/>.</summary>
    public CapitalReading Decide(Document doc, TextSpan name) => Decide(doc, name, coordination: 2);

    private CapitalReading Decide(Document doc, TextSpan name, int coordination)
    {
        int first = doc.TokenIndexAtOrAfter(name.Start);
        if (first >= doc.Tokens.Count) return CapitalReading.Unknown;
        int last = first;
        while (last + 1 < doc.Tokens.Count && doc.Tokens[last + 1].Start < name.End) last++;
        int sentence = doc.SentenceIndexAt(name.Start);
        int lo = sentence >= 0 ? doc.Sentences[sentence].FirstToken : 0;
        int hi = sentence >= 0 ? doc.Sentences[sentence].EndToken : doc.Tokens.Count;

        var head = doc.Tokens[first];
        // the letters of the name's token before the name: the segmenter's own split is not trusted
        // for names (it would read the ب of باريس as a preposition)
        var attached = head.Start < name.Start ? ArabicNormalizer.Normalize(doc.Text.AsSpan(head.Start, name.Start - head.Start)) : "";
        if (attached.Contains(_affixes.LetterOf(Clitic.Bi))) return CapitalReading.Place;

        var prev = Word(doc, first - 1, lo);
        var prev2 = prev is null ? null : Word(doc, first - 2, lo);
        var next = last + 1 < hi ? doc.Tokens[last + 1] : null;

        if (prev is null && first == lo && next is { Kind: TokenKind.Punctuation } && doc.Text[next.Start] is '-' or '–' or '—')
            return CapitalReading.Place; // dateline

        if (prev2 is not null && prev is not null)
        {
            foreach (var a in Keys(prev2))
                foreach (var b in Keys(prev))
                {
                    if (_placeTwo.Contains(a + " " + b)) return CapitalReading.Place;
                    if (_actorTwo.Contains(a + " " + b)) return CapitalReading.Actor;
                }
        }
        if (prev is not null)
        {
            if (AnyIn(prev, _placeOne)) return CapitalReading.Place;
            // apposition: العاصمة المصرية القاهرة
            if (prev2 is not null && prev.Norm.EndsWith(_affixes.FeminineNisba, StringComparison.Ordinal) && AnyIn(prev2, _placeOne)) return CapitalReading.Place;
            if (AnyIn(prev, _verbs) || AnyIn(prev, _actorOne)) return CapitalReading.Actor;
            // a verb of movement, its subject, then the place: زار ماكرون الجزائر
            if (prev2 is not null && Keys(prev2).Any(a => _placeTwo.Contains(a + " *"))) return CapitalReading.Place;
        }
        // subject before its verb (القاهرة ترفض، موسكو ستعلن); a verb after و/ف starts a new clause instead
        if (next is { Kind: TokenKind.Word } && (_verbs.Contains(next.Norm) || (next.Norm.StartsWith(_affixes.Future) && _verbs.Contains(next.Norm[1..]))))
            return CapitalReading.Actor;
        // the second of two coordinated names: بين القاهرة وباريس
        if (coordination > 0 && attached.Length == 1 && _affixes.ConjunctionOf(attached[0]) == Clitic.Wa && prev is not null)
            return Decide(doc, prev.Span, coordination - 1);
        return CapitalReading.Unknown;
    }

    private static Token? Word(Document doc, int i, int lo) =>
        i >= lo && doc.Tokens[i].Kind == TokenKind.Word ? doc.Tokens[i] : null;

    private bool AnyIn(Token t, HashSet<string> set)
    {
        foreach (var k in Keys(t)) if (set.Contains(k)) return true;
        return false;
    }

    /// <summary>Readings of a context word for lookup: as written, without و/ف, and as the segmenter's
    /// stem, each without the article.</summary>
    private IEnumerable<string> Keys(Token t)
    {
        yield return Key(t.Norm);
        if (t.Norm.Length > 3 && _affixes.ConjunctionOf(t.Norm[0]) != Clitic.None) yield return Key(t.Norm[1..]);
        if (t.StemNorm != t.Norm) yield return t.StemNorm;
    }

    private static string Key(string word) => NameKeys.StripArticle(ArabicNormalizer.Normalize(word.Trim()));
}
