using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Attribution;
using Marsad.Events.Lexicons;
using Marsad.Events.Quantities;
using Marsad.Events.Relations;
using Marsad.Events.Time;
using Marsad.Events.Triggers;
using Marsad.Text.Dates;
using Marsad.Text.Numbers;

namespace Marsad.Events;

/// <summary>
/// Pipeline stage "events": reads tokens, sentences and linked mentions, and adds the document's events
/// (PLOVER type, mode, CAMEO code, source and target actors, date, place, quantities, modality,
/// attribution, confidence) and relations (ROLE, FAMILY, MEMBER_OF, LEADS).
/// An event needs a source and a target actor; protests may lack a target and attacks a source
/// (their confidence is lower), everything else without both is dropped.
/// </summary>
public sealed class EventStage : IDocumentStage
{
    private readonly EventLexicons _lex;
    private readonly PhraseFinder _phrases;
    private readonly TriggerFinder _triggers;
    private readonly ArgumentAssigner _arguments;
    private readonly AttributionFinder _attribution;
    private readonly ModalityDetector _modality;
    private readonly QuantityReader _quantities;
    private readonly RelationExtractor _relations;

    public EventStage() : this(EventLexicons.Default) { }

    public EventStage(EventLexicons lexicons)
    {
        _lex = lexicons;
        _phrases = new PhraseFinder(lexicons);
        _triggers = new TriggerFinder(lexicons);
        _arguments = new ArgumentAssigner(lexicons);
        _attribution = new AttributionFinder(lexicons);
        _modality = new ModalityDetector(lexicons);
        _quantities = new QuantityReader(lexicons);
        _relations = new RelationExtractor(lexicons);
    }

    public string Name => "events";

    /// <summary>Events below this confidence are not output.</summary>
    public double MinConfidence { get; init; } = 0.4;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Events.Clear();
        document.Relations.Clear();
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        var seq = new TokenSequence(document);
        var discourse = new Discourse();

        // actor phrases per sentence, anaphors (الطرفين، البلدين) resolved against what came before
        var phrasesBySentence = new List<IReadOnlyList<ActorPhrase>>(document.Sentences.Count);
        foreach (var s in document.Sentences)
        {
            var list = _phrases.Find(seq, s.FirstToken, Math.Min(s.EndToken, seq.End));
            foreach (var p in list)
            {
                if (p.Anaphor)
                    p.Actors.AddRange(discourse.LastTwo(p.Start, statesOnly: seq.HasStem(p.Start, "بلدين", "بلدان", "دولتين", "دولتان")));
                discourse.Saw(p);
            }
            list.RemoveAll(p => !p.HasActors);
            phrasesBySentence.Add(list);
        }

        var times = TimeExpressionFinder.Find(document).Select(t => (t, document.TokenIndexAtOrAfter(t.Span.Start))).ToList();
        var quantities = _quantities.Read(seq, NumberFinder.Find(document), times.Select(t => t.t.Span).ToList());
        var scopes = _attribution.Find(seq, phrasesBySentence);

        var events = new List<(Event, bool, int, int)>();
        var walk = new Discourse();
        for (int si = 0; si < document.Sentences.Count; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = document.Sentences[si];
            var phrases = phrasesBySentence[si];
            var triggers = _triggers.Find(seq, sent);
            ArgumentResult? previous = null;
            TriggerMatch? previousTrigger = null;
            int phraseIndex = 0;
            var governing = new List<Event>();
            foreach (var trig in triggers)
            {
                for (; phraseIndex < phrases.Count && phrases[phraseIndex].Start < trig.Start; phraseIndex++) walk.Saw(phrases[phraseIndex]);
                walk.LastSubject = discourse.LastSubject; walk.LastSubjectSentence = discourse.LastSubjectSentence;
                var args = _arguments.Assign(seq, trig, triggers, phrases, walk, previous, previousTrigger);
                previous = args; previousTrigger = trig;
                if (args.SourceFromPhrase) { discourse.LastSubject = args.Sources.ToList(); discourse.LastSubjectSentence = si; }
                // directed events are dyadic: مصر والإمارات تدعمان حفتر is two events
                var sourceGroups = trig.Frame.Symmetric || args.Sources.Count <= 1 ? [args.Sources.ToList()] : args.Sources.Select(s => new List<Entity> { s }).ToList();
                var built = new List<Event>();
                foreach (var sources in sourceGroups)
                {
                    var ev = Build(seq, trig, args, sources, sent, times, scopes);
                    if (ev is null) continue;
                    built.Add(ev);
                    events.Add((ev, trig.Frame.Symmetric, trig.Start, args.WindowEnd));
                }
                // وقّعت تركيا وحكومة الوفاق مذكرة تفاهم للتعاون الأمني في نوفمبر 2019: the date after a nested
                // event noun dates the event that governs it too
                if (args.GovernedBy is not null || Nested(trig))
                    foreach (var g in governing) g.Date ??= built.FirstOrDefault(b => b.Date is not null)?.Date;
                governing = built;
            }
            for (; phraseIndex < phrases.Count; phraseIndex++) walk.Saw(phrases[phraseIndex]);
        }
        AttachQuantities(seq, quantities, events);
        document.Events.AddRange(EventMerger.Merge(events.Select(e => (e.Item1, e.Item2))).Where(e => e.Confidence >= MinConfidence));
        document.Relations.AddRange(_relations.Extract(seq));
    }

    private Event? Build(TokenSequence seq, TriggerMatch trig, ArgumentResult args, List<Entity> sources, Sentence sent,
        IReadOnlyList<(TimeExpression Expr, int Token)> times, List<AttributionScope> scopes)
    {
        bool both = sources.Count > 0 && args.Targets.Count > 0;
        bool oneSided = (trig.Type == EventType.PROTEST && sources.Count > 0) || (trig.Type == EventType.ASSAULT && args.Targets.Count > 0);
        if (!both && !oneSided) return null;
        var triggerSpan = new TextSpan(seq[trig.Start].Start, seq[trig.End - 1].End);
        var ev = new Event(trig.Type, triggerSpan, sent.Span) { Mode = trig.Mode, Cameo = trig.Cameo };
        if (trig.Frame.PersonSense is { } ps && sources.Exists(e => e.Type == EntityType.PER))
        {
            // هاجم الرئيس خصمه: a person "attacks" in words
            ev.Type = ps.Type; ev.Mode = ps.Mode; ev.Cameo = ps.Cameo;
        }
        ev.Sources.AddRange(sources);
        ev.Targets.AddRange(args.Targets);
        ev.Date = EventDater.Date(seq, times, trig.Start, trig.End, args.WindowStart, args.WindowEnd);
        ev.Location = LocationOf(seq, trig, args);
        var scope = scopes.LastOrDefault(s => s.Start <= trig.Start && trig.Start < s.End);
        ev.Attribution = scope?.Attribution;
        ev.Modality = _modality.Detect(seq, trig, args.WindowEnd, ev.Attribution is not null, args.GovernedBy);
        double conf = args.Confidence;
        if (!both) conf = Math.Min(conf, 0.35);
        if (ev.Modality == Modality.Hypothetical) conf *= 0.85;
        ev.Confidence = Math.Clamp(conf, 0.05, 0.95);
        return ev;
    }

    /// <summary>An event noun right after a preposition clitic (للتعاون، لدعم) continues the clause before it.</summary>
    private static bool Nested(TriggerMatch trig) => !trig.IsVerb && trig.Reading.HasPreposition;

    /// <summary>The first place in the event's window after "في" (مباحثات … في القاهرة).</summary>
    private static Entity? LocationOf(TokenSequence seq, TriggerMatch trig, ArgumentResult args)
    {
        for (int k = trig.End; k < args.WindowEnd; k++)
        {
            if (seq[k].Norm != "في" || k + 1 >= seq.End) continue;
            var e = seq.EntityAt(k + 1);
            if (e is { Type: EntityType.GPE or EntityType.LOC } && seq.MentionAt(k + 1) is { Nisba: false } && !args.Sources.Contains(e) && !args.Targets.Contains(e)) return e;
        }
        return null;
    }

    /// <summary>Each quantity goes to the nearest event of its sentence, preferring one whose window holds it.</summary>
    private static void AttachQuantities(TokenSequence seq, List<PlacedQuantity> quantities, List<(Event Event, bool Sym, int Start, int WindowEnd)> events)
    {
        foreach (var q in quantities)
        {
            int sentence = seq.SentenceOf(q.Token);
            (Event Event, bool Sym, int Start, int WindowEnd)? best = null;
            int bestD = int.MaxValue;
            foreach (var e in events)
            {
                if (seq.SentenceOf(e.Start) != sentence) continue;
                int d = q.Token >= e.Start && q.Token < e.WindowEnd ? q.Token - e.Start : 20 + Math.Abs(q.Token - e.Start);
                if (d < bestD) { bestD = d; best = e; }
            }
            best?.Event.Quantities.Add(q.Quantity);
        }
    }
}
