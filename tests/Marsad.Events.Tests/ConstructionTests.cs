using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>
/// Tables of short sentences written for these tests, one table per construction of issue 11, run through the
/// whole pipeline (text, mentions, linking, events) as <c>marsad extract</c> runs it. A row names what must be
/// true of the sentence and nothing incidental: an event of the type with these sources and targets (an entity
/// matches by name or by a mention holding the phrase as whole words; "?" leaves a side unchecked, "" requires
/// it empty), asserted, with at least these casualty counts. Other events of the sentence are not checked.
/// Rows skipped as "known miss" are failures of the current extractor, kept as findings.
/// </summary>
public class ConstructionTests
{
    [Theory]
    [InlineData("اغتيل السفير الروسي في أنقرة أمس.", "ASSAULT", "", "?", "", Skip = "known miss: no event for the passive اغتيل")]
    [InlineData("قُتل ثلاثة جنود مصريين في هجوم على كمين قرب العريش.", "ASSAULT", "", "جنود مصريين|مصر", "3 killed")]
    [InlineData("اعتُقل عشرون متظاهرا في وسط القاهرة.", "COERCE", "", "متظاهرا", "20 arrested")]
    [InlineData("اختُطف أربعة عمال أتراك في جنوب ليبيا.", "ASSAULT", "", "عمال أتراك|تركيا", "4 abducted")]
    [InlineData("قُتل شرطي برصاص مجهولين في بنغازي.", "ASSAULT", "مجهولين", "شرطي", "")]
    [InlineData("استُهدف موكب الوزير بعبوة ناسفة في بغداد.", "ASSAULT", "", "?", "", Skip = "known miss: no event for استُهدف … بعبوة ناسفة")]
    public void Passive(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities);

    [Theory]
    [InlineData("مقتل سبعة أشخاص بتفجير انتحاري في بغداد.", "ASSAULT", "", "أشخاص", "7 killed")]
    [InlineData("وقع الهجوم على نقطة تفتيش للجيش قرب العريش فجر اليوم.", "ASSAULT", "", "الجيش", "")]
    [InlineData("أسفر الانفجار عن مقتل عشرة أشخاص وإصابة عشرين آخرين.", "ASSAULT", "", "?", "10 killed,20 wounded")]
    [InlineData("اعتقال خمسة من قادة المعارضة في تونس.", "COERCE", "", "?", "5 arrested")]
    [InlineData("اختطاف ثلاثة صحفيين فرنسيين في شمال مالي.", "ASSAULT", "", "صحفيين فرنسيين", "3 abducted", Skip = "known miss: no event for the masdar اختطاف")]
    [InlineData("زيارة الرئيس المصري إلى موسكو.", "CONSULT", "?", "موسكو", "")]
    public void Nominal(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities);

    [Theory]
    [InlineData("اقتحم مسلحون مقر البرلمان في طرابلس.", "ASSAULT", "مسلحون", "?", "")]
    [InlineData("هاجم مسلحون دورية للشرطة في سيناء.", "ASSAULT", "مسلحون", "الشرطة", "")]
    [InlineData("اعتقلت قوات الأمن ثلاثة مشتبه بهم في الإسكندرية.", "COERCE", "قوات الأمن", "?", "3 arrested")]
    [InlineData("أطلق جنود النار على مدنيين عند الحاجز.", "ASSAULT", "جنود", "مدنيين", "")]
    [InlineData("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع في العاصمة.", "ASSAULT", "الشرطة", "المتظاهرين", "")]
    [InlineData("وأحكمت المقاومة الشعبية سيطرتها على مدينة الضالع.", "COERCE", "المقاومة الشعبية", "الضالع", "")]
    [InlineData("رشق المتظاهرون مقر المحافظة بالحجارة احتجاجا على البطالة.", "PROTEST", "المتظاهرون", "?", "", Skip = "known miss: typed ASSAULT with the protesters as its target; احتجاجا على is not read as PROTEST")]
    public void Generic_agent(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities);

    [Theory]
    // an attack with no stated agent
    [InlineData("انفجرت سيارة مفخخة في سوق شعبي ببغداد.", "ASSAULT", "", "?", "")]
    [InlineData("سقطت قذائف على حي سكني في طرابلس.", "ASSAULT", "", "?", "")]
    // a protest with no target
    [InlineData("تظاهر آلاف الطلاب في تونس احتجاجا على رفع رسوم الجامعة.", "PROTEST", "الطلاب", "", "")]
    [InlineData("اعتصم العمال أمام مقر الشركة للمطالبة بصرف رواتبهم.", "PROTEST", "العمال", "", "")]
    [InlineData("أضرب عمال الميناء عن العمل للمطالبة برفع الأجور.", "PROTEST", "عمال", "", "")]
    // a deployment
    [InlineData("نشر الجيش المصري تعزيزات عسكرية في سيناء.", "MOBILIZE", "الجيش المصري", "", "", Skip = "known miss: the place سيناء is read as the target, and the event as reported")]
    [InlineData("دفعت تركيا بتعزيزات عسكرية إلى حدودها الجنوبية.", "MOBILIZE", "تركيا", "", "")]
    public void One_sided(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities);

    [Theory]
    // (planned and reported events too: these rows are about who the sides are)
    // the pronoun on أنّ is the verb's subject: the speaker of the reporting verb; the phrase after the verb its object
    [InlineData("وأعلن وزير الخارجية الألماني فرانك فالتر شتاينماير أنه سيزور السعودية الشهر المقبل.", "CONSULT", "شتاينماير", "السعودية", "")]
    [InlineData("وأعلنت مصر أنها سترسل أسلحة إلى الجيش الليبي.", "AID", "مصر", "?", "")]
    // a support verb's subject is the agent of the noun whose pronoun points back to it
    [InlineData("بدأت قوات حفتر هجومها على العاصمة طرابلس.", "ASSAULT", "حفتر", "طرابلس", "")]
    [InlineData("وبدأت القوات التركية انسحابها من شمال العراق.", "RETREAT", "القوات التركية", "?", "")]
    // an agent noun in apposition: the phrase it describes is the source, its genitive the one backed
    [InlineData("ويقول دبلوماسيون إن روسيا وإيران حليفتا الأسد تدعمان الحوار.", "SUPPORT", "إيران", "الأسد", "")]
    [InlineData("وقالت تركيا، حليفة الولايات المتحدة، إنها لن تسمح بذلك.", "SUPPORT", "تركيا", "الولايات المتحدة", "")]
    // a joint press conference is held by the two sides of a meeting
    [InlineData("وقال سامح شكري في مؤتمر صحفي مشترك مع نظيره الروسي سيرغي لافروف إن البلدين متفقان.", "CONSULT", "شكري", "لافروف", "")]
    public void Clause_structure(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities, anyModality: true);

    [Theory]
    // a verb with an object pronoun right after an indefinite noun is a relative clause: the noun is its object,
    // its subject follows it or is the actor named before
    [InlineData("يقاتل في ليبيا مسلحون سوريون تدعمهم تركيا.", "SUPPORT", "تركيا", "مسلحون سوريون|سوريا", "")]
    [InlineData("أسر حفتر مرتزقة تشاديين اتهمهم بالإرهاب.", "ACCUSE", "حفتر", "مرتزقة تشاديين|تشاد", "")]
    // an act named inside an accusation: the accused, or the من-phrase of giving, is its agent
    [InlineData("اتهمت مصر تركيا بدعم الميليشيات في ليبيا.", "SUPPORT", "تركيا", "الميليشيات", "")]
    [InlineData("واتهم حفتر مرتزقة بتمويلهم من قطر.", "AID", "قطر", "مرتزقة", "")]
    // a prepositional phrase after another noun's preposition is that noun's (a letter to Putin), not the event's
    [InlineData("اتهم حفتر قطر بتمويل الإرهابيين في رسالة إلى بوتين.", "AID", "قطر", "الإرهابيين", "")]
    // من after a noun of giving names the giver
    [InlineData("أقيم المشروع بدعم من الحكومة اليابانية للحكومة المصرية.", "SUPPORT", "اليابان", "مصر", "")]
    public void Relative_clause_and_accusation(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities, anyModality: true);

    [Theory]
    // trade: the exporter is the source, the importer the target
    [InlineData("وارتفعت واردات الصين من النفط الخام السعودي في يونيو.", "COOPERATE", "السعودية", "الصين", "")]
    [InlineData("واستوردت الهند من روسيا مليون طن من القمح.", "COOPERATE", "روسيا", "الهند", "")]
    [InlineData("وتسعى روسيا إلى زيادة صادراتها إلى الصين.", "COOPERATE", "روسيا", "الصين", "")]
    public void Trade(string sentence, string type, string sources, string targets, string quantities) =>
        AssertEvent(sentence, type, sources, targets, quantities, anyModality: true);

    [Theory]
    [InlineData("قتل مسلحون خمسة مدنيين في قرية قرب الموصل.", "ASSAULT", "5 killed")]
    [InlineData("أصيب خمسة مدنيين في قصف على مدينة حلب.", "ASSAULT", "5 wounded")]
    [InlineData("أسفر الهجوم عن مقتل 12 جنديا وإصابة 30 آخرين.", "ASSAULT", "12 killed,30 wounded")]
    [InlineData("اعتقلت الشرطة 45 شخصا خلال المظاهرات.", "COERCE", "45 arrested")]
    [InlineData("خطف مسلحون ثلاثة مهندسين أجانب قرب سرت.", "ASSAULT", "3 abducted")]
    [InlineData("أدى القصف إلى نزوح ألفي شخص من المدينة.", "ASSAULT", "2000 displaced")]
    public void Casualty_counts(string sentence, string type, string quantities) =>
        AssertEvent(sentence, type, "?", "?", quantities);

    [Theory]
    [InlineData("اعتقلت قوات الأمن المصرية ناشطا في القاهرة.", "قوات الأمن المصرية", "COP", "مصر")]
    [InlineData("قُتل ثلاثة جنود مصريين في هجوم قرب العريش.", "جنود مصريين", "MIL", "مصر")]
    [InlineData("فرقت الشرطة التونسية اعتصاما أمام مقر الحكومة.", "الشرطة التونسية", "COP", "تونس")]
    [InlineData("اختُطف أربعة عمال أتراك في جنوب ليبيا.", "عمال أتراك", "LAB", "تركيا")]
    [InlineData("قصفت طائرات روسية مواقع للمسلحين في إدلب.", "طائرات روسية", "MIL", "روسيا", Skip = "known miss: aircraft of a state (طائرات روسية) are no actor")]
    public void Affiliation(string sentence, string actor, string sector, string affiliation)
    {
        var doc = Extract(sentence);
        var entity = doc.Entities.FirstOrDefault(e => e.IsGeneric && Matches(doc, e, actor));
        Assert.True(entity is not null, $"no generic actor «{actor}»; entities: {Entities(doc)}");
        Assert.Equal(sector, entity.Sector);
        Assert.Equal(affiliation, entity.Affiliation?.Name);
    }

    // Hard negatives (data/events/annotation/GUIDELINES.md §24): a row names a type and the modalities an event of
    // that type may have in the sentence; no event of it at all is also right, one with another modality is not.
    [Theory]
    // threats and warnings: the threatened act is no event
    [InlineData("هدد الرئيس التركي بشن هجوم على المسلحين في سوريا.", "ASSAULT", "")]
    [InlineData("حذرت الأمم المتحدة من هجوم وشيك على طرابلس.", "ASSAULT", "")]
    [InlineData("توعد التنظيم بتنفيذ تفجيرات جديدة في العاصمة.", "ASSAULT", "")]
    // denials
    [InlineData("نفت الحكومة المصرية إرسال قوات إلى ليبيا.", "AID", "Denied")]
    [InlineData("نفى الجيش قصف المستشفى في المدينة.", "ASSAULT", "Denied")]
    [InlineData("لم يلتق وزير الخارجية الروسي نظيره التركي خلال زيارته.", "CONSULT", "Denied")]
    // plans
    [InlineData("تعتزم فرنسا إرسال جنود إلى مالي الشهر المقبل.", "AID", "Planned")]
    [InlineData("من المقرر أن يزور الرئيس الجزائري باريس الأسبوع المقبل.", "CONSULT", "Planned")]
    [InlineData("سيلتقي أردوغان بوتين في موسكو غدا.", "CONSULT", "Planned")]
    // conditionals
    [InlineData("إذا هاجمت القوات التركية سرت فإن مصر سترد.", "ASSAULT", "Hypothetical")]
    [InlineData("في حال اقتحم المسلحون المدينة ستتدخل قوات الأمن.", "ASSAULT", "Hypothetical")]
    // metaphors: a verbal "attack" is no assault
    [InlineData("شن وزير الخارجية هجوما سياسيا على المعارضة.", "ASSAULT", "")]
    [InlineData("أعلنت الحكومة الحرب على الفساد في الوزارات.", "ASSAULT", "")]
    [InlineData("شنت الصحف هجوما إعلاميا على الحكومة.", "ASSAULT", "")]
    // an event word in passing (background, a name, sport)
    [InlineData("ناقش البرلمان في جلسته ذكرى الهجوم على السفارة.", "ASSAULT", "")]
    [InlineData("منذ اتفاق الصخيرات لم تتوحد المؤسسات الليبية.", "AGREE", "")]
    [InlineData("سجل مهاجم الفريق هدفين في المباراة.", "ASSAULT", "")]
    // an idiom: to "occupy" a rank is to rank
    [InlineData("واحتلت السعودية المرتبة الثالثة بين أكبر المصدرين إلى الصين.", "COERCE", "")]
    public void Hard_negative(string sentence, string type, string allowedModalities)
    {
        var doc = Extract(sentence);
        var allowed = allowedModalities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Modality>).ToHashSet();
        var wrong = doc.Events.Where(e => e.Type == Enum.Parse<EventType>(type) && !allowed.Contains(e.Modality)).ToList();
        Assert.True(wrong.Count == 0, $"unexpected: {string.Join("; ", wrong.Select(e => Describe(doc, e)))}");
    }

    [Theory]
    [InlineData("هدد الرئيس التركي بشن هجوم على المسلحين في سوريا.")]
    [InlineData("توعد التنظيم بتنفيذ تفجيرات جديدة في العاصمة.", Skip = "known miss: توعد is not read as THREATEN")]
    public void A_threat_is_a_threat(string sentence) =>
        AssertEvent(sentence, "THREATEN", "?", "?", "");

    private static Document Extract(string text) => TestPipeline.Pipeline.Process(new Document("construction", text));

    /// <summary>
    /// Some event of the type has exactly these sources and targets (unless "?"), is asserted, and counts at
    /// least these casualties ("7 killed,20 wounded").
    /// </summary>
    private static void AssertEvent(string sentence, string type, string sources, string targets, string quantities, bool anyModality = false)
    {
        var doc = Extract(sentence);
        var t = Enum.Parse<EventType>(type);
        var ofType = doc.Events.Where(e => e.Type == t).ToList();
        Assert.True(ofType.Count > 0, $"no {type}; events: [{string.Join("; ", doc.Events.Select(e => Describe(doc, e)))}]; entities: {Entities(doc)}");
        var want = quantities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(q => q.Trim()).ToList();
        bool Fits(Event e) =>
            (anyModality || e.Modality == Modality.Asserted)
            && Sides(doc, e.Sources, sources) && Sides(doc, e.Targets, targets)
            && want.All(q => e.Quantities.Any(x => $"{x.Value:0.##} {x.Unit}" == q));
        Assert.True(ofType.Exists(Fits),
            $"want {type} [{sources}] > [{targets}] {(anyModality ? "" : "asserted ")}{quantities}; got: {string.Join("; ", ofType.Select(e => Describe(doc, e)))}");
    }

    private static bool Sides(Document doc, List<Entity> side, string spec)
    {
        if (spec == "?") return true;
        var wanted = spec.Split('|', StringSplitOptions.RemoveEmptyEntries);
        return side.Count == wanted.Length && wanted.All(w => side.Exists(e => Matches(doc, e, w)));
    }

    /// <summary>The entity's name is the phrase, or one of its mentions holds it as whole words (a longer span
    /// such as «آلاف الطلاب» still names the actor الطلاب).</summary>
    private static bool Matches(Document doc, Entity e, string phrase) =>
        e.Name == phrase || e.Mentions.Exists(m => $" {doc.Text[m.Span.Start..m.Span.End]} ".Contains($" {phrase} ", StringComparison.Ordinal));

    private static string Describe(Document doc, Event e) =>
        $"{e.Type} [{string.Join("|", e.Sources.Select(s => s.Name))}] > [{string.Join("|", e.Targets.Select(s => s.Name))}] " +
        $"{e.Modality} «{doc.Text[e.Trigger.Start..e.Trigger.End]}»{string.Concat(e.Quantities.Select(q => $" {q.Value:0.##} {q.Unit}"))}";

    private static string Entities(Document doc) =>
        string.Join(", ", doc.Entities.Select(e => $"{e.Name}({e.Kind},{e.Sector},{e.Affiliation?.Name})"));
}
