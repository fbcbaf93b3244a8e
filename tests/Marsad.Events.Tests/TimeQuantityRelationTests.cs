using Marsad.Core.Model;

namespace Marsad.Events.Tests;

/// <summary>Event dates, quantities and relations, one row per pattern.</summary>
public class TimeQuantityRelationTests
{
    [Theory]
    [InlineData("زار السيسي باريس في أكتوبر/ تشرين الأول الماضي.", "2017-10")]
    [InlineData("يزور ماكرون القاهرة في النصف الأول من مايو/ أيار المقبل.", "2018-05")]
    [InlineData("التقى السيسي ماكرون أمس الثلاثاء.", "2018-04-24")]
    [InlineData("وقعت مصر وفرنسا اتفاقاً عام 2015.", "2015")]
    [InlineData("زار حفتر موسكو في يناير 2017.", "2017-01")]
    [InlineData("هاجمت قوات حفتر طرابلس الشهر الماضي.", "2018-03")]
    public void Dates_the_event_from_its_time_expression(string sentence, string expected)
    {
        var ev = Assert.Single(TestDocuments.Run(sentence, "2018-04-25").Events);
        Assert.Equal(expected, ev.Date?.Date.ToString());
    }

    [Theory]
    [InlineData("التقى السيسي ماكرون في القاهرة.", "2018-04-25")]
    [InlineData("التقى السيسي ماكرون أمس.", null)] // relative, publication date unknown
    public void Never_dates_an_event_with_the_publication_date(string sentence, string? published)
    {
        var ev = Assert.Single(TestDocuments.Run(sentence, published).Events);
        Assert.Null(ev.Date);
    }

    [Theory]
    [InlineData("اشترى السيسي من باريس 24 طائرة رافال.", 24, "aircraft", "رافال")]
    [InlineData("أرسلت تركيا 1000 مقاتل إلى ليبيا.", 1000, "fighters", null)]
    [InlineData("وقعت مصر وفرنسا صفقة بقيمة 5.2 مليارات يورو.", 5.2e9, "EUR", null)]
    [InlineData("وقعت مصر وفرنسا صفقة بقيمة 950 مليون يورو.", 9.5e8, "EUR", null)]
    [InlineData("قدمت الإمارات مساعدات لمصر بقيمة 300 مليون دولار.", 3e8, "USD", null)]
    [InlineData("شنت قوات حفتر هجوما على طرابلس خلف 1100 قتيل.", 1100, "killed", null)]
    public void Attaches_quantities(string sentence, double value, string unit, string? item)
    {
        var doc = TestDocuments.Run(sentence);
        var q = Assert.Single(doc.Events.SelectMany(e => e.Quantities), q => q.Unit == unit);
        Assert.Equal(value, q.Value, 3);
        Assert.Equal(item, q.Item);
    }

    [Theory]
    [InlineData("وقال وزير الدفاع الروسي سيرجي شويغو إن بلاده مستعدة.", "ROLE shoigu russia وزير الدفاع")]
    [InlineData("وحضر مدير المخابرات العامة اللواء عباس كامل.", "ROLE kamel gis مدير")]
    [InlineData("موالية لرئيس حكومة الوفاق الليبية فائز السراج.", "ROLE sarraj gna رئيس حكومة")]
    [InlineData("واستضافت مصر صدام حفتر نجل خليفة حفتر.", "FAMILY saddam haftar نجل")]
    [InlineData("وقاتلت مجموعة فاغنر التي يقودها بوتين في ليبيا.", "LEADS putin wagner يقودها")]
    [InlineData("وهاجم الجيش الوطني الليبي بقيادة خليفة حفتر طرابلس.", "LEADS haftar lna بقيادة")]
    [InlineData("والتقى خليفة حفتر قائد الجيش الوطني الليبي بالسيسي.", "ROLE haftar lna قائد")]
    [InlineData("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا لا تدعم حفتر.", "ROLE macron france الرئيس")]
    public void Extracts_relations(string sentence, string expected)
    {
        var doc = TestDocuments.Run(sentence);
        Assert.Contains(expected, doc.Relations.Select(r => $"{r.Type} {r.Subject.NameEn} {r.Object.NameEn} {r.Label}"));
        Assert.All(doc.Relations, r => Assert.False(string.IsNullOrEmpty(r.LabelEn)));
    }

    [Fact]
    public void A_title_without_an_organisation_gives_no_role()
    {
        Assert.Empty(TestDocuments.Run("والتقى الفريق أحمد فتحي بالسيسي.").Relations);
    }
}
