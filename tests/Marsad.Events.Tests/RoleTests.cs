using Marsad.Core.Model;

namespace Marsad.Events.Tests;

/// <summary>
/// Roles and kinship from titles on sentences written for these tests, through the whole pipeline (unknown
/// names come from the tagger): "TYPE person state-or-organisation label".
/// </summary>
public class RoleTests
{
    [Theory]
    // a title with a nationality adjective
    [InlineData("وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ستواصل دعم الحكومة.", "ROLE مولود تشاووش أوغلو Turkey وزير الخارجية")]
    // a title in construct with its state
    [InlineData("وقال وزير خارجية تركيا مولود جاويش أوغلو إن بلاده ستواصل دعم الحكومة.", "ROLE مولود تشاووش أوغلو Turkey وزير خارجية")]
    [InlineData("وقال رئيس وزراء إيطاليا جوزيبي كونتي إن روما تدعم الحل السياسي.", "ROLE جوزيبي كونتي Italy رئيس وزراء")]
    // a title in construct with an organisation that has a nationality adjective
    [InlineData("وقال مدير المخابرات العامة المصرية اللواء عباس كامل إن القاهرة تدعم الحوار.", "ROLE عباس كامل General Intelligence Directorate (Egypt) مدير")]
    // لدى: the host of a diplomat is not the state he serves
    [InlineData("وقال السفير الليبي لدى تونس محمد المعلول إن السفارة ستفتح أبوابها.", "ROLE محمد المعلول Libya السفير")]
    [InlineData("وأكد سفير ليبيا لدى الأردن محمد البرغثي أن العلاقات جيدة.", "ROLE محمد البرغثي Libya سفير")]
    [InlineData("وقال مبعوث الأمم المتحدة إلى ليبيا غسان سلامة إن الحل سياسي.", "ROLE غسان سلامة United Nations مبعوث")]
    // في before the title's state: the organisation the post is in
    [InlineData("وقال وزير الخارجية في حكومة الوفاق محمد سيالة إن الحكومة ترفض التدخل.", "ROLE محمد سيالة Government of National Accord وزير الخارجية")]
    // the organisation named inside a longer title
    [InlineData("وأكد نائب رئيس المجلس الرئاسي أحمد معيتيق أن الاتفاق صامد.", "ROLE أحمد معيتيق Presidential Council (Libya) نائب رئيس المجلس الرئاسي")]
    // a title after a name and a comma
    [InlineData("وقال خالد المشري، رئيس المجلس الأعلى للدولة، إن المجلس يرفض الاتفاق.", "ROLE خالد المشري High Council of State (Libya) رئيس")]
    // في: the city of a post after the title's state
    [InlineData("وشارك الملحق العسكري الروسي في القاهرة العقيد أندريه كوزلوف في الاجتماع.", "ROLE أندريه كوزلوف Russia الملحق العسكري")]
    [InlineData("وقال القائم بالأعمال الأمريكي في طرابلس جوشوا هاريس إن واشنطن قلقة.", "ROLE جوشوا هاريس United States القائم بالأعمال")]
    // kinship: directly after the name, after a comma, and with a title before the relative's name
    [InlineData("واستقبلت القاهرة صدام حفتر نجل خليفة حفتر.", "FAMILY صدام حفتر خليفة حفتر نجل")]
    [InlineData("ووصل بلقاسم حفتر، نجل المشير خليفة حفتر، إلى القاهرة أمس.", "FAMILY بلقاسم حفتر خليفة حفتر نجل")]
    [InlineData("والتقى محمود السيسي، نجل الرئيس عبد الفتاح السيسي، بمسؤولين في الرياض.", "FAMILY محمود السيسي عبد الفتاح السيسي نجل")]
    [InlineData("وقال سيف الإسلام القذافي نجل الزعيم الليبي الراحل معمر القذافي إنه سيترشح.", "FAMILY سيف الإسلام القذافي معمر القذافي نجل")]
    public void Reads_the_role(string sentence, string expected)
    {
        var doc = RealPipeline.Run(sentence);
        Assert.Contains(expected, doc.Relations.Select(r => Describe(doc, r)));
    }

    [Theory]
    // a bare title: the knowledge base records the holder in that office, and the sentence names the state
    [InlineData("وأكد وزير الخارجية سيرغي لافروف أن روسيا تدعم الحوار.", "ROLE سيرغي لافروف Russia وزير الخارجية")]
    [InlineData("وقال سيرغي لافروف، وزير الخارجية، إن روسيا تدعم الحوار.", "ROLE سيرغي لافروف Russia وزير الخارجية")]
    public void A_bare_title_takes_the_state_of_the_holders_office(string sentence, string expected)
    {
        var doc = RealPipeline.Run(sentence);
        Assert.Contains(expected, doc.Relations.Select(r => Describe(doc, r)));
    }

    [Theory]
    // no state in the text: nothing to tie the title to
    [InlineData("وأكد وزير الخارجية سيرغي لافروف أن الحوار هو الحل.")]
    // a title the knowledge base does not record for him (it knows Lavrov as foreign minister)
    [InlineData("وأكد الرئيس سيرغي لافروف أن روسيا تدعم الحوار.")]
    // the genitive of another title: نائب الرئيس is not the president
    [InlineData("والتقى نائب الرئيس باراك أوباما بمسؤولين من الولايات المتحدة.")]
    public void A_bare_title_gives_no_role_without_the_holders_office_and_state(string sentence)
    {
        var doc = RealPipeline.Run(sentence);
        Assert.DoesNotContain(doc.Relations, r => r.Type == RelationType.ROLE);
    }

    [Theory]
    // a title is tied to the name right after its state: a person later in the sentence does not hold it
    [InlineData("ووصف الرئيس المصري الزيارة الأخيرة لمحمد بن سلمان بالناجحة.")]
    [InlineData("وأشاد وزير الخارجية التركي بالدور الذي يلعبه محمد بن سلمان في المنطقة.")]
    public void A_title_not_tied_to_a_name_gives_no_role(string sentence)
    {
        var doc = RealPipeline.Run(sentence);
        Assert.DoesNotContain(doc.Relations, r => r.Type == RelationType.ROLE);
    }

    [Fact]
    public void A_title_with_a_pronoun_suffix_after_a_name_names_another_person()
    {
        // نظيره الليبي is the Libyan minister Akar receives, not a role of Akar's
        var doc = RealPipeline.Run("واستقبل وزير الدفاع التركي خلوصي أكار نظيره الليبي في أنقرة.");
        Assert.Equal(["ROLE خلوصي أكار Turkey وزير الدفاع"], doc.Relations.Select(r => Describe(doc, r)));
        Assert.Equal("خلوصي أكار>Libya", Sides(doc, "واستقبل"));
    }

    [Fact]
    public void A_title_after_and_is_coordinated_not_an_apposition()
    {
        // Haftar and (another man,) the deputy prime minister arrived: not Haftar's role
        var doc = RealPipeline.Run("ووصل خليفة حفتر، ونائب رئيس الوزراء في الحكومة المؤقتة إلى دمشق أمس.");
        Assert.DoesNotContain(doc.Relations, r => r.Subject.Name == "خليفة حفتر" && r.Label.Contains("نائب"));
    }

    [Fact]
    public void A_diplomat_named_with_his_post_is_the_actor()
    {
        // the ambassador, not his state or his host, meets Haftar
        var doc = RealPipeline.Run("والتقى السفير الأمريكي لدى ليبيا ريتشارد نورلاند بخليفة حفتر في بنغازي.");
        Assert.Equal("ريتشارد نورلاند>خليفة حفتر", Sides(doc, "والتقى"));
    }

    [Fact]
    public void A_kinship_apposition_is_not_an_argument()
    {
        var doc = RealPipeline.Run("والتقى محمود السيسي، نجل الرئيس عبد الفتاح السيسي، بمسؤولين سعوديين في الرياض.");
        Assert.DoesNotContain(doc.Events.SelectMany(e => e.Sources.Concat(e.Targets)), a => a.Name == "عبد الفتاح السيسي");
    }

    /// <summary>People by their Arabic name (the tagger's names have no stable English form), states and organisations in English.</summary>
    private static string Describe(Document doc, Relation r) => $"{r.Type} {Text(doc, r.Subject)} {Text(doc, r.Object)} {r.Label}";

    private static string Text(Document doc, Entity e) => e.Type == EntityType.PER ? e.Name : RealPipeline.Name(e);

    private static string Sides(Document doc, string trigger)
    {
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        return $"{string.Join("+", ev.Sources.Select(e => Text(doc, e)))}>{string.Join("+", ev.Targets.Select(e => Text(doc, e)))}";
    }
}
