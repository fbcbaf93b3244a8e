using Marsad.Core.Model;
using Marsad.Knowledge.Matching;
using Marsad.Mentions.Repair;
using Marsad.Tests.Shared;

namespace Marsad.Linking.Tests;

public class LinkingStageTests
{
    private static readonly LinkingStage Stage = new(TestKb.Kb, TestPipeline.Resources.Linking);

    private static Document Link(Document doc)
    {
        Stage.Process(doc);
        return doc;
    }

    private static Entity EntityOf(Document doc, string mentionText, int occurrence = 0)
    {
        var span = Docs.Find(doc, mentionText, occurrence);
        var m = doc.Mentions.Single(m => m.Span == span);
        return m.Entity ?? throw new InvalidOperationException($"{mentionText}: no entity");
    }

    [Fact]
    public void Spelling_variants_link_to_one_kb_entity()
    {
        var doc = Link(Docs.Make("التقى سيرجي شويجو نظيره. وقال شويغو إن الاتفاق قريب.").With(EntityType.PER, "سيرجي شويجو", "شويغو"));
        var e = Assert.Single(doc.Entities);
        Assert.Equal(("Q294418", "سيرغي شويغو", "Sergei Shoigu", EntityType.PER), (e.Kb, e.Name, e.NameEn, e.Type));
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void Surname_alone_joins_the_full_name_and_the_son_stays_apart()
    {
        var doc = Link(Docs.Make("استقبل الرئيس عبدالفتاح السيسي الوفد. وحضر محمود السيسي اللقاء. وأكد السيسي دعمه.")
            .With(EntityType.PER, "الرئيس عبدالفتاح السيسي", "محمود السيسي", "السيسي"));
        Assert.Equal(2, doc.Entities.Count);
        var president = EntityOf(doc, "الرئيس عبدالفتاح السيسي");
        Assert.Equal("Q57411", president.Kb);
        Assert.Same(president, EntityOf(doc, "السيسي", 2));
        var son = EntityOf(doc, "محمود السيسي");
        Assert.NotSame(president, son);
        Assert.Null(son.Kb);
        Assert.Equal(("محمود السيسي", "Mahmoud el-Sisi"), (son.Name, son.NameEn));
    }

    [Fact]
    public void Father_and_son_sharing_a_surname_stay_apart()
    {
        var doc = Link(Docs.Make("التقى الفريق صدام خليفة حفتر بالمسؤولين. وصدام حفتر نجل خليفة حفتر. وقال صدام إن حفتر يدعم الحوار.")
            .With(EntityType.PER, "صدام خليفة حفتر", "صدام حفتر", "خليفة حفتر", "صدام", "حفتر"));
        var saddam = EntityOf(doc, "صدام خليفة حفتر");
        var khalifa = EntityOf(doc, "خليفة حفتر", 1);
        Assert.NotSame(saddam, khalifa);
        Assert.Equal(("M:saddam-haftar", "M:khalifa-haftar"), (saddam.Kb, khalifa.Kb));
        Assert.Same(saddam, EntityOf(doc, "صدام حفتر"));
        Assert.Same(saddam, EntityOf(doc, "صدام", 2));           // given name alone, unambiguous
        Assert.Same(khalifa, EntityOf(doc, "حفتر", 3));          // the bare surname: the knowledge base's reading
        Assert.Equal(2, doc.Entities.Count);
    }

    [Theory]
    // the bare surname goes to the full name seen most recently before it
    [InlineData("قال سالم الزاوي إن الوضع صعب. وقال أحمد الزاوي إن الحل قريب. ورد الزاوي بحدة.", "أحمد الزاوي")]
    [InlineData("قال أحمد الزاوي إن الحل قريب. وقال سالم الزاوي إن الوضع صعب. ورد الزاوي بحدة.", "سالم الزاوي")]
    public void Unknown_people_sharing_a_surname(string text, string expected)
    {
        var doc = Link(Docs.Make(text).With(EntityType.PER, "سالم الزاوي", "أحمد الزاوي", "الزاوي"));
        Assert.Equal(2, doc.Entities.Count);
        Assert.All(doc.Entities, e => Assert.Null(e.Kb));
        var bare = doc.Mentions.Last();
        Assert.Equal(expected, bare.Entity!.Name);
    }

    [Fact]
    public void Surname_before_the_full_name_is_resolved_too()
    {
        var doc = Link(Docs.Make("حرشاوي: الوضع خطير. وقال الباحث جلال حرشاوي إن الأزمة طويلة.").With(EntityType.PER, "جلال حرشاوي", "حرشاوي"));
        var e = Assert.Single(doc.Entities);
        Assert.Equal(("جلال حرشاوي", "Jalal Harshawi", (string?)null), (e.Name, e.NameEn, e.Kb));
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void Nisba_adjectives_are_their_state()
    {
        var doc = Docs.Make("قالت مصادر مصرية إن الجيش المصري والقوات المصرية في حالة تأهب، وأكدت مصر ذلك.");
        doc.With(EntityType.GPE, "مصر", "المصري", "المصرية");
        doc.Mentions.First(m => doc.TextOf(m.Span) == "المصري").Nisba = true;
        Link(doc);
        var egypt = Assert.Single(doc.Entities);
        Assert.Equal(("Q79", "مصر", "Egypt", EntityType.GPE), (egypt.Kb, egypt.Name, egypt.NameEn, egypt.Type));
        Assert.Equal(4, egypt.Mentions.Count);   // مصر inside مصرية, المصري, المصرية, مصر
    }

    [Fact]
    public void A_capital_acting_is_its_state_and_a_visited_capital_a_place()
    {
        var doc = Link(Docs.Make("وصل الوفد إلى القاهرة أمس. وردت القاهرة على الاتهامات، كما أعلنت مصر موقفها. وحذر الكرملين من التصعيد في موسكو.")
            .With(EntityType.LOC, "القاهرة", "الكرملين", "موسكو").With(EntityType.GPE, "مصر"));
        var cairo = EntityOf(doc, "القاهرة", 0);
        var egypt = EntityOf(doc, "القاهرة", 1);
        Assert.Equal(("Q85", EntityType.LOC, "Cairo"), (cairo.Kb, cairo.Type, cairo.NameEn));
        Assert.Equal(("Q79", EntityType.GPE), (egypt.Kb, egypt.Type));
        Assert.Same(egypt, EntityOf(doc, "مصر"));
        Assert.Equal(("Q159", EntityType.GPE), (EntityOf(doc, "الكرملين").Kb, EntityOf(doc, "الكرملين").Type));
        Assert.Equal(("Q649", EntityType.LOC), (EntityOf(doc, "موسكو").Kb, EntityOf(doc, "موسكو").Type));
        Assert.Equal(4, doc.Entities.Count);
    }

    [Fact]
    public void Entity_ids_follow_first_mentions_and_every_mention_has_its_entity()
    {
        var doc = Link(Docs.Make("أعلنت تركيا دعم حكومة الوفاق الوطني. وقال جلال حرشاوي إن حكومة الوفاق تحتاج الدعم التركي.")
            .With(EntityType.GPE, "تركيا", "التركي").With(EntityType.ORG, "حكومة الوفاق الوطني", "حكومة الوفاق").With(EntityType.PER, "جلال حرشاوي"));
        Assert.Equal(["e1", "e2", "e3"], doc.Entities.Select(e => e.Id));
        Assert.Equal(["Q43", "M:gna", null], doc.Entities.Select(e => e.Kb));
        Assert.All(doc.Mentions, m => Assert.Contains(m, m.Entity!.Mentions));
        Assert.Equal(doc.Mentions.Count, doc.Entities.Sum(e => e.Mentions.Count));
        var first = doc.Entities.Select(e => e.Mentions.Min(m => m.Span.Start)).ToList();
        Assert.Equal(first.Order(), first);
    }

    [Fact]
    public void Titles_are_left_out_of_names_and_a_bare_title_is_no_entity()
    {
        var doc = Link(Docs.Make("قال الرئيس إن اللواء سالم جحا وصل.").With(EntityType.PER, "الرئيس", "اللواء سالم جحا"));
        var e = Assert.Single(doc.Entities);
        Assert.Equal("سالم جحا", e.Name);
        Assert.Single(doc.Mentions);
    }

    [Fact]
    public void Proclitics_are_left_out_of_unknown_names_when_the_rest_is_known()
    {
        var doc = Link(Docs.Make("قال جلال حرشاوي إن الأمر انتهى، وأضاف وحرشاوي يرى ذلك.").With(EntityType.PER, "جلال حرشاوي", "وحرشاوي"));
        var e = Assert.Single(doc.Entities);
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void A_low_confidence_one_word_guess_that_links_nowhere_is_dropped()
    {
        var doc = Docs.Make("وقال مراقبون إن الوضع هادئ، وأكد جلال حرشاوي ذلك.").With(EntityType.PER, "مراقبون", "جلال حرشاوي");
        doc.Mentions[0].Confidence = 0.3;
        Link(doc);
        var e = Assert.Single(doc.Entities);
        Assert.Equal("جلال حرشاوي", e.Name);
        Assert.Single(doc.Mentions);
    }

    [Theory]
    // a village of the bulk gazetteer (weak prior) does not outweigh the mention stage's person
    [InlineData(EntityType.PER, "كوكي", null, EntityType.PER)]
    [InlineData(EntityType.LOC, "كوكي", "M:test-village", EntityType.LOC)]
    // a known town does (a capital that says something is its state)
    [InlineData(EntityType.PER, "طرابلس", "Q1016", EntityType.GPE)]
    public void A_person_is_no_weak_village_of_the_same_name(EntityType type, string name, string? kb, EntityType linked)
    {
        var village = new Knowledge.Model.KbEntry
        {
            Id = "M:test-village", Kind = Knowledge.Model.KbKind.City, Type = EntityType.LOC, NameAr = "كوكي", NameEn = "Koki",
            StateId = "Q1016", Aliases = ["كوكي"], Source = "test", Prior = 29,
        };
        var stage = new LinkingStage(new Knowledge.KnowledgeBase([.. TestKb.Kb.Entries, village]), TestPipeline.Resources.Linking);
        var doc = Docs.Make($"ورفض النادي التخلي عن نجمه {name}، وقال {name} إنه باق.").With(type, name);
        stage.Process(doc);
        var e = EntityOf(doc, name);
        Assert.Equal((kb, linked), (e.Kb, e.Type));
    }

    [Fact]
    public void Unknown_organisations_group_by_spelling_and_short_forms()
    {
        var doc = Link(Docs.Make("أعلن مجلس الإنقاذ الوطني الإضراب. ورفض مجلس الإنقاذ الحوار، وقال المجلس إن...").With(EntityType.ORG, "مجلس الإنقاذ الوطني", "مجلس الإنقاذ"));
        var e = Assert.Single(doc.Entities);
        Assert.Equal(("مجلس الإنقاذ الوطني", EntityType.ORG), (e.Name, e.Type));
    }

    [Fact]
    public void Empty_document_and_no_mentions_give_no_entities()
    {
        Assert.Empty(Link(Docs.Make("")).Entities);
        Assert.Empty(Link(Docs.Make("نص بلا أسماء.")).Entities);
    }

    [Fact]
    public void Running_twice_gives_the_same_entities()
    {
        var doc = Docs.Make("وردت القاهرة على الاتهامات. وقال السيسي ذلك.").With(EntityType.LOC, "القاهرة").With(EntityType.PER, "السيسي");
        Link(doc);
        var first = doc.Entities.Select(e => (e.Id, e.Kb, e.Name)).ToList();
        Link(doc);
        Assert.Equal(first, doc.Entities.Select(e => (e.Id, e.Kb, e.Name)));
    }
}

public class LinkingProposalTests
{
    private static readonly LinkingStage Stage = new(TestKb.Kb, TestPipeline.Resources.Linking);

    [Fact]
    public void A_kb_id_proposed_for_a_longer_person_name_is_not_taken_for_another_person()
    {
        // the mention stage may give a tagger span the id of the knowledge-base name inside it
        var doc = Docs.Make("وحضر محمود السيسي اللقاء.").With(EntityType.PER, "محمود السيسي");
        doc.Mentions[0].KbId = "Q57411";
        Stage.Process(doc);
        var e = Assert.Single(doc.Entities);
        Assert.Null(e.Kb);
        Assert.Equal("محمود السيسي", e.Name);
    }

    [Fact]
    public void A_kb_id_proposed_for_a_fuller_form_of_the_same_person_is_taken()
    {
        var doc = Docs.Make("وقال المشير خليفة بلقاسم حفتر إن…").With(EntityType.PER, "المشير خليفة بلقاسم حفتر");
        doc.Mentions[0].KbId = "M:khalifa-haftar";
        Stage.Process(doc);
        Assert.Equal("M:khalifa-haftar", Assert.Single(doc.Entities).Kb);
    }

    [Fact]
    public void A_kb_id_proposed_for_a_longer_organisation_name_is_taken()
    {
        var doc = Docs.Make("أعلنت حكومة الوفاق الوطني الشرعية ذلك.").With(EntityType.ORG, "حكومة الوفاق الوطني الشرعية");
        doc.Mentions[0].KbId = "M:gna";
        Stage.Process(doc);
        Assert.Equal("M:gna", Assert.Single(doc.Entities).Kb);
    }
}

public class TanweenTests
{
    private static readonly LinkingStage Stage = new(TestKb.Kb, TestPipeline.Resources.Linking);

    [Fact]
    public void A_tanween_word_that_links_nowhere_is_no_entity()
    {
        var doc = Docs.Make("تراقب الأجهزة الأوضاع ميدانياً وسياسياً.").With(EntityType.LOC, "ميدانياً");
        Stage.Process(doc);
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Mentions);
    }
}

public class StrayAndCoordinationTests
{
    private static readonly LinkingStage Stage = new(TestKb.Kb, TestPipeline.Resources.Linking);

    [Fact]
    public void A_person_span_over_a_coordination_names_two_people()
    {
        var doc = Docs.Make("التقى بشار الأسد الوفد. مذكرات تفاهم بين حفتر وبشار والسيسي لتشكيل حلف.").With(EntityType.PER, "بشار الأسد", "حفتر", "بشار والسيسي");
        SurnameTrimTests.Repair(doc);    // the mention stage splits, linking resolves the parts
        Stage.Process(doc);
        Assert.Equal(["بشار الأسد", "حفتر", "بشار", "السيسي"], doc.Mentions.Select(m => doc.TextOf(m.Span)));
        Assert.Same(doc.Mentions[0].Entity, doc.Mentions[2].Entity);   // the given name joins the full name
        Assert.Equal("Q57411", doc.Mentions[3].Entity!.Kb);
    }

    [Fact]
    public void A_lone_one_word_unknown_person_is_dropped_unless_titled_or_repeated()
    {
        var doc = Docs.Make("يمنع حدوث صدام بين البلدين.").With(EntityType.PER, "صدام");
        Stage.Process(doc);
        Assert.Empty(doc.Entities);

        doc = Docs.Make("وصل اللواء جحا إلى المدينة.").With(EntityType.PER, "جحا");
        Stage.Process(doc);
        Assert.Single(doc.Entities);

        doc = Docs.Make("قال جحا إن الوضع صعب. وأضاف جحا أن الحل قريب.").With(EntityType.PER, "جحا");
        Stage.Process(doc);
        Assert.Equal(2, Assert.Single(doc.Entities).Mentions.Count);
    }

    [Theory]
    // a compound name (kunya, عبد + a divine name, … الدين) is one name word, named once and untitled: its particle makes it a name
    [InlineData("وذكرت المصادر أن قياديا يدعى أبو مجاهد قتل.", "أبو مجاهد", 1)]
    [InlineData("وذكرت المصادر أن عبد الرحيم قتل.", "عبد الرحيم", 1)]
    [InlineData("وقالت المصادر إن نور الدين وصل.", "نور الدين", 1)]
    // one written word stays a guess
    [InlineData("وذكرت المصادر أن مجاهد قتل.", "مجاهد", 0)]
    public void A_lone_compound_name_is_no_one_word_guess(string text, string name, int entities)
    {
        var doc = Docs.Make(text).With(EntityType.PER, name);
        Stage.Process(doc);
        Assert.Equal(entities, doc.Entities.Count);
    }
}

public class SurnameTrimTests
{
    /// <summary>The mention stage's last step over the test knowledge base: repairs, splits and trims the spans.</summary>
    internal static void Repair(Document doc)
    {
        var repaired = new MentionRepair(TestKb.Kb, new KnownNameParts(TestKb.Kb, TestPipeline.Resources.Transliterator),
            TestPipeline.Resources.Language.NameTitles, TestPipeline.Resources.Words).Apply(doc, doc.Mentions);
        doc.Mentions.Clear();
        doc.Mentions.AddRange(repaired);
    }

    [Theory]
    [InlineData("ودعم حفتر الانقلابي قواته.", "حفتر الانقلابي")]
    [InlineData("وتعامل مع حفتر كشريك موثوق.", "حفتر كشريك")]
    public void A_span_running_on_after_a_known_surname_is_that_person(string text, string span)
    {
        foreach (var proposed in new[] { "M:khalifa-haftar", null })   // as the mention stage proposes for the name inside, or not
        {
            var doc = Docs.Make(text).With(EntityType.PER, span);
            doc.Mentions[0].KbId = proposed;
            Repair(doc);
            new LinkingStage(TestKb.Kb, TestPipeline.Resources.Linking).Process(doc);
            var m = Assert.Single(doc.Mentions);
            Assert.Equal("حفتر", doc.TextOf(m.Span));
            Assert.Equal("M:khalifa-haftar", m.Entity!.Kb);
        }
    }

    [Theory]
    [InlineData("وقال السيسي محمود إن…", "السيسي محمود")]   // a name part follows: not trimmed
    [InlineData("وقال خليفة الغويل إن…", "خليفة الغويل")]   // a given name, not the surname, opens it
    public void Other_names_are_not_trimmed(string text, string span)
    {
        var doc = Docs.Make(text).With(EntityType.PER, span);
        Repair(doc);
        new LinkingStage(TestKb.Kb, TestPipeline.Resources.Linking).Process(doc);
        Assert.Equal(span, doc.TextOf(Assert.Single(doc.Mentions).Span));
    }

    [Theory]
    [InlineData("وارتفع سعر الجنيه أمام الدولار أمس.", EntityType.MISC, "الجنيه")]
    [InlineData("وقال نائب برلماني إن الجلسة تأجلت.", EntityType.ORG, "برلماني")]
    public void A_one_word_guess_that_the_corpus_uses_as_a_common_word_is_no_name(string text, EntityType type, string word)
    {
        var doc = Docs.Make(text).With(type, word);
        new LinkingStage(TestKb.Kb, TestPipeline.Resources.Linking).Process(doc);
        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Mentions);
    }

    [Fact]
    public void A_one_word_place_the_corpus_does_not_use_as_a_common_word_stays()
    {
        var doc = Docs.Make("ووصلت القوات إلى بيدوا أمس.").With(EntityType.LOC, "بيدوا");
        new LinkingStage(TestKb.Kb, TestPipeline.Resources.Linking).Process(doc);
        Assert.Equal("بيدوا", Assert.Single(doc.Entities).Name);
    }
}
