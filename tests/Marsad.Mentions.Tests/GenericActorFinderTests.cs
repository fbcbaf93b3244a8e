using Marsad.Extraction;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

/// <summary>
/// Generic actors found by the mention stage, one construction per row, in sentences written for these
/// tests. Expected: the span text, the sector, and the text of the affiliation mention ("" when none).
/// </summary>
public class GenericActorFinderTests
{
    private static Document Run(string text)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        return doc;
    }

    private static List<Mention> Generic(Document doc) => doc.Mentions.Where(m => m.Generic is not null).ToList();

    [Theory]
    // one row per sector
    [InlineData("انتشر الجنود قرب المعبر صباحا.", "الجنود", "MIL")]
    [InlineData("أوقفت الشرطة سيارة قرب السوق.", "الشرطة", "COP")]
    [InlineData("طوقت قوات الأمن الحي بعد الظهر.", "قوات الأمن", "COP")]
    [InlineData("نفذ مسلحون هجوما على نقطة تفتيش.", "مسلحون", "UAF")]
    [InlineData("اغتال مجهولون رجلا في البلدية.", "مجهولون", "UAF")]
    [InlineData("سيطر المتمردون على بلدة جبلية.", "المتمردون", "REB")]
    [InlineData("قتل الإرهابيون حارسين عند المدخل.", "الإرهابيون", "INS")]
    [InlineData("رفع المتظاهرون لافتات في الساحة.", "المتظاهرون", "OPP")]
    [InlineData("فر المدنيون من القصف الليلي.", "المدنيون", "CVL")]
    [InlineData("وصل اللاجئون إلى المخيم مساء.", "اللاجئون", "REF")]
    [InlineData("عاد النازحون إلى قراهم.", "النازحون", "REF")]
    [InlineData("أضرب العمال عن العمل ثلاثة أيام.", "العمال", "LAB")]
    [InlineData("اعتصم الطلاب أمام الجامعة.", "الطلاب", "EDU")]
    [InlineData("أصدر القضاة حكما بالبراءة.", "القضاة", "JUD")]
    [InlineData("صوت النواب على الموازنة.", "النواب", "LEG")]
    [InlineData("منع الصحفيون من دخول القاعة.", "الصحفيون", "MED")]
    [InlineData("اجتمع رجال الأعمال في الغرفة التجارية.", "رجال الأعمال", "BUS")]
    [InlineData("عالج الأطباء الجرحى طوال الليل.", "الأطباء", "HLH")]
    [InlineData("صرح مسؤولون بأن الطريق مغلق.", "مسؤولون", "GOV")]
    [InlineData("جمعت أجهزة الاستخبارات معلومات عن الخلية.", "أجهزة الاستخبارات", "SPY")]
    [InlineData("قالت مصادر أمنية إن الطريق أعيد فتحه.", "مصادر أمنية", "COP")]
    [InlineData("قتل سبعة أشخاص في الانفجار.", "أشخاص", "CVL")]
    public void Each_sector_has_its_head(string sentence, string span, string sector)
    {
        var doc = Run(sentence);
        var m = Assert.Single(Generic(doc));
        Assert.Equal(span, doc.TextOf(m.Span));
        Assert.Equal(sector, m.Generic!.Sector);
    }

    [Theory]
    // nisba affiliation (the nisba mention stays inside the span)
    [InlineData("عبر جنود مصريون الحدود أمس.", "جنود مصريون", "MIL", "مصريون")]
    [InlineData("داهمت قوات الأمن العراقية مخزنا للأسلحة.", "قوات الأمن العراقية", "COP", "العراقية")]
    [InlineData("أعلنت الشرطة الأردنية توقيف مهربين.", "الشرطة الأردنية", "COP", "الأردنية")]
    [InlineData("قالت مصادر أمنية مصرية إن الهدوء عاد.", "مصادر أمنية مصرية", "COP", "مصرية")]
    [InlineData("وقال دبلوماسيون فرنسيون إن الحظر باق.", "دبلوماسيون فرنسيون", "GOV", "فرنسيون")]
    // genitive owner (outside the span)
    [InlineData("اشتبك عناصر حزب الله مع دورية.", "عناصر", "REB", "حزب الله")]
    // التابعة لـ / الموالية لـ + name
    [InlineData("تقدمت القوات الموالية لحفتر نحو المدينة.", "القوات", "MIL", "حفتر")]
    // a number before a plural nationality adjective: a group of its people
    [InlineData("تظاهر آلاف الإسرائيليين في الشوارع.", "آلاف الإسرائيليين", "CVL", "الإسرائيليين")]
    // a modifier sets the sector
    [InlineData("هاجم مسلحون مجهولون حافلة.", "مسلحون مجهولون", "UAF", "")]
    public void Affiliation_comes_from_a_nisba_an_owner_or_a_marker(string sentence, string span, string sector, string affiliation)
    {
        var doc = Run(sentence);
        var m = Assert.Single(Generic(doc));
        Assert.Equal(span, doc.TextOf(m.Span));
        Assert.Equal(sector, m.Generic!.Sector);
        Assert.Equal(affiliation, m.Generic.Affiliation is { } a ? doc.TextOf(a.Span) : "");
        if (m.Generic.Affiliation is { } named) Assert.Contains(named, doc.Mentions);
    }

    [Theory]
    [InlineData("أعلن الجيش التركي بدء المناورات.", "الجيش التركي")]
    [InlineData("تقدم الجيش الوطني الليبي نحو الجنوب.", "الجيش الوطني الليبي")]
    [InlineData("أصدرت الحكومة المصرية بيانا.", "الحكومة المصرية")]
    public void A_named_institution_stays_named(string sentence, string name)
    {
        var doc = Run(sentence);
        Assert.Empty(Generic(doc));
        Assert.Contains(doc.Mentions, m => doc.TextOf(m.Span) == name && m.KbId is not null);
    }

    [Theory]
    [InlineData("وللمتظاهرين مطالب واضحة.", "متظاهرين")] // لل = ل + ال: the article goes with the clitic, as for names (للحكومة → حكومة)
    [InlineData("واعتقلت الشرطة رجلين.", "الشرطة")]
    [InlineData("وقال مسؤولون إن الاجتماع انتهى.", "مسؤولون")]
    [InlineData("التقى الوزير بالمتظاهرين.", "المتظاهرين")]
    [InlineData("وفر المدنيون.", "المدنيون")]
    public void Proclitics_stay_outside_the_span(string sentence, string span)
    {
        var doc = Run(sentence);
        var m = Assert.Single(Generic(doc));
        Assert.Equal(span, doc.TextOf(m.Span));
    }

    [Theory]
    // a head that is also an adjective is a noun when a number counts it (accusative singular after 11–99)
    [InlineData("قتل ثلاثون مقاتلا في الاشتباكات.", "مقاتلا", "UAF")]
    [InlineData("أصيب 13 مدنيا في القصف.", "مدنيا", "CVL")]
    [InlineData("قتل 12 عراقيا في الانفجار.", "12 عراقيا", "CVL")]
    // or when it is the accusative noun of إنّ and its sisters
    [InlineData("أفاد شهود أن انتحاريا فجر نفسه.", "انتحاريا", "INS")]
    [InlineData("قال إن «مسلحا فتح النار».", "مسلحا", "UAF")]
    // heads added for victims and bystanders
    [InlineData("سقط عدد من المصلين في الهجوم.", "المصلين", "CVL")]
    [InlineData("أفرج الخاطفون عن الرهائن.", "الرهائن", "CVL")]
    public void A_counted_head_is_an_actor(string sentence, string span, string sector)
    {
        var doc = Run(sentence);
        var m = Assert.Single(Generic(doc), g => doc.TextOf(g.Span) == span);
        Assert.Equal(sector, m.Generic!.Sector);
    }

    [Theory]
    // words that are heads only with something after them, or adjectives here
    [InlineData("نفذ هجوما انتحاريا في السوق.")]
    [InlineData("قدمت الدولة دعما عسكريا كبيرا.")]
    [InlineData("تحدث الرئيس بقوة عن الإصلاح.")]
    [InlineData("عقد الوزير مؤتمرا صحفيا مطولا.")]
    [InlineData("طالب الوزير بإصلاح الطرق.")]
    [InlineData("ارتفع سعر عناصر البناء.")]
    public void Ordinary_words_are_not_actors(string sentence) => Assert.Empty(Generic(Run(sentence)));

    [Fact]
    public void No_generic_actor_lies_inside_a_named_one_and_spans_are_slices()
    {
        var text = "وقالت مصادر أمنية مصرية إن الجيش التركي وقوات الأمن العراقية ومسلحين مجهولين والمتظاهرين وجنوداً روساً كانوا هناك، وإن الجيش الوطني الليبي أرسل عناصر حزب الله.";
        var doc = Run(text);
        var generic = Generic(doc);
        Assert.True(generic.Count >= 4);
        foreach (var g in generic)
        {
            Assert.InRange(g.Span.Start, 0, text.Length);
            Assert.InRange(g.Span.End, g.Span.Start + 1, text.Length);
            Assert.Equal(text.Substring(g.Span.Start, g.Span.Length), doc.TextOf(g.Span));
            // the span starts and ends on letters of a word, never on a space
            Assert.False(char.IsWhiteSpace(text[g.Span.Start]) || char.IsWhiteSpace(text[g.Span.End - 1]));
            foreach (var named in doc.Mentions.Where(m => m.Generic is null && m.Span.Overlaps(g.Span)))
            {
                Assert.True(named.Nisba, $"{doc.TextOf(named.Span)} overlaps {doc.TextOf(g.Span)}");
                Assert.True(g.Span.Contains(named.Span));
            }
        }
        Assert.DoesNotContain(generic, g => doc.TextOf(g.Span).Contains("الجيش", StringComparison.Ordinal));
    }

    [Fact]
    public void The_lexicon_holds_the_compiled_phrases()
    {
        var lex = TestPipeline.Resources.GenericLexicon;
        Assert.True(lex.Count > 5_000);
        Assert.NotNull(lex.Get("قوات امن"));
        Assert.NotNull(TestPipeline.Resources.KnowledgeBase.NisbaState("المصرية"));
    }
}
