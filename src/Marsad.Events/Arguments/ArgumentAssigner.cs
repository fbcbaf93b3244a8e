using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;
using Marsad.Events.Triggers;
using Marsad.Text.Words;
using W = Marsad.Events.ConfidenceWeights.Arguments;

namespace Marsad.Events.Arguments;

/// <summary>The arguments found for one trigger, how they were found, and the clause window used.</summary>
public sealed class ArgumentResult
{
    public List<Entity> Sources { get; } = [];
    public List<Entity> Targets { get; } = [];
    public int WindowStart { get; set; }
    public int WindowEnd { get; set; }
    /// <summary>
    /// Where the trigger's clause ends to the right: the window's end, unless that was an event noun inside the
    /// clause (استعادوا السيطرة على عشر قرى … اليوم الثلاثاء), then the next boundary or verb trigger.
    /// </summary>
    public int ClauseEnd { get; set; }
    /// <summary>0..1: how directly the arguments were read off the sentence.</summary>
    public double Confidence { get; set; }
    public string Construction { get; set; } = "";
    /// <summary>The construction of the subject of a support verb (شنّت تركيا هجوماً).</summary>
    public const string SupportVerb = "support verb";
    /// <summary>The arguments are the pair after بين (بين X و Y), a construction named by the preposition.</summary>
    public bool Pair { get; set; }
    /// <summary>The arguments were read off a verb's clause, or off an event noun in a construction that reports it as one
    /// (a pair, the subject of a support verb).</summary>
    public bool Clausal(bool verb) => verb || Pair || Construction == SupportVerb;
    public bool SourceFromPhrase { get; set; }
    public int? SourceToken { get; set; }
    /// <summary>The type of the event this one is nested in (اتفاق … على دعم), if any.</summary>
    public EventType? GovernedBy { get; set; }
}

/// <summary>
/// Assigns source and target actors to a trigger over Arabic clause structure: VSO and SVO subjects,
/// direct objects, preposition frames, passive agents (من قبل / على يد), the genitive and nisba
/// adjectives of event nouns (زيارة السيسي إلى باريس; التنسيق المصري - الفرنسي), "بين X و Y",
/// coordination, the subject of a support verb (شنّت تركيا هجوماً), nested event nouns (اتفاق بين
/// الطرفين على دعم حفتر), and dropped or pronoun subjects resolved from the discourse.
/// </summary>
public sealed class ArgumentAssigner(EventLexicons lex)
{
    private const int MaxRight = 18, MaxLeft = 10, AdjacentGap = 3;

    public ArgumentResult Assign(TokenSequence seq, TriggerMatch trig, IReadOnlyList<TriggerMatch> sentenceTriggers, IReadOnlyList<ActorPhrase> phrases,
        Discourse discourse, ArgumentResult? previous, TriggerMatch? previousTrigger)
    {
        var sent = seq.SentenceAt(trig.Start);
        var r = new ArgumentResult { WindowEnd = RightEnd(seq, trig, sentenceTriggers, sent), WindowStart = LeftStart(seq, trig, sentenceTriggers, sent) };
        r.ClauseEnd = ClauseEnd(seq, trig, sentenceTriggers, sent, r.WindowEnd);
        var right = phrases.Where(p => p.Start >= trig.End && p.Start < r.WindowEnd).ToList();
        var left = phrases.Where(p => p.End <= trig.Start && p.Start >= r.WindowStart).ToList();
        if (trig.IsVerb) AssignVerb(seq, trig, right, left, r, discourse, phrases, EventSubject(seq, trig, previousTrigger) ? previous : null);
        else AssignNoun(seq, trig, right, left, r, discourse, previous, previousTrigger, phrases);
        Finish(trig, r);
        return r;
    }

    private void AssignVerb(TokenSequence seq, TriggerMatch trig, List<ActorPhrase> right, List<ActorPhrase> left, ArgumentResult r, Discourse discourse,
        IReadOnlyList<ActorPhrase> phrases, ArgumentResult? eventSubject)
    {
        var f = trig.Frame;
        var bare = right.Where(p => p.IsBare).ToList();
        ActorPhrase? subj = null;
        int objFrom = 0;
        // a bare phrase just before the verb in the same clause is its subject (SVO); else the one after it (VSO)
        // (a verb with و/ف opens a new clause: كنت السيسي وطلبت واشنطن — the subject follows)
        bool newClause = lex.Affixes.OpensWithConjunction(seq[trig.Start].Proclitics);
        // أعلن شتاينماير أنه سيزور المملكة: the pronoun on أنّ is the clause's subject, the one who speaks in the
        // reporting clause it completes; the phrase after the verb is its object
        int opener = newClause ? -1 : PronounOpenerBefore(seq, trig.Start);
        // مرتزقة تشاديين اتهمهم بـ…، دول تدعمها قطر: a verb with an object pronoun right after an indefinite noun is a
        // relative clause describing it; the pronoun is that noun, the verb's object, and its subject comes after it
        // or is dropped (the actor named before the noun)
        var described = newClause || opener >= 0 ? null : DescribedObject(seq, trig, left);
        if (described is not null)
        {
            r.Construction = "relative object";
            if (bare.Count > 0 && Gap(seq, trig.End, bare[0].Start) <= AdjacentGap) subj = bare[0];
            var doer = subj?.Actors.ToList()
                ?? (SubjectDropped(seq, trig) && discourse.LastActor(described.Start, seq.SentenceAt(trig.Start).FirstToken) is { } e ? [e] : []);
            if (f.Inverse) { r.Targets.AddRange(doer); return; }
            r.Sources.AddRange(doer);
            r.Targets.AddRange(described.Actors.Where(a => !doer.Contains(a)));
            r.Confidence = subj is not null ? W.ClauseSubject : W.DroppedSubject;
            return;
        }
        if (eventSubject is not null) r.Construction = "event subject";
        else if (opener >= 0) { subj = Speaker(seq, opener, phrases); r.Construction = "pronoun subject"; }
        else if (!newClause && RelativeAntecedent(seq, trig, phrases) is { } ante) { subj = ante; r.Construction = "relative subject"; }
        else if (!newClause && left.LastOrDefault(p => p.IsBare) is { } ls && Gap(seq, ls.End, trig.Start) <= 2) { subj = ls; r.Construction = "SVO"; }
        else if (bare.Count > 0 && Gap(seq, trig.End, bare[0].Start) <= AdjacentGap) { subj = bare[0]; objFrom = 1; r.Construction = "VSO"; }
        var agent = Agent(seq, right);
        if (trig.Passive)
        {
            // قُتل شرطي برصاص مجهولين، اغتيل السفير: the grammatical subject is what was acted on, the agent
            // (من قبل، على يد، برصاص) if any is the source
            var patient = subj != agent ? subj : null;
            Add(r.Sources, agent); Add(r.Targets, patient);
            r.Construction = "passive"; r.Confidence = agent is null ? W.PassiveWithoutAgent : W.MarkedAgent;
            return;
        }
        // تدين البحرين بشدة استمرار التصريحات العدائية من قبل مسؤولين: an agent phrase after the active verb's own object
        // noun is that noun's agent (the statements are the officials'), not the verb's; as with أدان هجوم حفتر, the
        // one whose act the verb is about is its target
        ActorPhrase? objectAgent = null;
        if (agent is not null && NounBefore(seq, subj is not null && subj.Start > trig.Start ? subj.End : trig.End, agent.Start - AgentMarkerWords))
            (objectAgent, agent) = (agent, null);
        // the object is the phrase right after the subject (or after an SVO verb), not one after a prepositional phrase
        int objAt = subj is not null && objFrom == 1 ? right.IndexOf(subj) + 1 : 0;
        // …but a place of the act may come first, the object right after it: استقبل الملك في قصر السلام بجدة مساء أمس رئيس الحزب
        while (objAt < right.Count - 1 && Circumstantial(right[objAt], f) && Gap(seq, right[objAt].End, right[objAt + 1].Start) <= AdjacentGap) objAt++;
        ActorPhrase? obj = (f.ObjectIsTarget || agent is not null) && objAt < right.Count && right[objAt].IsBare && right[objAt] != subj ? right[objAt] : null;
        // ندد ب‍هجوم حفتر: a preposition on an event noun marks that event's agent as the target
        var tgtPrep = right.FirstOrDefault(p => p != subj && (p.Marker ?? MarkerOnEventNoun(seq, p)) is { } m && f.TargetPreps.Contains(m));
        var srcPrep = right.FirstOrDefault(p => p.Marker is { } m && f.SourcePreps.Contains(m));

        if (agent is not null)
        {
            // passive: the agent is the source; the grammatical subject is what was acted on
            Add(r.Sources, agent); Add(r.Targets, subj ?? obj);
            r.Construction = "passive"; r.Confidence = W.MarkedAgent;
            return;
        }
        var subjectActors = subj?.Actors;
        double conf = subj is not null ? W.ClauseSubject : 0;
        // شنّ الطيران غارات استهدفت تجمعاً للحوثيين: the subject is the event just named, its agent the verb's source
        if (eventSubject is not null) { subjectActors = eventSubject.Sources.ToList(); conf = W.Nested; }
        if (subjectActors is null && PossessiveSubject(seq, trig, discourse) is { } owner)
        {
            // طائراته قصفت …، قواتها هاجمت …: the forces of the actor just named
            subjectActors = [owner]; conf = W.PossessiveSubject; r.Construction = "possessive subject";
        }
        if (subjectActors is null && discourse.LastSubject is { } last && discourse.LastSubjectSentence >= seq.SentenceOf(trig.Start) - 1)
        {
            subjectActors = last; conf = W.DroppedSubject; r.Construction = "dropped subject";
        }
        if (f.Inverse)
        {
            if (subjectActors is not null) r.Targets.AddRange(subjectActors);
            Add(r.Sources, srcPrep);
            r.Confidence = conf * (srcPrep is null ? W.InverseWithoutSource : 1);
            return;
        }
        if (subjectActors is not null) { r.Sources.AddRange(subjectActors); r.SourceFromPhrase = subj is not null; r.SourceToken = subj?.Start; }
        var target = (f.ObjectIsTarget ? obj ?? objectAgent : null) ?? tgtPrep;
        if ((target is null || !target.HasActors) && f.PlaceTarget) target = right.FirstOrDefault(p => p.Marker is { } m && (lex.Functions.ClassOf(m) & WordClass.Locative) != 0 && p.Actors.All(a => a.Type is EntityType.LOC or EntityType.GPE)) ?? target;
        if (target is null && f.Symmetric && subj is not null && subj.Actors.Count >= 2) SplitSymmetric(r);
        Add(r.Targets, target);
        r.Confidence = conf * (target is null ? W.WithoutTarget : W.TargetAt(Gap(seq, trig.End, target.Start)));
    }

    private void AssignNoun(TokenSequence seq, TriggerMatch trig, List<ActorPhrase> right, List<ActorPhrase> left, ArgumentResult r, Discourse discourse,
        ArgumentResult? previous, TriggerMatch? previousTrigger, IReadOnlyList<ActorPhrase> phrases)
    {
        var f = trig.Frame;
        ActorPhrase? nisba = null, genitive = null;
        var first = right.FirstOrDefault();
        if (first is not null && first.IsBare && OnlyAdjectivesBetween(seq, trig.End, first.Start))
        {
            if (first.NisbaOnly) nisba = first; else genitive = first;
        }
        var between = MergeBetween(right);
        var agent = Agent(seq, right);
        var tgtPrep = right.FirstOrDefault(p => p.Marker is { } m && m != lex.PairMarker && f.TargetPreps.Contains(m) && !AfterOtherNoun(seq, trig.End, p));
        var srcPrep = right.FirstOrDefault(p => p.Marker is { } m && f.SourcePreps.Contains(m));
        // تمويلهم من قطر، دعم عسكري من روسيا: من right after a noun of giving names the giver
        var giver = !f.Inverse && srcPrep is not null && OnlyAdjectivesBetween(seq, trig.End, srcPrep.Start - 1) && seq.MentionAt(srcPrep.Start) is not null ? srcPrep : null;
        // …and a phrase after the giver's that starts at no name is the giver's (بمساندة من القوة الخاصة لأمن الطرق)
        if (giver is not null && tgtPrep is not null && tgtPrep.Start > giver.Start && seq.MentionAt(tgtPrep.Start) is null) tgtPrep = null;
        // اتهمهم بتمويلهم: an act named inside an accusation is its content, its pronoun the accused
        bool accusation = previousTrigger?.Type == EventType.ACCUSE && Governs(previous!, previousTrigger, trig);
        var later = right.FirstOrDefault(p => p.IsBare && p != genitive && p != nisba && !p.NisbaOnly);
        Entity? pronoun = lex.Affixes.ActorEnclitics.Contains(trig.Reading.Enclitic) ? discourse.LastActor(trig.Start, seq.SentenceAt(trig.Start).FirstToken - 60) : null;

        // symmetric pairs: بين X و Y; التنسيق المصري - الفرنسي
        if (between is { Count: >= 2 } && (f.Symmetric || genitive is null))
        {
            r.Sources.Add(between[0]); r.Targets.AddRange(between.Skip(1));
            r.Construction = lex.PairMarker; r.Pair = true; r.Confidence = W.Between;
            return;
        }
        if (nisba is { Actors.Count: >= 2 } && f.Symmetric)
        {
            r.Sources.Add(nisba.Actors[0]); r.Targets.AddRange(nisba.Actors.Skip(1));
            r.Construction = "nisba pair"; r.Confidence = W.NisbaPair;
            return;
        }

        bool genitiveIsSource = genitive is not null && (f.Genitive == GenitiveRole.Source || tgtPrep is not null || (f.Inverse && srcPrep is not null && f.Genitive != GenitiveRole.Target));
        var sources = new List<Entity>();
        var targets = new List<Entity>();
        double conf = W.NounPhrase;
        bool fromPronoun = false;
        if (f.Inverse)
        {
            // شراء مصر … من الأسلحة الفرنسية: the genitive buys (target), من marks the seller
            if (genitive is not null) targets.AddRange(genitive.Actors);
            if (srcPrep is not null) sources.AddRange(srcPrep.Actors);
            else if (nisba is not null) sources.AddRange(nisba.Actors);
        }
        else
        {
            if (agent is not null) sources.AddRange(agent.Actors);
            else if (genitiveIsSource) sources.AddRange(genitive!.Actors);
            else if (nisba is not null) sources.AddRange(nisba.Actors);
            else if (giver is not null) sources.AddRange(giver.Actors);
            else if (pronoun is not null && f.Genitive != GenitiveRole.Target) { sources.Add(pronoun); conf = W.NounPronoun; fromPronoun = true; }

            if (tgtPrep is not null) targets.AddRange(tgtPrep.Actors);
            else if (genitive is not null && !genitiveIsSource) targets.AddRange(genitive.Actors);
            else if (between is { Count: 1 }) targets.AddRange(between);
            // the accused are who receives, when the giver is named: اتهمهم بتمويلهم من قطر
            else if (accusation && giver is not null && f.Genitive == GenitiveRole.Target && trig.Reading.HasEnclitic) targets.AddRange(previous!.Targets);
        }
        r.Construction = genitive is not null ? "genitive" : nisba is not null ? "nisba" : "noun";
        var described = f.Apposition && phrases.LastOrDefault(p => p.End <= trig.Start) is { HasActors: true } d
            && Gap(seq, d.End, trig.Start) == 0 && trig.Start - d.End <= 1 ? d : null;
        if (f.Apposition && f.Passive)
        {
            // الحوثيين المدعومين من إيران، الميليشيات المدعومة من قبل طهران: a passive participle describes the phrase
            // right before it, what was acted on, wherever that phrase stands (not a place after a preposition: الحكومة
            // الموازية في ليبيا، المدعومة من …); only its marked agent is the source
            if (described is null || Circumstantial(described, f)) return;
            r.Sources.AddRange(agent?.Actors ?? giver?.Actors ?? []);
            r.Targets.AddRange(described.Actors.Where(a => !r.Sources.Contains(a)));
            r.Construction = "passive participle"; r.Confidence = r.Sources.Count > 0 ? W.MarkedAgent : W.PassiveWithoutAgent;
            return;
        }
        if (described is { IsBare: true })
        {
            // روسيا وإيران حليفتا الأسد، تركيا، حليفة واشنطن: an agent noun describes the phrase right before it (a comma
            // between), its source
            sources.Clear(); sources.AddRange(described.Actors); conf = W.Apposition; r.Construction = "apposition";
        }

        if (SupportedSubject(seq, trig, left) is (var subj, var receives) && (sources.Count == 0 || fromPronoun || receives))
        {
            // تكثّف الأجهزة المصرية والفرنسية التعاون؛ شنّت تركيا هجوماً على …; the subject of a support verb is also
            // who the noun's pronoun points back to (بدأت قوات حفتر هجومها: the clause, not a possessive noun), and it
            // wins over a phrase after the noun (بدأ رئيس اللجنة الدولية زيارة إلى اليمن … ممارسات الميليشيات)
            sources.Clear();
            if (receives)
            {
                // تلقى الملك اتصالاً هاتفياً من الرئيس الفرنسي، تلقت تهديدات بالقتل من طالبان: the subject of a verb of
                // receiving is who the act is done to; من after the noun, or its genitive (تلقى دعوة الرئيس), names the doer
                var from = right.FirstOrDefault(p => p.HasActors && p.Marker is { } m && (lex.Functions.ClassOf(m) & WordClass.Partitive) != 0);
                sources.AddRange(from?.Actors ?? genitive?.Actors ?? []);
                targets.Clear(); targets.AddRange(subj.Actors);
            }
            else sources.AddRange(subj.Actors);
            conf = W.SupportVerbSubject; r.Construction = ArgumentResult.SupportVerb;
        }
        if (sources.Count == 0 && later is not null && later != genitive && !f.Inverse && Gap(seq, trig.End, later.Start) <= 8)
        {
            // مباحثات أجراها أمس في القاهرة رئيس الأركان …: the subject of a relative verb
            sources.AddRange(later.Actors); conf = W.RelativeSubject; r.Construction = "relative subject";
        }
        if (sources.Count == 0 && f.Symmetric && Circumstance(seq, trig) && left.LastOrDefault(p => p.IsBare && p.HasActors) is { } party
            && Gap(seq, party.End, trig.Start) <= 2)
        {
            // قال الجبير في مؤتمر صحفي مشترك مع نظيره، صرّح الوزير خلال اجتماع مع …: the clause's subject takes part in
            // the meeting or talks its circumstance names
            sources.AddRange(party.Actors); conf = W.Circumstance; r.Construction = "circumstance";
        }
        if (sources.Count == 0 && previous is not null && previousTrigger is not null && Governs(previous, previousTrigger, trig)
            && NestedAgents(previousTrigger.Type, previous, Purpose(trig)) is { Count: > 0 } agents)
        {
            sources.AddRange(agents); conf = W.Nested; r.Construction = "nested";
            r.GovernedBy = previousTrigger.Type;
        }
        if (accusation) r.GovernedBy = EventType.ACCUSE;
        if (sources.Count == 0 && (Purpose(trig) || (trig.Reading.Traits & ReadingTraits.Accusative) != 0) && left.LastOrDefault(p => p.IsBare) is { } doer)
        {
            // خرج المتظاهرون احتجاجاً على …، تجمّع الطلاب للتنديد بـ…: a masdar of purpose has the agent of its clause
            sources.AddRange(doer.Actors); conf = W.Purpose; r.Construction = "purpose";
        }
        r.Sources.AddRange(sources);
        r.Targets.AddRange(targets.Where(t => !sources.Contains(t)));
        if (r.Targets.Count == 0 && f.Symmetric && r.Sources.Count >= 2) SplitSymmetric(r);
        if (r.Targets.Count == 0 && f.Symmetric && between is { Count: 1 }) r.Targets.AddRange(between);
        r.Confidence = conf;
    }

    /// <summary>
    /// A verb right after an event noun, only adjectives, time words or a relative pronoun between, and no conjunction on
    /// the verb, is a clause about that event: an indefinite noun's adjectival clause (غاراتٍ استهدفت، في هجوم جديد صباح
    /// اليوم استهدف), a definite noun's relative clause (الهجوم الذي استهدف), or the predicate of a definite noun that
    /// opens its clause (إن الهجوم الانتحاري قتل). The event is its subject, not the phrase after the verb, which is its
    /// object. Only a verb of the noun's own act has an event for subject (a raid that targeted, an attack that killed); others
    /// need a person's (برنامج الدعم الذي تتفاوض تونس بشأنه). A definite noun ending a phrase (في ختام اللقاء طلب الملك) is
    /// followed by a new clause.
    /// </summary>
    private bool EventSubject(TokenSequence seq, TriggerMatch trig, TriggerMatch? noun)
    {
        if (noun is not { IsVerb: false } || noun.Type != trig.Type || !trig.IsVerb || trig.Passive || noun.End > trig.Start || trig.Start - noun.End > AdjacentGap) return false;
        if (lex.Affixes.OpensWithConjunction(seq[trig.Start].Proclitics)) return false;
        bool relative = false;
        for (int k = noun.End; k < trig.Start; k++)
        {
            if (seq.MentionAt(k) is not null || seq.SentenceOf(k) != seq.SentenceOf(trig.Start)) return false;
            if (lex.Functions.IsWritten(seq[k], WordClass.Relative)) { relative = true; continue; }
            if (seq.IsTransparent(k) || PhraseFinder.IsAdjective(seq, k, lex) || lex.Time.FirstWords.Contains(seq[k].StemNorm) || lex.Time.FirstWords.Contains(seq[k].Norm)) continue;
            return false;
        }
        if (relative || (!noun.Reading.Article && !noun.Reading.HasEnclitic)) return true;
        // a definite noun: the subject of a nominal clause only at its start (sentence start, after أنّ/إنّ)
        int before = noun.Start - 1;
        return before < seq.SentenceAt(noun.Start).FirstToken || seq.IsPunct(before) || (lex.Functions.ClassOf(seq[before].Norm) & WordClass.Nominal) != 0;
    }

    /// <summary>A phrase of places after a preposition none of the frame's arguments takes (في قصر السلام، بجدة): where, not whom.</summary>
    private static bool Circumstantial(ActorPhrase p, ArgumentFrame f) =>
        p.Marker is { } m && !f.TargetPreps.Contains(m) && !f.SourcePreps.Contains(m) && p.Actors.TrueForAll(a => a.Type is EntityType.LOC or EntityType.GPE);

    /// <summary>
    /// The token of أنّه / إنّها / لأنّهم right before a verb (قد، لن، سوف between): the pronoun is the verb's subject,
    /// and the phrase after the verb its object (أعلن شتاينماير أنه سيزور المملكة). -1 when there is none.
    /// </summary>
    private int PronounOpenerBefore(TokenSequence seq, int verb)
    {
        int k = verb - 1, first = seq.SentenceAt(verb).FirstToken;
        while (k >= first && lex.Functions.Is(seq[k], WordClass.Verbal)) k--;
        return k >= first && lex.Functions.WithPronoun(seq[k], WordClass.Subordinator) ? k : -1;
    }

    /// <summary>
    /// Who the opener's pronoun stands for: the subject of the reporting verb whose clause it opens, after the verb
    /// (أعلن شتاينماير أنه) or right before it (شتاينماير أعلن أنه); null when no reporting verb precedes it.
    /// </summary>
    private ActorPhrase? Speaker(TokenSequence seq, int opener, IReadOnlyList<ActorPhrase> phrases)
    {
        int first = seq.SentenceAt(opener).FirstToken;
        for (int j = opener - 1; j >= first && j >= opener - 8; j--)
        {
            if (!lex.IsReportingVerb(seq, j)) continue;
            return phrases.FirstOrDefault(p => p.IsBare && p.HasActors && p.Start > j && p.End <= opener)
                ?? phrases.LastOrDefault(p => p.IsBare && p.HasActors && p.End <= j && Gap(seq, p.End, j) == 0);
        }
        return null;
    }

    /// <summary>
    /// The indefinite generic phrase right before a verb that carries an object pronoun (مرتزقة تشاديين اتهمهم): the
    /// verb is a relative clause describing it. Named actors are definite and generic ones with the article are the
    /// verb's subject (القوات هاجمته), so neither is taken.
    /// </summary>
    private ActorPhrase? DescribedObject(TokenSequence seq, TriggerMatch trig, List<ActorPhrase> left)
    {
        if (trig.Passive || !trig.Reading.HasEnclitic || left.LastOrDefault() is not { IsBare: true, HasActors: true } p || Gap(seq, p.End, trig.Start) != 0) return null;
        if (!p.Actors.TrueForAll(a => a.IsGeneric)) return null;
        // an idafa is definite when its last noun is (عناصر الحزب): no word of the phrase has the article
        for (int k = p.Start; k < p.End; k++) if (seq[k].Proclitics.Contains(lex.Affixes.Article, StringComparison.Ordinal)) return null;
        return p;
    }

    /// <summary>
    /// Whether a verb's subject may be dropped: the verb is not followed by a noun of its own that could be the subject
    /// (عسكريين خطفهم مقاتلو الطوارق: the fighters, whom no actor phrase names), only by a preposition's phrase or the end.
    /// </summary>
    private bool SubjectDropped(TokenSequence seq, TriggerMatch trig)
    {
        int k = trig.End;
        if (k >= seq.SentenceAt(trig.Start).EndToken || seq[k].Kind != TokenKind.Word) return true;
        return PhraseFinder.PrepClitic(seq[k], lex) != '\0' || lex.Functions.IsFunctionWord(seq[k]);
    }

    /// <summary>An event noun in a circumstantial phrase: after a preposition that marks none of its arguments (في، خلال، أثناء).</summary>
    private bool Circumstance(TokenSequence seq, TriggerMatch trig)
    {
        int k = trig.Start - 1;
        if (k < 0 || seq.SentenceOf(k) != seq.SentenceOf(trig.Start) || !lex.Functions.Is(seq[k], WordClass.Preposition)) return false;
        var norm = seq[k].Norm;
        return !trig.Frame.TargetPreps.Contains(norm) && !trig.Frame.SourcePreps.Contains(norm);
    }

    /// <summary>A subject noun of forces or arms with a pronoun suffix, next to the verb: طائراته، قواتها.</summary>
    private Entity? PossessiveSubject(TokenSequence seq, TriggerMatch trig, Discourse discourse)
    {
        foreach (int k in new[] { trig.Start - 1, trig.End })
        {
            if (k < 0 || k >= seq.End || seq[k].Kind != TokenKind.Word || seq.SentenceOf(k) != seq.SentenceOf(trig.Start)) continue;
            foreach (var a in seq.Readings(k))
                if (lex.Affixes.ActorEnclitics.Contains(a.Enclitic) && lex.Things.First(seq, k) is not null)
                    return discourse.LastActor(trig.Start, seq.SentenceAt(trig.Start).FirstToken);
        }
        return null;
    }

    /// <summary>The agent phrase: after من قبل / على يد, or after ب + a noun of the attack's instruments (برصاص، بنيران).</summary>
    private ActorPhrase? Agent(TokenSequence seq, List<ActorPhrase> right)
    {
        foreach (var p in right)
        {
            if (p.Marker == lex.AgentMarker) return p;
            // the phrase starts at the noun (برصاص مجهولين) or right after it
            if (IsAgentNoun(seq, p.Start, p.Start) || IsAgentNoun(seq, p.Start - 1, p.Start)) return p;
        }
        return null;
    }

    /// <summary>
    /// إن واشنطن التي تتهم دمشق …: a relative pronoun right before a verb with no object pronoun on it makes the
    /// actor phrase right before the pronoun the verb's subject (a verb with an object pronoun, الحكومة التي تدعمها
    /// قطر, has its antecedent for object and is left to the rest).
    /// </summary>
    private ActorPhrase? RelativeAntecedent(TokenSequence seq, TriggerMatch trig, IReadOnlyList<ActorPhrase> phrases)
    {
        int rel = trig.Start - 1;
        if (rel < 1 || trig.Reading.Enclitic.Length > 0 || seq[rel].Kind != TokenKind.Word || seq.SentenceOf(rel) != seq.SentenceOf(trig.Start)
            || (lex.Functions.ClassOf(seq[rel].Norm) & WordClass.Relative) == 0) return null;
        int end = rel;
        while (end > 0 && seq.IsPunct(end - 1) && seq.IsTransparent(end - 1)) end--;
        foreach (var p in phrases) if (p.End == end && p.HasActors && !p.NamesTopic) return p;
        return null;
    }

    /// <summary>The agent markers (من قبل، على يد، نُسب إلى) are two words before the phrase they mark.</summary>
    private const int AgentMarkerWords = 2;

    /// <summary>
    /// Whether a noun outside any actor phrase lies in [from, to): a word with no preposition on it or before
    /// it that is no function word, adjective or name — the head of an object that an agent after it belongs to.
    /// </summary>
    private bool NounBefore(TokenSequence seq, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (seq[k].Kind != TokenKind.Word || seq.MentionAt(k) is not null || lex.Functions.ClassOf(seq[k].Norm) != 0 || PhraseFinder.IsAdjective(seq, k, lex)) continue;
            if (k > from && (lex.Functions.ClassOf(seq[k - 1].Norm) & WordClass.Preposition) != 0) continue;
            bool prep = false;
            foreach (var a in seq.Readings(k)) if (a.HasPreposition) { prep = true; break; }
            if (!prep) return true;
        }
        return false;
    }

    private bool IsAgentNoun(TokenSequence seq, int k, int phrase) =>
        k >= 0 && seq.SentenceOf(k) == seq.SentenceOf(phrase) && seq[k].Kind == TokenKind.Word && seq.MentionAt(k) is null
        && lex.AgentNouns.First(seq, k, (a, _) => (a.Proclitics & Clitic.Bi) != 0) is not null;

    private string? MarkerOnEventNoun(TokenSequence seq, ActorPhrase p)
    {
        int k = p.Start - 1;
        if (k < 0 || seq[k].Kind != TokenKind.Word || !lex.IsTrigger(seq, k)) return null;
        char c = PhraseFinder.PrepClitic(seq[k], lex);
        return c == '\0' ? null : c.ToString();
    }

    /// <summary>
    /// Who acts in an event noun governed by another event: the parties of an agreement, talks or
    /// cooperation (اتفاق بين الطرفين على دعم حفتر); the one asked, warned or accused (طلب حفتر من روسيا
    /// إرسال طائرات؛ حذّرت واشنطن القاهرة من التعاون؛ اتهمت مصر تركيا بدعم …); the one who refuses (رفضت
    /// مصر إرسال قوات — then denied).
    /// </summary>
    private static List<Entity> NestedAgents(EventType governor, ArgumentResult g, bool purpose) => governor switch
    {
        _ when purpose => g.Sources.ToList(),
        EventType.AGREE or EventType.CONSULT or EventType.COOPERATE => g.Sources.Concat(g.Targets).Distinct().ToList(),
        EventType.REQUEST or EventType.THREATEN or EventType.ACCUSE => g.Targets.ToList(),
        EventType.REJECT => g.Sources.ToList(),
        _ => [],
    };

    /// <summary>An event noun within the window of the trigger just before it, right after it or as its purpose.</summary>
    private static bool Governs(ArgumentResult previous, TriggerMatch previousTrigger, TriggerMatch trig) =>
        previous.WindowEnd >= trig.Start && (trig.Start - previousTrigger.End <= 3 || Purpose(trig));

    /// <summary>
    /// A prepositional phrase that follows another preposition's noun (تمويلهم … في رسالته إلى شويغو، دعمه في كلمة أمام …)
    /// belongs to that noun, not to the event: the noun right before the phrase is no actor, no time word, and
    /// itself carries a preposition.
    /// </summary>
    private bool AfterOtherNoun(TokenSequence seq, int from, ActorPhrase p)
    {
        int k = p.Start - 1;
        while (k > from && PhraseFinder.IsAdjective(seq, k, lex)) k--;
        if (k <= from || seq[k].Kind != TokenKind.Word || seq.MentionAt(k) is not null || lex.Time.FirstWords.Contains(seq[k].StemNorm) || lex.Time.FirstWords.Contains(seq[k].Norm)) return false;
        bool governed = PhraseFinder.PrepClitic(seq[k], lex) != '\0' || lex.Functions.Is(seq[k - 1], WordClass.Preposition);
        return governed && !lex.Functions.Is(seq[k], WordClass.Preposition);
    }

    /// <summary>لـ + indefinite masdar: "in order to" — أرسلت روسيا مرتزقة إلى ليبيا لدعم حفتر.</summary>
    private static bool Purpose(TriggerMatch trig) => (trig.Reading.Proclitics & Clitic.Li) != 0 && !trig.Reading.Article;

    /// <summary>
    /// The subject of a support verb before the noun (شنّ، أجرى، وقّع، تكثّف، توسيع …) in the same clause, and whether the
    /// verb nearest the noun is one of receiving (تلقى).
    /// </summary>
    private (ActorPhrase Subject, bool Receives)? SupportedSubject(TokenSequence seq, TriggerMatch trig, List<ActorPhrase> left)
    {
        if (left.Count == 0) return null;
        int from = left[0].Start;
        for (int k = trig.Start - 1; k >= Math.Max(0, from - 2); k--)
            if (lex.SupportWords.First(seq, k) is { } support)
                return left.LastOrDefault(p => p.IsBare && p.HasActors) is { } subj ? (subj, support.Value) : null;
        return null;
    }

    private List<Entity>? MergeBetween(List<ActorPhrase> right)
    {
        int k = right.FindIndex(p => p.Marker == lex.PairMarker);
        if (k < 0) return null;
        var all = new List<Entity>(right[k].Actors);
        for (int j = k + 1; j < right.Count && right[j].Marker == lex.PairMarker && right[j].Start - right[j - 1].End <= 1; j++)
            foreach (var a in right[j].Actors) if (!all.Contains(a)) all.Add(a);
        return all;
    }

    private static void SplitSymmetric(ArgumentResult r)
    {
        var all = r.Sources.ToList();
        r.Sources.Clear(); r.Sources.Add(all[0]);
        r.Targets.AddRange(all.Skip(1).Where(a => !r.Targets.Contains(a)));
    }

    private static void Finish(TriggerMatch trig, ArgumentResult r)
    {
        r.Targets.RemoveAll(t => r.Sources.Contains(t));
        // places are targets only of attacks, blockades, occupations and deployments
        if (!trig.Frame.PlaceTarget) r.Targets.RemoveAll(t => t.Type == EntityType.LOC);
        r.Sources.RemoveAll(s => s.Type is EntityType.LOC or EntityType.MISC);
        r.Targets.RemoveAll(t => t.Type == EntityType.MISC);
    }

    private static void Add(List<Entity> list, ActorPhrase? p)
    {
        if (p is null) return;
        foreach (var a in p.Actors) if (!list.Contains(a)) list.Add(a);
    }

    /// <summary>Number of word tokens between two positions (quotes and dashes do not count).</summary>
    private static int Gap(TokenSequence seq, int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++) if (!seq.IsPunct(k)) n++;
        return n;
    }

    private bool OnlyAdjectivesBetween(TokenSequence seq, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!PhraseFinder.IsAdjective(seq, k, lex) && !seq.IsTransparent(k)) return false;
        return to - from <= 4;
    }

    private int RightEnd(TokenSequence seq, TriggerMatch trig, IReadOnlyList<TriggerMatch> triggers, Sentence sent)
    {
        int end = Math.Min(sent.EndToken, trig.End + MaxRight);
        bool named = false;
        for (int k = trig.End; k < end; k++)
        {
            // the titles after a person's name (محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع) name
            // him again: they do not use up the window
            named |= seq.MentionAt(k) is { Entity: { Type: EntityType.PER, IsGeneric: false } };
            if (named && seq.MentionAt(k) is null && lex.Titles.First(seq, k) is { } title) { end = Math.Min(sent.EndToken, end + title.Length); k += title.Length - 1; continue; }
            // a relative clause right after an event noun describes it: الاتصال الأخير الذي دار بين ماكرون والسيسي
            if (!trig.IsVerb && lex.Functions.IsWritten(seq[k], WordClass.Relative) && k - trig.End <= 2
                && Enumerable.Range(trig.End, k - trig.End).All(j => seq[j].Proclitics.EndsWith(lex.Affixes.Article, StringComparison.Ordinal) && seq.MentionAt(j) is null)) continue;
            if (IsBoundary(seq, k)) return k;
            if (StartingAt(triggers, k) is { } next && !(trig.IsVerb && !next.IsVerb && MarksTarget(seq, k, trig))) return k;
        }
        return end;
    }

    /// <summary>The clause goes on past an event noun that ended the window, up to a boundary or the next verb trigger.</summary>
    private int ClauseEnd(TokenSequence seq, TriggerMatch trig, IReadOnlyList<TriggerMatch> triggers, Sentence sent, int windowEnd)
    {
        int end = Math.Min(sent.EndToken, trig.End + MaxRight);
        for (int k = windowEnd; k < end; k++)
            if (IsBoundary(seq, k) || StartingAt(triggers, k) is { IsVerb: true }) return k;
        return Math.Max(end, windowEnd);
    }

    /// <summary>ندد ب‍هجوم …: an event noun carrying one of the verb's target prepositions belongs to the verb's clause.</summary>
    private bool MarksTarget(TokenSequence seq, int k, TriggerMatch verb)
    {
        char c = PhraseFinder.PrepClitic(seq[k], lex);
        return c != '\0' && verb.Frame.TargetPreps.Contains(c.ToString());
    }

    private int LeftStart(TokenSequence seq, TriggerMatch trig, IReadOnlyList<TriggerMatch> triggers, Sentence sent)
    {
        int start = Math.Max(sent.FirstToken, trig.Start - MaxLeft);
        for (int k = trig.Start - 1; k >= start; k--)
        {
            // a support verb (شنّ، بدأ، أجرى) is part of its noun's clause even when it is a candidate trigger itself
            if (IsBoundary(seq, k) || (EndsAt(triggers, k) && !lex.SupportWords.Contains(seq, k)) || lex.IsReportingVerb(seq, k)) return k + 1;
        }
        return start;
    }

    // indexed loops, not LINQ over the interface: these run for every token of every clause window
    private static TriggerMatch? StartingAt(IReadOnlyList<TriggerMatch> triggers, int k)
    {
        for (int i = 0; i < triggers.Count; i++) if (triggers[i].Start == k) return triggers[i];
        return null;
    }

    private static bool EndsAt(IReadOnlyList<TriggerMatch> triggers, int k)
    {
        for (int i = 0; i < triggers.Count; i++) if (triggers[i].End - 1 == k) return true;
        return false;
    }

    private bool IsBoundary(TokenSequence seq, int k)
    {
        if (seq.IsPunct(k)) return !seq.IsTransparent(k) && seq.FirstChar(k) is not ('-' or '–' or '/');
        var n = seq[k].Norm;
        // من قبل is the agent's preposition (by), not a clause after قبل
        if (k > 0 && (lex.Functions.ClassOf(string.Concat(seq[k - 1].Norm, " ", n)) & WordClass.Agent) != 0) return false;
        if (n.Length > 2 && lex.Affixes.ConjunctionOf(n[0]) != Clitic.None && lex.ClauseWords.Contains(n.AsSpan(1))) return true;
        return lex.ClauseWords.Contains(n);
    }
}
