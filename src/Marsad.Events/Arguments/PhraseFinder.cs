using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;

namespace Marsad.Events.Arguments;

/// <summary>
/// Finds the actor phrases of a sentence (<see cref="ActorPhrase"/>): mentions grouped with the titles,
/// ranks, adjectives, nisbas and idafa nouns around them, split into conjuncts at و and "-", each
/// conjunct reduced to its head (a person; else an organisation or state; else its nisba adjectives).
/// </summary>
public sealed class PhraseFinder(EventLexicons lex)
{
    /// <summary>Stand-alone prepositions that mark an argument, normalised.</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "الي", "مع", "ضد", "من", "علي", "بين", "عن", "في", "حول", "لدي", "عبر", "نحو", "تجاه", "ازاء", "بشان", "خلال", "قرب", "لصالح", "بحق", "امام",
    };

    private static readonly HashSet<string> s_anaphors = new(StringComparer.Ordinal)
    {
        "جانبين", "جانبان", "طرفين", "طرفان", "بلدين", "بلدان", "دولتين", "دولتان", "حكومتين", "حكومتان",
    };

    /// <summary>Words that never join a phrase: particles and clause openers.</summary>
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "ان", "انه", "انها", "الذي", "التي", "الذين", "اللذين", "قد", "لم", "لن", "لا", "ما", "كما", "حيث", "بعد", "قبل",
        "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يكون", "تكون", "اي", "كل", "بعض", "غير", "عند", "منذ", "بينما", "فيما", "لكن", "اذا", "او", "ثم", "و", "امس", "اليوم",
    };

    public List<ActorPhrase> Find(TokenSequence seq, int first, int end, Func<ActorPhrase, List<Entity>>? resolveAnaphor = null)
    {
        var phrases = new List<ActorPhrase>();
        int i = first;
        while (i < end)
        {
            int j = PhraseEnd(seq, i, end);
            if (j <= i) { i++; continue; }
            var p = Build(seq, i, j);
            if (p.Anaphor && resolveAnaphor is not null) p.Actors.AddRange(resolveAnaphor(p));
            // an apposition names the person before it again (السراج رئيس حكومة الوفاق): not a second argument
            bool apposition = phrases.Count > 0 && phrases[^1].End == i && p.IsBare && IsTitle(seq, i)
                && phrases[^1].Actors.Exists(a => a.Type == EntityType.PER) && !p.Actors.Exists(a => a.Type == EntityType.PER);
            if ((p.HasActors || p.Anaphor) && !apposition) phrases.Add(p);
            i = j;
        }
        return phrases;
    }

    /// <summary>End (exclusive) of the phrase starting at <paramref name="i"/>, or i when none starts there.</summary>
    private int PhraseEnd(TokenSequence seq, int i, int end)
    {
        if (!StartsPhrase(seq, i, end)) return i;
        int j = i;
        bool titled = false, hasNamed = false, hasPerson = false;
        Mention? last = null;
        while (j < end)
        {
            bool conj = j > i && (IsDash(seq, j) || (seq[j].Kind == TokenKind.Word && seq[j].Proclitics.StartsWith('و')));
            var m = seq.MentionAt(j);
            if (conj && (m is null || m != last)) { titled = hasNamed = hasPerson = false; last = null; }
            if (m is not null)
            {
                if (m != last && !m.Nisba)
                {
                    bool person = m.Entity!.Type == EntityType.PER;
                    // two names side by side are two phrases (استقبل السيسي حفتر), except a person after a
                    // title-led organisation (رئيس حكومة الوفاق فائز السراج) or after a kinship word
                    bool apposition = person && !hasPerson && (titled || (j > i && IsTitle(seq, j - 1)));
                    if ((hasNamed || hasPerson) && !apposition) break;
                    hasNamed |= !person; hasPerson |= person;
                }
                last = m; j++; continue;
            }
            if (IsTitle(seq, j))
            {
                // a title after a name opens its own phrase: السيسي نظيره الفرنسي ماكرون; حفتر قائد الجيش
                if (hasPerson || hasNamed) break;
                if (!hasNamed) titled = true;
                j = Skip(seq, j); continue;
            }
            if (seq.IsTransparent(j) || IsAnaphor(seq, j)) { j++; continue; }
            if (j > i && IsDash(seq, j) && j + 1 < end && StartsPhrase(seq, j + 1, end)) { j++; continue; }
            if (j > i && IsAdjective(seq, j) && !conj && IsGlue(seq, j)) { j++; continue; }
            // an idafa chain opens a new phrase after a name: زار حفتر | حاملة الطائرات الروسية
            if (last is null && GluesToNext(seq, j, end)) { j++; continue; }
            break;
        }
        // trailing dashes and quotes are not part of the phrase
        while (j > i + 1 && (IsDash(seq, j - 1) || seq.IsTransparent(j - 1))) j--;
        return j;
    }

    private int Skip(TokenSequence seq, int j)
    {
        var t = lex.Titles.First(seq, j);
        return t is { } m ? j + m.Length : j + 1;
    }

    private bool StartsPhrase(TokenSequence seq, int i, int end)
    {
        if (seq.IsPunct(i)) return seq.IsTransparent(i) && i + 1 < end && seq.MentionAt(i + 1) is not null;
        if (seq.MentionAt(i) is not null || IsTitle(seq, i) || IsAnaphor(seq, i)) return true;
        return GluesToNext(seq, i, end);
    }

    /// <summary>
    /// An idafa or adjective chain that ends in a mention: قوات حفتر، نظام الأسد، الأجهزة الأمنية المصرية.
    /// Triggers, reporting verbs, particles and prepositions never glue.
    /// </summary>
    private bool GluesToNext(TokenSequence seq, int i, int end)
    {
        for (int k = i, n = 0; k < end && n < 4; k++, n++)
        {
            if (seq.MentionAt(k) is not null) return k > i;
            if (!IsGlue(seq, k)) return false;
        }
        return false;
    }

    private bool IsGlue(TokenSequence seq, int k)
    {
        var t = seq[k];
        if (t.Kind != TokenKind.Word) return seq.IsTransparent(k);
        if (s_stop.Contains(t.Norm) || Prepositions.Contains(t.Norm) || t.Proclitics.Contains('س')) return false;
        if (lex.IsTrigger(seq, k) || lex.IsReportingVerb(seq, k) || lex.SupportWords.Contains(seq, k)
            || lex.ModalityCues.Contains(seq, k) || lex.AccordingTo.Contains(seq, k)) return false;
        return true;
    }

    public bool IsTitle(TokenSequence seq, int i) => seq[i].Kind == TokenKind.Word && lex.Titles.First(seq, i) is not null;

    private static bool IsDash(TokenSequence seq, int i) => seq.IsPunct(i) && seq.FirstChar(i) is '-' or '–' or '—' or '/';

    public static bool IsAnaphor(TokenSequence seq, int i)
    {
        foreach (var a in seq.Readings(i)) if (a.Article && s_anaphors.Contains(a.Stem)) return true;
        return false;
    }

    /// <summary>A definite adjective of relation (الأمنية، العسكري، الاستخباراتيين) or one without article after a noun.</summary>
    public static bool IsAdjective(TokenSequence seq, int i)
    {
        var t = seq[i];
        if (t.Kind != TokenKind.Word) return false;
        var s = t.StemNorm;
        return s.Length >= 4 && (s.EndsWith('ي') || s.EndsWith("يه") || s.EndsWith("يين") || s.EndsWith("يون") || s.EndsWith("يتين"));
    }

    private ActorPhrase Build(TokenSequence seq, int start, int end)
    {
        var p = new ActorPhrase { Start = start, End = end, Marker = MarkerOf(seq, start) };
        // conjuncts: split at a و proclitic on a phrase word, and at dashes
        var conjunct = new List<Mention>();
        bool anaphor = false;
        for (int i = start; i < end; i++)
        {
            bool split = i > start && (IsDash(seq, i) || (seq[i].Kind == TokenKind.Word && seq[i].Proclitics.StartsWith('و') && !InsideMention(seq, i)));
            if (split) { Close(p, conjunct); conjunct.Clear(); }
            if (IsAnaphor(seq, i)) anaphor = true;
            var m = seq.MentionAt(i);
            if (m is not null && !conjunct.Contains(m)) conjunct.Add(m);
        }
        Close(p, conjunct);
        p.Anaphor = anaphor && p.Actors.Count == 0;
        return p;
    }

    private static bool InsideMention(TokenSequence seq, int i)
    {
        var m = seq.MentionAt(i);
        return m is not null && m == seq.MentionAt(i - 1);
    }

    private static void Close(ActorPhrase p, List<Mention> conjunct)
    {
        if (conjunct.Count == 0) return;
        var person = conjunct.FirstOrDefault(m => m.Entity!.Type == EntityType.PER && !m.Nisba);
        var named = conjunct.FirstOrDefault(m => !m.Nisba && m.Entity!.Type is EntityType.ORG or EntityType.GPE or EntityType.LOC);
        List<Mention> heads = person is not null ? [person] : named is not null ? [named] : conjunct.Where(m => m.Nisba).ToList();
        bool nisbaHeads = person is null && named is null;
        foreach (var h in heads)
            if (!p.Actors.Contains(h.Entity!) && h.Entity!.Type != EntityType.MISC) p.Actors.Add(h.Entity!);
        foreach (var m in conjunct) if (!heads.Contains(m)) p.Modifiers.Add(m);
        p.NisbaOnly = (p.Actors.Count == heads.Count || p.NisbaOnly) && nisbaHeads && p.Actors.Count > 0;
    }

    /// <summary>The preposition clitic (ب ل ك) of a token, not counting the article (الرئيس has none; للرئيس has ل).</summary>
    public static char PrepClitic(Token t)
    {
        if (t.Kind != TokenKind.Word) return '\0';
        var p = t.Proclitics;
        if (p.EndsWith("لل", StringComparison.Ordinal)) return 'ل';
        if (p.EndsWith("ال", StringComparison.Ordinal)) p = p[..^2];
        foreach (char c in p) if (c is 'ب' or 'ل' or 'ك') return c;
        return '\0';
    }

    /// <summary>The preposition introducing a phrase: a clitic on its first token or the word before it.</summary>
    public static string? MarkerOf(TokenSequence seq, int start)
    {
        var first = seq[start];
        var m = seq.MentionAt(start);
        if (m is not null && m.Span.Start > first.Start)
        {
            var pre = Text.Normalization.ArabicNormalizer.Normalize(seq.Document.Text.AsSpan(first.Start, m.Span.Start - first.Start));
            if (pre.Contains('ب')) return "ب";
            if (pre.Contains('ل')) return "ل";
            if (pre.Contains('ك')) return "ك";
        }
        else if (m is null && PrepClitic(first) is var c && c != '\0') return c.ToString();
        int b = start - 1;
        while (b >= 0 && seq.IsTransparent(b)) b--;
        if (b < 0 || seq.SentenceOf(b) != seq.SentenceOf(start)) return null;
        var norm = seq[b].Norm;
        if (norm.Length > 2 && norm[0] is 'و' or 'ف' && Prepositions.Contains(norm[1..])) norm = norm[1..];
        if (norm == "قبل" && b > 0 && seq[b - 1].Norm == "من") return "من_قبل";
        if (norm == "يد" && b > 0 && seq[b - 1].Norm == "علي") return "من_قبل";
        if (Prepositions.Contains(norm)) return norm;
        return null;
    }
}
