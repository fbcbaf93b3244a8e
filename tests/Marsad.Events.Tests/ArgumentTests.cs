namespace Marsad.Events.Tests;

/// <summary>Argument assignment, one row per construction: the sentence and the events expected from it.</summary>
public class ArgumentTests
{
    [Theory]
    // VSO and SVO
    [InlineData("التقى الرئيس عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في القاهرة.", "CONSULT sisi>macron")]
    [InlineData("استقبل السيسي حفتر في القاهرة.", "CONSULT sisi>haftar")]
    [InlineData("وقالت الوكالة إن مصر تدعم حفتر منذ سنوات.", "SUPPORT egypt>haftar")]
    [InlineData("زار أردوغان موسكو الأسبوع الماضي.", "CONSULT erdogan>moscow")]
    // passive agent
    [InlineData("استُهدفت طرابلس من قبل قوات حفتر.", "ASSAULT haftar>tripoli")]
    // event noun + genitive + preposition
    [InlineData("تطور التنسيق بعد زيارة السيسي إلى باريس.", "CONSULT sisi>paris")]
    [InlineData("وتحمل استضافة مصر لصدام حفتر دلالات متعددة.", "CONSULT egypt>saddam")]
    // nisba adjectives on an event noun
    [InlineData("وأكدت المصادر أن التنسيق المصري - الفرنسي تطور بشكل واضح.", "COOPERATE egypt>france")]
    // بين … و
    [InlineData("يتطور التعاون الاستخباراتي بين القاهرة وباريس.", "COOPERATE cairo>paris")]
    [InlineData("ودارت اشتباكات عنيفة بين قوات حفتر وقوات حكومة الوفاق.", "ASSAULT haftar>gna")]
    // coordination as subject of a support verb
    [InlineData("تكثف الأجهزة الأمنية المصرية والفرنسية التعاون في ليبيا.", "COOPERATE egypt>france")]
    [InlineData("تتجه مصر والإمارات إلى توسيع التعاون العسكري.", "COOPERATE egypt>uae")]
    // preposition frames
    [InlineData("اتصل ماكرون بالسيسي لبحث الأوضاع.", "CONSULT macron>sisi")]
    [InlineData("وطالب السيسي فرنسا بالكف عن التدخل.", "REQUEST sisi>france")]
    [InlineData("ندد أردوغان بهجوم حفتر.", "ACCUSE erdogan>haftar")]
    [InlineData("شنت قوات حفتر هجوما على طرابلس.", "ASSAULT haftar>tripoli")]
    [InlineData("وأرسلت تركيا أسلحة إلى حكومة الوفاق.", "AID turkey>gna")]
    [InlineData("اشترى السيسي من باريس 24 طائرة رافال.", "AID paris>sisi")]
    [InlineData("اتهمت مصر تركيا بدعم الإرهاب.", "ACCUSE egypt>turkey")]
    [InlineData("هدد أردوغان حفتر بالرد.", "THREATEN erdogan>haftar")]
    [InlineData("وقعت مصر وفرنسا اتفاقية للتعاون.", "AGREE egypt>france")]
    [InlineData("اعتقلت الشرطة المصرية أنصار حفتر.", "COERCE police>haftar")]
    // an agent after an active verb's object noun is that noun's: the verb is about its act, so it is the target
    [InlineData("وتدين مصر بشدة استمرار التصريحات العدائية من قبل السراج.", "ACCUSE egypt>sarraj")]
    // نُسب إلى "attributed to" marks the agent of the act before it
    [InlineData("استُهدفت طرابلس بقذائف نُسبت إلى قوات حفتر.", "ASSAULT haftar>tripoli")]
    // blaming (حمّل X المسؤولية، ألقى باللائمة على X), recalling an ambassador, a press conference held with someone, a campaign
    [InlineData("وحملت مصر تركيا مسؤولية الهجوم.", "ACCUSE egypt>turkey")]
    [InlineData("وألقى أردوغان باللائمة على حفتر.", "ACCUSE erdogan>haftar")]
    [InlineData("استدعت مصر سفيرها لدى تركيا للتشاور.", "SANCTION egypt>turkey")]
    [InlineData("وقال السيسي في مؤتمر صحفي عقده مع ماكرون إن البلدين متفقان.", "CONSULT sisi>macron")]
    [InlineData("وأطلقت تركيا حملة عسكرية ضد داعش.", "ASSAULT turkey>isis")]
    // a relative pronoun before the verb: the phrase before it is the subject
    [InlineData("وقالت الصحيفة إن تركيا التي دعمت حكومة الوفاق منذ البداية لن تتراجع.", "SUPPORT turkey>gna")]
    [InlineData("وقال إن فرنسا التي تتهم حفتر بعرقلة الحل تريد قرارا.", "ACCUSE france>haftar")]
    public void Assigns_source_and_target(string sentence, string expected)
    {
        Assert.Contains(expected, TestDocuments.Events(sentence));
    }

    [Theory]
    // a place of the act between the subject and the object: the object follows it
    [InlineData("التقى وزير الخارجية المصري في القاهرة نظيره الفرنسي.", "CONSULT egypt>france", "CONSULT egypt>cairo")]
    [InlineData("قصف الجيش المصري في ليبيا مواقع داعش.", "ASSAULT egypt_army>isis", "ASSAULT egypt_army>libya")]
    // the titles after a person's name do not use up the noun's window
    [InlineData("تأتي زيارة عبد الفتاح السيسي رئيس الجمهورية القائد الأعلى للقوات المسلحة رئيس المجلس الأعلى للشرطة رئيس مجلس الدفاع الوطني إلى باريس في إطار التنسيق.",
        "CONSULT sisi>paris", "-")]
    // the subject of a support verb before a phrase after the noun
    [InlineData("بدأ السراج أمس زيارة إلى القاهرة تستمر يومين لبحث ممارسات قوات حفتر.", "CONSULT sarraj>cairo", "CONSULT haftar>")]
    // a verb of receiving: its subject is who the noun's act is done to, من names the doer
    [InlineData("تلقى السيسي اتصالا هاتفيا من ماكرون.", "CONSULT macron>sisi", "CONSULT sisi>")]
    [InlineData("وتلقت حكومة الوفاق مساعدات عسكرية من تركيا.", "AID turkey>gna", "AID gna>")]
    // a verb of the same act right after an event noun is a clause about it: the event is its subject, its agent the source
    [InlineData("شن الجيش المصري غارات استهدفت مواقع داعش في ليبيا.", "ASSAULT egypt_army>isis", "ASSAULT isis>")]
    [InlineData("وقتل ثلاثة أشخاص في هجوم استهدف مقر الشرطة في طرابلس.", "-", "ASSAULT police>")]
    // …but a definite noun ending a phrase is followed by a new clause with its own subject
    [InlineData("وفي ختام الاجتماع هاجم السيسي حكومة الوفاق.", "ACCUSE sisi>gna", "-")]
    // a passive participle: the phrase it describes is the one acted on, wherever it stands, its agent the source
    [InlineData("وقاتلت تركيا ضد مجموعة فاغنر المدعومة من روسيا.", "SUPPORT russia>wagner", "SUPPORT turkey")]
    public void Reads_the_clause_around_the_trigger(string sentence, string expected, string notExpected)
    {
        var events = TestDocuments.Events(sentence);
        foreach (var e in expected.Split(',').Where(e => e != "-")) Assert.Contains(e, events);
        Assert.DoesNotContain(events, e => e.StartsWith(notExpected, StringComparison.Ordinal));
    }

    [Fact]
    public void Resolves_the_two_parties_to_the_actors_just_named()
    {
        var events = TestDocuments.Events("وبحث الرئيسان الوضع في ليبيا. وكان السيسي قد زار باريس في أكتوبر، في إطار اتفاق بين الطرفين على دعم حفتر.");
        Assert.Contains("AGREE paris>sisi", events);
        Assert.Contains("SUPPORT paris>haftar", events);
        Assert.Contains("SUPPORT sisi>haftar", events);
    }

    [Theory]
    // mentions of attacks and protests that are not events between two actors
    [InlineData("وتحدث الخبراء عن الهجوم في مؤتمر صحفي.")]
    [InlineData("قالت مصر إن التعاون مهم.")]
    [InlineData("أرسل حفتر رسالة إلى شويغو.")]
    [InlineData("نشرت الصحيفة تقريرا عن ليبيا.")]
    [InlineData("زيارة تاريخية.")]
    // the senses the blame, envoy and troop words keep apart: carrying, a speech, a matter summoned, a letter arriving
    [InlineData("حمل السيسي رسالة إلى ماكرون.")]
    [InlineData("وألقى أردوغان كلمة في أنقرة.")]
    [InlineData("استدعى الأمر تدخل مصر.")]
    [InlineData("وصلت رسالة من ماكرون إلى السيسي.")]
    public void Yields_no_event(string sentence)
    {
        Assert.Empty(TestDocuments.Events(sentence));
    }
}
