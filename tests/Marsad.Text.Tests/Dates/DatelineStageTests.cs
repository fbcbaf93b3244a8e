using Marsad.Core.Model;
using Marsad.Text.Dates;

namespace Marsad.Text.Tests.Dates;

public class DatelineStageTests
{
    public static TheoryData<string, string?> Heads => new()
    {
        { "عنوان الخبر\n\n25 ابريل 2018\nنص الخبر يبدأ هنا.", "2018-04-25" },
        { "القاهرة - الأحد 5 يناير 2020\nنص الخبر.", "2020-01-05" },
        { "عنوان\n\n14 فبراير/شباط 2024\nنص.", "2024-02-14" },
        // A date inside a long sentence of the body is an event date, not the publication date.
        { "وقع الرئيس التركي ورئيس المجلس الرئاسي الليبي في إسطنبول يوم 27 نوفمبر 2019 مذكرتي تفاهم في مجالي الأمن والحدود البحرية.", null },
        // A month or a year alone is not a dateline; a relative date cannot be resolved without one.
        { "عنوان\nأبريل 2018\nنص.", null },
        { "عنوان\nأمس الاثنين\nنص.", null },
        // Only the first lines are searched.
        { "1\n2\n3\n4\n5\n25 ابريل 2018\nنص.", null },
    };

    [Theory, MemberData(nameof(Heads))]
    public void Publication_date_comes_from_a_dateline_near_the_top(string text, string? date)
    {
        var doc = new Document("d", text);
        new DatelineStage(LanguageResources.Compiled.Time).Process(doc);
        Assert.Equal(date, doc.Published?.ToString());
    }

    [Fact]
    public void A_date_from_the_metadata_is_kept()
    {
        var doc = new Document("d", "عنوان\n25 ابريل 2018\nنص.") { Published = new PartialDate(2018, 4, 26) };
        new DatelineStage(LanguageResources.Compiled.Time).Process(doc);
        Assert.Equal(new PartialDate(2018, 4, 26), doc.Published);
    }
}
