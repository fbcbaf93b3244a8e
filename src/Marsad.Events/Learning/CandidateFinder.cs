using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Attribution;
using Marsad.Events.Lexicons;
using Marsad.Events.Quantities;
using Marsad.Events.Triggers;
using Marsad.Text.Dates;
using Marsad.Text.Numbers;
using Marsad.Text.Words;

namespace Marsad.Events.Learning;

/// <summary>A candidate trigger with the arguments the rules give it, and its sentence's actor phrases.</summary>
public sealed record Candidate(int Sentence, TriggerMatch Trigger, ArgumentResult Rule, IReadOnlyList<ActorPhrase> Phrases, bool FromLexicon);

/// <summary>What the event stage reads off a document before deciding: candidates, times, quantities, sources.</summary>
public sealed class DocumentAnalysis(TokenSequence seq)
{
    public TokenSequence Seq { get; } = seq;
    public List<IReadOnlyList<ActorPhrase>> PhrasesBySentence { get; } = [];
    public List<(TimeExpression Expr, int Token)> Times { get; set; } = [];
    public List<PlacedQuantity> Quantities { get; set; } = [];
    public List<AttributionScope> Scopes { get; set; } = [];
    public List<Candidate> Candidates { get; } = [];
}

/// <summary>
/// Finds the candidate triggers of a document and runs the argument rules on each, the same way for
/// training and for extraction: words of the trigger lexicon, plus words whose stem key the model
/// learned as a trigger or that a UniversalPetrarch verb lemma of a type the model knows matches (these
/// get the type's default frame). Actor phrases are grouped per sentence and anaphors resolved.
/// </summary>
public sealed class CandidateFinder(EventLexicons lex, TypeDefaults defaults, NameStart nameStart)
{
    private readonly PhraseFinder _phrases = new(lex);
    private readonly TriggerFinder _triggers = new(lex);
    private readonly ArgumentAssigner _arguments = new(lex);
    private readonly AttributionFinder _attribution = new(lex, nameStart);
    private readonly QuantityReader _quantities = new(lex);

    public DocumentAnalysis Find(Document document, IReadOnlyDictionary<string, EventType>? vocabulary, Func<EventType, bool> known)
    {
        var seq = new TokenSequence(document);
        var a = new DocumentAnalysis(seq);
        var discourse = new Discourse();
        foreach (var s in document.Sentences)
        {
            var list = _phrases.Find(seq, s.FirstToken, Math.Min(s.EndToken, seq.End));
            foreach (var p in list)
            {
                if (p.Anaphor)
                    p.Actors.AddRange(discourse.LastTwo(p.Start, statesOnly: seq.HasStem(p.Start, lex.StateAnaphors)));
                discourse.Saw(p);
            }
            list.RemoveAll(p => !p.HasActors);
            a.PhrasesBySentence.Add(list);
        }
        a.Times = TimeExpressionFinder.Find(document, lex.Time).Select(t => (t, document.TokenIndexAtOrAfter(t.Span.Start))).ToList();
        a.Quantities = _quantities.Read(seq, lex.Time.Numbers.Find(document), a.Times.Select(t => t.Expr.Span).ToList());
        a.Scopes = _attribution.Find(seq, a.PhrasesBySentence);

        var walk = new Discourse();
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            var sent = document.Sentences[si];
            var phrases = a.PhrasesBySentence[si];
            var triggers = _triggers.Find(seq, sent);
            var found = new List<Candidate>();
            ArgumentResult? previous = null;
            TriggerMatch? previousTrigger = null;
            int phraseIndex = 0;
            foreach (var trig in triggers)
            {
                for (; phraseIndex < phrases.Count && phrases[phraseIndex].Start < trig.Start; phraseIndex++) walk.Saw(phrases[phraseIndex]);
                walk.LastSubject = discourse.LastSubject; walk.LastSubjectSentence = discourse.LastSubjectSentence;
                var args = _arguments.Assign(seq, trig, triggers, phrases, walk, previous, previousTrigger);
                previous = args; previousTrigger = trig;
                if (args.SourceFromPhrase) { discourse.LastSubject = args.Sources.ToList(); discourse.LastSubjectSentence = si; }
                found.Add(new Candidate(si, trig, args, phrases, true));
            }
            // learned candidates do not change the lexicon triggers' clause windows or the discourse
            foreach (var trig in Learned(seq, sent, triggers, vocabulary, known))
            {
                var local = new Discourse { LastSubject = discourse.LastSubject, LastSubjectSentence = discourse.LastSubjectSentence };
                foreach (var p in phrases) if (p.Start < trig.Start) local.Saw(p);
                var args = _arguments.Assign(seq, trig, InOrder(triggers, trig), phrases, local, null, null);
                found.Add(new Candidate(si, trig, args, phrases, false));
            }
            a.Candidates.AddRange(found.OrderBy(c => c.Trigger.Start));
            for (; phraseIndex < phrases.Count; phraseIndex++) walk.Saw(phrases[phraseIndex]);
        }
        return a;
    }

    /// <summary>The lexicon triggers (in text order) with <paramref name="extra"/> put in its place after those starting with it.</summary>
    private static List<TriggerMatch> InOrder(List<TriggerMatch> triggers, TriggerMatch extra)
    {
        var all = new List<TriggerMatch>(triggers.Count + 1);
        all.AddRange(triggers);
        int at = all.FindIndex(t => t.Start > extra.Start);
        all.Insert(at < 0 ? all.Count : at, extra);
        return all;
    }

    /// <summary>Words the lexicon missed whose stem key the model learned, or a known type's CAMEO verb lemma.</summary>
    private List<TriggerMatch> Learned(TokenSequence seq, Sentence sent, List<TriggerMatch> lexical, IReadOnlyDictionary<string, EventType>? vocabulary, Func<EventType, bool> known)
    {
        var triggers = new List<TriggerMatch>();
        int end = Math.Min(sent.EndToken, seq.End);
        int t = 0;
        for (int i = sent.FirstToken; i < end; i++)
        {
            while (t < lexical.Count && lexical[t].End <= i) t++;
            if (t < lexical.Count && lexical[t].Start <= i) continue;
            var tok = seq[i];
            if (tok.Kind != TokenKind.Word || seq.MentionAt(i) is not null || tok.StemNorm.Length < 3) continue;
            var key = lex.StemKey.Of(tok.StemNorm);
            EventType? type = null;
            if (vocabulary is not null && vocabulary.TryGetValue(key, out var v) && known(v)) type = v;
            bool cameo = false;
            // a CAMEO verb lemma counts only as a verb: no article or preposition before it, at most a conjunction (و، ف)
            if (type is null && (tok.Proclitics.Length == 0 || (tok.Proclitics.Length == 1 && lex.Affixes.ConjunctionOf(tok.Proclitics[0]) != Clitic.None))
                && defaults.CameoVerbs.TryGetValue(key, out var types))
                foreach (var c in types) if (known(c)) { type = c; cameo = true; break; }
            if (type is not { } ty) continue;
            WordReading reading = default;
            foreach (var r in seq.Readings(i)) if (r.Stem == tok.StemNorm) { reading = r; break; }
            bool verb = cameo || (reading.CanBeVerb && !_triggers.NounContext(seq, i));
            var entry = defaults.Entry(ty, verb, key);
            triggers.Add(new TriggerMatch(i, i + 1, entry, reading, ty, null, entry.Cameo) { Passive = TriggerFinder.IsPassive(seq, i, entry) });
        }
        return triggers;
    }
}
