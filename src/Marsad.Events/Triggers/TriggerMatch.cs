using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Events.Triggers;

/// <summary>A trigger found in a sentence: token range, its lexicon sense and the mode and code chosen in context.</summary>
public sealed record TriggerMatch(int Start, int End, TriggerEntry Entry, WordReading Reading, EventType Type, string? Mode, string Cameo)
{
    public bool IsVerb => Entry.IsVerb;
    /// <summary>A passive verb: a passive form of the lexicon (اغتيل) or one its writer vowelled so (قُتل، اعتُقل).</summary>
    public bool Passive { get; init; }
    /// <summary>A word of the frame's "unless" class follows: احتلت السعودية المرتبة الثالثة ranks, it occupies nothing.</summary>
    public bool Idiom { get; init; }
    public ArgumentFrame Frame => Entry.Frame;
}

/// <summary>
/// Finds event triggers in a sentence through the trigger lexicon, choosing between a verb and a noun
/// reading (دعم: "he supported" or "support"), checking a frame's word-class requirement (إرسال needs
/// arms or troops nearby), and reading the mode from the adjective or "مجال" phrase after a noun.
/// </summary>
public sealed class TriggerFinder(EventLexicons lex)
{
    private const int ThingWindow = 6;
    /// <summary>The preposition clitics after which a bare form reads as a noun (بدعم، كقصف).</summary>
    private readonly char _bi = lex.Affixes.LetterOf(Clitic.Bi), _ka = lex.Affixes.LetterOf(Clitic.Ka);

    public List<TriggerMatch> Find(TokenSequence seq, Sentence sentence)
    {
        var found = new List<TriggerMatch>();
        int end = Math.Min(sentence.EndToken, seq.End);
        for (int i = sentence.FirstToken; i < end; i++)
        {
            if (seq[i].Kind != TokenKind.Word || seq.MentionAt(i) is not null) continue;
            var matches = lex.Triggers.Match(seq, i, (a, e) => e.IsVerb ? a.CanBeVerb : a.CanBeNoun);
            if (matches.Count == 0) continue;
            var chosen = Choose(seq, i, end, matches);
            if (chosen is null) continue;
            var m = chosen.Value;
            var (type, mode, cameo) = ModeOf(seq, i + m.Length, end, m.Value);
            found.Add(new TriggerMatch(i, i + m.Length, m.Value, m.First, type, mode, cameo) { Passive = IsPassive(seq, i, m.Value), Idiom = m.Value.Frame.Unless is { } u && HasThing(seq, i + m.Length, end, u) });
            i += m.Length - 1;
        }
        return found;
    }

    public static bool IsPassive(TokenSequence seq, int i, TriggerEntry e) =>
        e.IsVerb && (e.Frame.Passive || VoiceMarks.IsMarkedPassive(seq.Document.Text.AsSpan(seq[i].Start, seq[i].End - seq[i].Start)));

    private FormMatch<TriggerEntry>? Choose(TokenSequence seq, int i, int end, IReadOnlyList<FormMatch<TriggerEntry>> matches)
    {
        var ok = matches.Where(m => m.Value.Frame.Thing is not { } cls || HasThing(seq, i + m.Length, end, cls)).ToList();
        if (ok.Count == 0) return null;
        bool nounContext = NounContext(seq, i);
        // a reading without a pronoun suffix wins (استضافة is "hosting", not استضاف + ه), then the one fitting the context
        int plain = ok.Exists(m => m.First.Enclitic.Length == 0) ? 1 : 0;
        if (plain == 1) ok.RemoveAll(m => m.First.Enclitic.Length > 0 && ok.Exists(o => o.Length >= m.Length && o.First.Enclitic.Length == 0));
        var fitting = ok.Where(m => m.Value.IsVerb != nounContext).ToList();
        return (fitting.Count > 0 ? fitting : ok).MaxBy(m => m.Length);
    }

    /// <summary>
    /// A bare form like دعم/رفض/قصف reads as a noun after the article, a preposition, a support verb or
    /// another noun; as a verb at the start of a clause or after و/ف.
    /// </summary>
    public bool NounContext(TokenSequence seq, int i)
    {
        var t = seq[i];
        var p = t.Proclitics;
        if (p.Contains(lex.Affixes.Article, StringComparison.Ordinal) || p.Contains(_bi) || p.Contains(_ka)) return true;
        if (lex.Affixes.OpensWithConjunction(p)) return false;
        if (i == 0 || seq.SentenceOf(i - 1) != seq.SentenceOf(i) || seq.IsPunct(i - 1)) return false;
        var prev = seq[i - 1].Norm;
        // إلى and على are argument prepositions; after أنّ its subject, a noun, follows
        return lex.IsArgumentPreposition(prev) || lex.SupportWords.Contains(seq, i - 1) || lex.IsTrigger(seq, i - 1)
            || (lex.Functions.ClassOf(prev) & WordClass.Nominal) != 0;
    }

    private bool HasThing(TokenSequence seq, int from, int end, string cls)
    {
        for (int k = from; k < end && k < from + ThingWindow; k++)
            foreach (var m in lex.Things.Match(seq, k))
                if (m.Value == cls) return true;
        return false;
    }

    /// <summary>Mode from the adjectives right after a trigger (التعاون العسكري والأمني) or "في مجال X".</summary>
    private (EventType, string?, string) ModeOf(TokenSequence seq, int from, int end, TriggerEntry e)
    {
        string? mode = e.Mode;
        if (!e.IsVerb)
        {
            for (int k = from; k < end && k < from + 5; k++)
            {
                if (seq.IsPunct(k) && !seq.IsTransparent(k)) break;
                var cue = lex.ModeCues.First(seq, k);
                if (cue is { } c) { mode = c.Value; break; }
                if (seq.HasStem(k, lex.ModeFields)) continue;
                if (!Arguments.PhraseFinder.IsAdjective(seq, k, lex)) break;
            }
        }
        if (e.Frame.Thing == "arms" && mode is null) mode = "military";
        if (mode is null) return (e.Type, null, e.Cameo);
        var (type, cameo) = lex.Remap(e.Type, mode, e.Cameo);
        return (type, mode, cameo);
    }
}
