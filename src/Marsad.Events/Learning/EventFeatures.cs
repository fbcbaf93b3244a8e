using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Attribution;
using Marsad.Events.Lexicons;
using Marsad.Mentions.Tagging;
using Marsad.Text.Numbers;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Events.Learning;

/// <summary>
/// Features of a candidate trigger and of an (event, actor phrase) pair. The trigger lexicon's type and
/// mode, the CAMEO verb types, the argument rules' reading (which phrases they take as source and
/// target, by what construction) and the modality cues are features here, not gates: the model weighs
/// them against the words around the trigger.
/// </summary>
public sealed class EventFeatures(EventLexicons lex, TypeDefaults defaults)
{
    private readonly ModalityDetector _modality = new(lex);

    private enum T
    {
        Bias = 1, Stem, Key, Form, Proclitics, Enclitic, Lexicon, LexiconMode, LexiconLemma, Verb, Cameo, Vocab,
        Prev, Next, Prev2, Next2, PrevKey, NextKey, RuleSource, RuleTarget, RuleBoth, Construction, Modality, Question,
        Phrases, Generic, Casualty, FirstWord, NextMarker, PrevMention, NextMention, Attributed, Governed, Negation,
        ARule, ASide, ADistance, AMarker, ABare, AFirstRight, ALastLeft, AType, ASector, ANominal, ATriggerBetween,
        AKey, ABoundary, AMarkerType, ANisba, AClauseOpen, APassive, ACount,
        ABefore, AProclitic, ACounted, ASpeaker, AHead, AOrder, AVerbBetween, ATriggerEnding, AHeadKey, ASectorKey,
        SentenceSector, NearActor, Background, TimeAnchor, Aspect,
    }

    public ulong[] Trigger(DocumentAnalysis a, Candidate c)
    {
        var f = new List<ulong>(48);
        var seq = a.Seq;
        var trig = c.Trigger;
        var tok = seq[trig.Start];
        var key = lex.StemKey.Of(tok.StemNorm);
        f.Add(FeatureHash.Of((int)T.Bias));
        f.Add(FeatureHash.Of((int)T.Stem, tok.StemNorm));
        f.Add(FeatureHash.Of((int)T.Key, key));
        f.Add(FeatureHash.Of((int)T.Form, tok.Norm));
        f.Add(FeatureHash.Of((int)T.Proclitics, tok.Proclitics));
        f.Add(FeatureHash.Of((int)T.Enclitic, trig.Reading.Enclitic));
        f.Add(FeatureHash.Of((int)T.Verb, trig.IsVerb ? "v" : "n"));
        if (c.FromLexicon)
        {
            f.Add(FeatureHash.Of((int)T.Lexicon, trig.Entry.Type.ToString()));
            f.Add(FeatureHash.Of((int)T.LexiconMode, trig.Entry.Type.ToString(), trig.Mode ?? ""));
            f.Add(FeatureHash.Of((int)T.LexiconLemma, trig.Entry.Lemma));
        }
        else f.Add(FeatureHash.Of((int)T.Vocab, trig.Type.ToString()));
        if (defaults.CameoVerbs.TryGetValue(key, out var cameo))
            foreach (var t in cameo) f.Add(FeatureHash.Of((int)T.Cameo, t.ToString()));
        f.Add(FeatureHash.Of((int)T.Prev, Word(seq, trig.Start - 1, trig.Start)));
        f.Add(FeatureHash.Of((int)T.Next, Word(seq, trig.End, trig.Start)));
        f.Add(FeatureHash.Of((int)T.Prev2, Word(seq, trig.Start - 2, trig.Start)));
        f.Add(FeatureHash.Of((int)T.Next2, Word(seq, trig.End + 1, trig.Start)));
        f.Add(FeatureHash.Of((int)T.PrevKey, Key(seq, trig.Start - 1, trig.Start)));
        f.Add(FeatureHash.Of((int)T.NextKey, Key(seq, trig.End, trig.Start)));
        var r = c.Rule;
        f.Add(FeatureHash.Of((int)T.RuleSource, r.Sources.Count > 0 ? "y" : "n"));
        f.Add(FeatureHash.Of((int)T.RuleTarget, r.Targets.Count > 0 ? "y" : "n"));
        f.Add(FeatureHash.Of((int)T.RuleBoth, trig.Type.ToString(), (r.Sources.Count > 0 ? "s" : "") + (r.Targets.Count > 0 ? "t" : "")));
        f.Add(FeatureHash.Of((int)T.Construction, r.Construction));
        bool attributed = a.Scopes.Exists(s => s.Start <= trig.Start && trig.Start < s.End);
        f.Add(FeatureHash.Of((int)T.Attributed, attributed ? "y" : "n"));
        var modality = _modality.Detect(seq, trig, r.WindowEnd, attributed, r.GovernedBy);
        f.Add(FeatureHash.Of((int)T.Modality, modality.ToString()));
        f.Add(FeatureHash.Of((int)T.Modality, modality.ToString(), trig.Type.ToString()));
        if (r.GovernedBy is { } g) f.Add(FeatureHash.Of((int)T.Governed, g.ToString()));
        if (Negated(seq, trig.Start)) f.Add(FeatureHash.Of((int)T.Negation));
        if (Background(seq, trig.Start)) f.Add(FeatureHash.Of((int)T.Background, trig.IsVerb ? "v" : "n"));
        if (trig.IsVerb)
        {
            // كان + imperfect describes a past state or habit (التي كانت تسيطر عليها); كان + قد + perfect an event before another
            bool aux = false;
            for (int k = trig.Start - 1; k >= Math.Max(0, trig.Start - 2) && seq.SentenceOf(k) == c.Sentence && !aux; k--)
                aux = seq[k].Kind == TokenKind.Word && lex.Functions.Is(seq[k], WordClass.Auxiliary);
            // a verb the lexicon lacks has no lemma to compare: an imperfect prefix letter is the weaker cue
            string aspect = c.FromLexicon ? (Imperfect(tok, trig.Entry) ? "impf" : "perf") : tok.StemNorm.Length > 3 && lex.Affixes.Imperfect.Contains(tok.StemNorm[0]) ? "impf?" : "perf?";
            f.Add(FeatureHash.Of((int)T.Aspect, (aux ? "aux-" : "") + aspect, trig.Type.ToString()));
        }
        var sent = seq.SentenceAt(trig.Start);
        // how the sentence anchors itself in time: news of the day says أمس or اليوم, a reference to an
        // earlier event gives its year (اغتيل عام 1999) or nothing
        bool anchored = false;
        foreach (var (expr, at) in a.Times)
            if (at < seq.End && seq.SentenceOf(at) == c.Sentence)
            {
                anchored = true;
                f.Add(FeatureHash.Of((int)T.TimeAnchor, expr.Relative ? "rel" : expr.Value is { } v ? v.Precision.ToString() : "-", trig.Type.ToString()));
            }
        if (!anchored) f.Add(FeatureHash.Of((int)T.TimeAnchor, "none", trig.Type.ToString()));
        int end = Math.Min(sent.EndToken, seq.End);
        for (int k = sent.FirstToken; k < end; k++)
            if (seq.IsPunct(k) && seq.FirstChar(k) is '?' or '؟') { f.Add(FeatureHash.Of((int)T.Question)); break; }
        f.Add(FeatureHash.Of((int)T.Phrases, Math.Min(c.Phrases.Count, 3)));
        foreach (var p in c.Phrases)
            if (p.Actors.Exists(e => e.Kind == EntityKind.Generic)) { f.Add(FeatureHash.Of((int)T.Generic)); break; }
        // who acts in the sentence tells what kind of event it reports: protesters protest, gunmen attack,
        // victims are counted; the actor next to the trigger is most often its subject (VSO) or object
        foreach (var p in c.Phrases)
            foreach (var e in p.Actors)
                if (e.Kind == EntityKind.Generic) f.Add(FeatureHash.Of((int)T.SentenceSector, e.Sector ?? "-"));
        foreach (var p in c.Phrases)
        {
            bool rightNext = p.Start >= trig.End && Words(seq, trig.End, p.Start) <= 1, leftNext = p.End <= trig.Start && Words(seq, p.End, trig.Start) == 0;
            if (!rightNext && !leftNext) continue;
            foreach (var e in p.Actors)
                f.Add(FeatureHash.Of((int)T.NearActor, (rightNext ? "R" : "L") + (e.Kind == EntityKind.Generic ? e.Sector ?? "-" : e.Type.ToString())));
        }
        foreach (var q in a.Quantities)
            if (seq.SentenceOf(q.Token) == c.Sentence && q.Quantity.Unit is "killed" or "wounded" or "arrested" or "abducted" or "displaced")
                f.Add(FeatureHash.Of((int)T.Casualty, q.Quantity.Unit));
        if (trig.Start == sent.FirstToken || (trig.Start > 0 && seq.IsPunct(trig.Start - 1))) f.Add(FeatureHash.Of((int)T.FirstWord));
        f.Add(FeatureHash.Of((int)T.NextMarker, trig.End < end && seq.MentionAt(trig.End) is null ? PhraseFinder.MarkerOf(seq, Math.Min(trig.End + 1, end - 1), lex) ?? "-" : "m"));
        f.Add(FeatureHash.Of((int)T.PrevMention, KindAt(seq, trig.Start - 1)));
        f.Add(FeatureHash.Of((int)T.NextMention, KindAt(seq, trig.End)));
        return Finish(f);
    }

    /// <summary>Features of <paramref name="p"/> as an argument of the event of <paramref name="type"/> at candidate <paramref name="c"/>.</summary>
    public ulong[] Argument(DocumentAnalysis a, Candidate c, ActorPhrase p, EventType type)
    {
        var f = new List<ulong>(64);
        var seq = a.Seq;
        var trig = c.Trigger;
        string ty = type.ToString();
        void Add(int template, string value)
        {
            f.Add(FeatureHash.Of(template, value));
            f.Add(FeatureHash.Of(template, value, ty));
        }
        bool right = p.Start >= trig.End;
        string side = right ? "R" : "L";
        string pos = trig.IsVerb ? "v" : "n";
        string rule = p.Actors.Exists(c.Rule.Sources.Contains) ? "src" : p.Actors.Exists(c.Rule.Targets.Contains) ? "tgt" : "none";
        Add((int)T.Bias, "");
        Add((int)T.ARule, rule);
        Add((int)T.ARule, rule + c.Rule.Construction);
        Add((int)T.ASide, side + pos);
        int gap = right ? Words(seq, trig.End, p.Start) : Words(seq, p.End, trig.Start);
        Add((int)T.ADistance, side + Bucket(gap));
        string marker = p.Marker ?? "bare";
        Add((int)T.AMarker, side + marker);
        Add((int)T.AMarkerType, side + marker + pos + trig.Entry.Lemma);
        Add((int)T.AKey, side + lex.StemKey.Of(seq[trig.Start].StemNorm));
        Add((int)T.AKey, side + marker + lex.StemKey.Of(seq[trig.Start].StemNorm));
        var firstRight = c.Phrases.FirstOrDefault(x => x.Start >= trig.End);
        var lastLeft = c.Phrases.LastOrDefault(x => x.End <= trig.Start);
        if (p == firstRight) Add((int)T.AFirstRight, marker + pos);
        if (p == lastLeft) Add((int)T.ALastLeft, marker + pos + (seq[trig.Start].Proclitics.StartsWith(lex.Affixes.LetterOf(Clitic.Wa)) ? "w" : ""));
        foreach (var e in p.Actors)
        {
            Add((int)T.AType, e.Type.ToString());
            if (e.Kind == EntityKind.Generic) Add((int)T.ASector, e.Sector ?? "-");
        }
        if (p.NisbaOnly) Add((int)T.ANisba, side);
        if (right && gap == 0 && !trig.IsVerb) Add((int)T.ANominal, marker);
        int from = right ? trig.End : p.End, to = right ? p.Start : trig.Start;
        bool boundary = false, between = false;
        for (int k = from; k < to; k++)
        {
            if (seq.IsPunct(k) && !seq.IsTransparent(k) && seq.FirstChar(k) is not ('-' or '–')) boundary = true;
            if (lex.IsTrigger(seq, k) || lex.IsReportingVerb(seq, k)) between = true;
        }
        if (boundary) Add((int)T.ABoundary, side);
        if (between) Add((int)T.ATriggerBetween, side);
        if (p.Marker == lex.AgentMarker) Add((int)T.APassive, side);
        Add((int)T.ACount, Math.Min(c.Phrases.Count, 4).ToString());

        // the word before the phrase: a preposition (ضد، على، من قبل), إن/أن (its noun is the subject of
        // the clause), a reporting verb (its subject is a speaker, not an actor), a number
        string before = p.Start > 0 && seq.SentenceOf(p.Start - 1) == c.Sentence ? Word(seq, p.Start - 1, p.Start) : "<s>";
        Add((int)T.ABefore, side + before);
        Add((int)T.ABefore, side + before + pos);
        Add((int)T.AProclitic, side + seq[p.Start].Proclitics + pos);
        // a counted phrase (خمسة أشخاص، 13 عراقيا، ثلاثة من رجال الشرطة) is how news reports victims
        if (Counted(seq, p.Start)) { Add((int)T.ACounted, side + pos); Add((int)T.ACounted, side + lex.StemKey.Of(seq[trig.Start].StemNorm)); }
        if (a.Scopes.Exists(s => s.Start <= trig.Start && trig.Start < s.End && s.Attribution.Entity is { } sp && p.Actors.Contains(sp)))
            Add((int)T.ASpeaker, side);
        if (p.Start > 0 && lex.IsReportingVerb(seq, p.Start - 1)) Add((int)T.ASpeaker, "after-verb");
        string head = HeadWord(seq, p);
        Add((int)T.AHead, side + head);
        Add((int)T.AHeadKey, side + head + lex.StemKey.Of(seq[trig.Start].StemNorm));
        foreach (var e in p.Actors)
            if (e.Kind == EntityKind.Generic) Add((int)T.ASectorKey, side + (e.Sector ?? "-") + lex.StemKey.Of(seq[trig.Start].StemNorm));
        int order = 0;
        foreach (var x in c.Phrases)
            if (right ? x.Start >= trig.End && x.Start < p.Start : x.End <= trig.Start && x.Start > p.Start) order++;
        Add((int)T.AOrder, side + Math.Min(order, 3) + pos);
        bool verb = false;
        for (int k = from; k < to && !verb; k++)
            verb = seq[k].Kind == TokenKind.Word && seq.MentionAt(k) is null && seq[k].Proclitics.Length == 0 && !seq[k].Norm.StartsWith(lex.Affixes.Article, StringComparison.Ordinal)
                && AllVerbReadings(seq.Readings(k));
        if (verb) Add((int)T.AVerbBetween, side);
        // the trigger's person ending: قتلوا after a counted phrase is a passive plural (قُتلوا)
        if (trig.IsVerb) Add((int)T.ATriggerEnding, side + Ending(seq[trig.Start].Norm));
        return Finish(f);
    }

    private static bool AllVerbReadings(ReadOnlySpan<WordReading> readings)
    {
        if (readings.IsEmpty) return false;
        foreach (var r in readings) if (!r.CanBeVerb) return false;
        return true;
    }

    /// <summary>A number (digits or a number word) right before the phrase, or before a من that opens it.</summary>
    private bool Counted(TokenSequence seq, int start)
    {
        int k = start - 1;
        if (k >= 0 && (lex.Functions.ClassOf(seq[k].Norm) & WordClass.Partitive) != 0) k--;
        if (k < 0 || seq.SentenceOf(k) != seq.SentenceOf(start)) return false;
        return seq[k].Kind == TokenKind.Number || (seq[k].Kind == TokenKind.Word && lex.Time.Numbers.Words.MayStart(seq[k]));
    }

    /// <summary>The phrase's head: a generic actor's lemma, else the named entity's type.</summary>
    private string HeadWord(TokenSequence seq, ActorPhrase p)
    {
        for (int k = p.Start; k < p.End; k++)
            if (seq.MentionAt(k) is { } m && !m.Nisba)
                return m.Entity?.Kind == EntityKind.Generic ? lex.StemKey.Of(seq[k].StemNorm) : "<" + m.Type + ">";
        return "<nisba>";
    }

    /// <summary>The perfect's person ending of a verb (وا، ت، ا), or "-".</summary>
    private string Ending(string norm)
    {
        foreach (var e in lex.Affixes.PersonEndings) if (norm.EndsWith(e, StringComparison.Ordinal)) return e;
        return "-";
    }

    /// <summary>The features sorted without repeats, sorted in the list itself so that only the result is allocated.</summary>
    private static ulong[] Finish(List<ulong> f)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(f);
        span.Sort();
        int n = 0;
        for (int i = 0; i < span.Length; i++) if (i == 0 || span[i] != span[i - 1]) span[n++] = span[i];
        return span[..n].ToArray();
    }

    private static string Word(TokenSequence seq, int i, int anchor)
    {
        if (i < 0 || i >= seq.End || seq.SentenceOf(i) != seq.SentenceOf(anchor)) return "<s>";
        if (seq.MentionAt(i) is { } m) return m.Entity?.Kind == EntityKind.Generic ? "<gen>" : "<" + m.Type + ">";
        return seq[i].Kind == TokenKind.Number ? "<num>" : seq[i].Norm;
    }

    private string Key(TokenSequence seq, int i, int anchor)
    {
        if (i < 0 || i >= seq.End || seq.SentenceOf(i) != seq.SentenceOf(anchor) || seq[i].Kind != TokenKind.Word) return "<s>";
        return lex.StemKey.Of(seq[i].StemNorm);
    }

    private static string KindAt(TokenSequence seq, int i) =>
        seq.MentionAt(i) is { } m ? (m.Entity?.Kind == EntityKind.Generic ? "gen" : m.Type.ToString()) : "-";

    /// <summary>
    /// A lexicon verb in the imperfect: its stem does not begin as its perfect lemma does (يقتلون against قتل,
    /// يتظاهرون against تظاهر). The imperfect reports what is habitual, going on or to come more than what happened.
    /// </summary>
    private static bool Imperfect(Token tok, TriggerEntry entry)
    {
        var lemma = entry.NormLemma;
        return lemma.Length >= 2 && !tok.StemNorm.StartsWith(lemma.AsSpan(0, lemma.Length - 1), StringComparison.Ordinal);
    }

    /// <summary>A negator as written in the two words before the trigger (لم يقع، لا توجد، لن; data/text/negators.tsv).</summary>
    private bool Negated(TokenSequence seq, int i)
    {
        for (int k = i - 1; k >= Math.Max(0, i - 2); k--)
            if (lex.Negators.Contains(seq[k].Norm)) return true;
        return false;
    }

    /// <summary>A background word (بعد، ذكرى، التحقيق) governing the trigger: right before it, or before a preposition before it.</summary>
    private bool Background(TokenSequence seq, int i)
    {
        int k = i - 1;
        if (k >= 0 && seq.SentenceOf(k) == seq.SentenceOf(i) && lex.IsArgumentPreposition(seq[k].Norm)) k--;
        return k >= 0 && seq.SentenceOf(k) == seq.SentenceOf(i) && seq[k].Kind == TokenKind.Word && lex.BackgroundCues.Contains(seq, k);
    }

    private static int Words(TokenSequence seq, int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++) if (!seq.IsPunct(k)) n++;
        return n;
    }

    private static string Bucket(int gap) => gap switch { 0 => "0", 1 => "1", 2 => "2", <= 5 => "3-5", <= 10 => "6-10", _ => "11+" };
}
