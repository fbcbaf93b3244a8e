using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Attribution;
using Marsad.Events.Learning;
using Marsad.Events.Lexicons;
using Marsad.Events.Quantities;
using Marsad.Events.Relations;
using Marsad.Events.Time;
using Marsad.Events.Triggers;
using Marsad.Text.Words;

namespace Marsad.Events;

/// <summary>
/// Pipeline stage "events": reads tokens, sentences and linked mentions, and adds the document's events
/// (PLOVER type, mode, CAMEO code, source and target actors, date, place, quantities, modality,
/// attribution, confidence) and relations (ROLE, FAMILY, MEMBER_OF, LEADS).
/// Candidate triggers and their rule arguments come from <see cref="CandidateFinder"/>; the trained
/// <see cref="EventModel"/> decides whether each is an event, of which type, and which actor phrases are
/// its source and target. An event may have one side or none (DESIGN.md, "Events may have one side").
/// Types the model has no training for keep the rules: an event needs both a source and a target.
/// </summary>
public sealed class EventStage : IDocumentStage
{
    private readonly CandidateFinder _candidates;
    private readonly EventDecider _decider;
    private readonly ModalityDetector _modality;
    private readonly ThreatScope _threats;
    private readonly RelationExtractor _relations;
    private readonly EventDater _dater;
    private readonly NewsDate _newsDate;
    private readonly EventModel? _model;
    private readonly FunctionWords _functions;

    /// <param name="nameStart">Where an attributed source's name starts in its first word.</param>
    public EventStage(EventLexicons lexicons, EventModel? model, NameStart nameStart)
    {
        var defaults = lexicons.Defaults;
        _model = model;
        _candidates = new CandidateFinder(lexicons, defaults, nameStart);
        _decider = new EventDecider(new EventFeatures(lexicons, defaults), defaults, model);
        _modality = new ModalityDetector(lexicons);
        _threats = new ThreatScope(lexicons);
        _relations = new RelationExtractor(lexicons);
        _functions = lexicons.Functions;
        _dater = new EventDater(lexicons.Functions);
        _newsDate = new NewsDate(lexicons.Functions);
    }

    public string Name => "events";
    public DocumentLayers Reads => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Mentions | DocumentLayers.Entities;
    /// <summary>The publication date, against which relative time expressions (أمس، الأحد الماضي) are resolved.</summary>
    public DocumentLayers ReadsIfPresent => DocumentLayers.Dateline;
    public DocumentLayers Writes => DocumentLayers.Events | DocumentLayers.Relations;

    /// <summary>Events below this confidence are not output.</summary>
    public double MinConfidence { get; init; } = ConfidenceWeights.Threshold;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Events.Clear();
        document.Relations.Clear();
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        var a = _candidates.Find(document, _model?.Vocabulary, t => _model?.Knows(t) == true);
        var seq = a.Seq;
        var events = new List<(Event, bool, int, int)>();
        var governing = new List<Event>();
        var told = new List<(Event Event, Candidate Candidate)>();
        int sentence = -1;
        foreach (var c in a.Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (c.Sentence != sentence) { governing = []; sentence = c.Sentence; }
            var trig = c.Trigger;
            var args = c.Rule;
            // هدد بشن هجوم: the threatened attack is no event (the threat is); nor is an idiom (احتل المرتبة)
            var decision = _threats.Covers(seq, trig.Start) || trig.Idiom ? null : _decider.Decide(a, c);
            var built = new List<Event>();
            if (decision is { } d)
            {
                // directed events are dyadic: مصر والإمارات تدعمان حفتر is two events
                var sourceGroups = trig.Frame.Symmetric || d.Sources.Count <= 1 ? [d.Sources] : d.Sources.Select(s => new List<Entity> { s }).ToList();
                foreach (var sources in sourceGroups)
                {
                    var ev = Build(a, c, d, sources, governing.FirstOrDefault(g => g.Type == EventType.ACCUSE)?.Sources.FirstOrDefault());
                    built.Add(ev);
                    told.Add((ev, c));
                    events.Add((ev, trig.Frame.Symmetric, trig.Start, args.WindowEnd));
                }
            }
            // وقّعت تركيا وحكومة الوفاق مذكرة تفاهم للتعاون الأمني في نوفمبر 2019: the date after a nested
            // event noun dates the event that governs it too
            if (args.GovernedBy is not null || Nested(trig))
                foreach (var g in governing) g.Date ??= built.FirstOrDefault(b => b.Date is { } date && !EventDater.OfBound(a.Times, date))?.Date;
            governing = built;
        }
        // the rest of the article's news happened on the days it anchors itself in (أمس، الثلاثاء)
        var news = NewsDate.Of(told.Select(t => t.Event.Date), a.Times, document.Published);
        foreach (var (ev, c) in told) ev.Date ??= _newsDate.For(seq, a.Times, news, document.Published, c, ev.Modality);
        AttachQuantities(seq, a.Quantities, events);
        document.Events.AddRange(EventMerger.Merge(events.Select(e => (e.Item1, e.Item2))).Where(e => e.Confidence >= MinConfidence));
        document.Relations.AddRange(_relations.Extract(seq));
    }

    private Event Build(DocumentAnalysis a, Candidate c, EventDecision d, List<Entity> sources, Entity? accuser)
    {
        var seq = a.Seq;
        var trig = c.Trigger;
        var args = c.Rule;
        var sent = seq.Document.Sentences[c.Sentence];
        var triggerSpan = new TextSpan(seq[trig.Start].Start, seq[trig.End - 1].End);
        var ev = new Event(d.Type, triggerSpan, sent.Span) { Mode = d.Mode, Cameo = d.Cameo };
        if (trig.Frame.PersonSense is { } ps && d.Type == trig.Type && sources.Exists(e => e.Type == EntityType.PER && !e.IsGeneric))
        {
            // هاجم الرئيس خصمه: a person "attacks" in words
            ev.Type = ps.Type; ev.Mode = ps.Mode; ev.Cameo = ps.Cameo;
        }
        ev.Sources.AddRange(sources);
        ev.Targets.AddRange(d.Targets.Where(t => !sources.Contains(t)));
        GenericOwners.Carry(ev.Sources, c.Phrases);
        GenericOwners.Carry(ev.Targets, c.Phrases);
        ev.Date = _dater.Date(seq, a.Times, trig.Start, trig.End, args.WindowStart, args.ClauseEnd);
        ev.Location = LocationOf(seq, trig, args, ev);
        var scope = a.Scopes.LastOrDefault(s => s.Start <= trig.Start && trig.Start < s.End);
        // اتهم حفتر المرتزقة بتمويلهم من قطر: the act is the accuser's claim
        ev.Attribution = args.GovernedBy == EventType.ACCUSE && accuser is not null ? new Core.Model.Attribution(accuser, accuser.Name) : scope?.Attribution;
        ev.Modality = _modality.Detect(seq, trig, args.WindowEnd, ev.Attribution is not null, args.GovernedBy);
        ev.Confidence = ConfidenceWeights.Final(d.Confidence, ev.Modality);
        return ev;
    }

    /// <summary>An event noun right after a preposition clitic (للتعاون، لدعم) continues the clause before it.</summary>
    private static bool Nested(TriggerMatch trig) => !trig.IsVerb && trig.Reading.HasPreposition;

    /// <summary>The first place in the event's window after the locative في (مباحثات … في القاهرة).</summary>
    private Entity? LocationOf(TokenSequence seq, TriggerMatch trig, ArgumentResult args, Event ev)
    {
        for (int k = trig.End; k < args.WindowEnd; k++)
        {
            if ((_functions.ClassOf(seq[k].Norm) & WordClass.Locative) == 0 || k + 1 >= seq.End) continue;
            var e = seq.EntityAt(k + 1);
            if (e is { Type: EntityType.GPE or EntityType.LOC } && seq.MentionAt(k + 1) is { Nisba: false } && !ev.Sources.Contains(e) && !ev.Targets.Contains(e)) return e;
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
