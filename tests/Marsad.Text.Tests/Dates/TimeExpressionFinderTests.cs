using Marsad.Core.Model;
using Marsad.Text.Dates;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Tests.Dates;

public class TimeExpressionFinderTests
{
    // Wednesday 25 April 2018
    private static readonly PartialDate Published = new(2018, 4, 25);

    /// <summary>Renders each expression as "span=value", with "~" when relative and "@Part" for a period part.</summary>
    private static string Found(string text, PartialDate? published) =>
        string.Join(" | ", TimeExpressionFinder.Find(text, Tokenizer.Tokenize(text), published, LanguageResources.Compiled.Time).Select(e =>
            $"{e.Span.Of(text)}={e.Value?.ToString() ?? "null"}{(e.Relative ? "~" : "")}{(e.Part == TimePart.None ? "" : "@" + e.Part)}"));

    [Theory]
    // full dates, both month systems, Maghrebi forms, digits in every script
    [InlineData("وصل في 25 ابريل 2018 إلى القاهرة", "25 ابريل 2018=2018-04-25")]
    [InlineData("في 3 كانون الثاني 2019", "3 كانون الثاني 2019=2019-01-03")]
    [InlineData("يوم 12 جوان 2017", "12 جوان 2017=2017-06-12")]
    [InlineData("في 5 غشت 2016", "5 غشت 2016=2016-08-05")]
    [InlineData("في ٢٥ أبريل ٢٠١٨", "٢٥ أبريل ٢٠١٨=2018-04-25")]
    [InlineData("في 7 من شهر مايو 2018", "7 من شهر مايو 2018=2018-05-07")]
    [InlineData("في الأول من يناير 2019", "الأول من يناير 2019=2019-01-01")]
    [InlineData("الأسبوع الأول من يناير 2019", "يناير 2019=2019-01")]
    // ordinal days up to the thirty-first, in one word or compound
    [InlineData("في الثالث من أغسطس 2015", "الثالث من أغسطس 2015=2015-08-03")]
    [InlineData("في الحادي عشر من سبتمبر 2001", "الحادي عشر من سبتمبر 2001=2001-09-11")]
    [InlineData("يوم السابع والعشرين من يوليو 2014", "السابع والعشرين من يوليو 2014=2014-07-27")]
    [InlineData("في الثلاثين من يونيو 2013", "الثلاثين من يونيو 2013=2013-06-30")]
    // Hijri dates (هـ, Saudi Arabia's Umm al-Qura calendar): a day of the 14th century is never Gregorian
    [InlineData("الموافق 1436/10/18هـ", "1436/10/18هـ=2015-08-03")]
    [InlineData("الموافق 18/10/1436 هـ", "18/10/1436 هـ=2015-08-03")]
    [InlineData("في 20 شوال 1436 هـ", "20 شوال 1436 هـ=2015-08-05")]
    [InlineData("في 12 ربيع الأول 1437", "12 ربيع الأول 1437=2015-12-23")]
    [InlineData("في 2018/4/25", "2018/4/25=2018-04-25")]
    [InlineData("بتاريخ 25/4/2018", "25/4/2018=2018-04-25")]
    [InlineData("بتاريخ ٢٥-٤-٢٠١٨", "٢٥-٤-٢٠١٨=2018-04-25")]
    [InlineData("بتاريخ 25.04.2018", "25.04.2018=2018-04-25")]
    [InlineData("الاثنين 23 أبريل 2018", "الاثنين 23 أبريل 2018=2018-04-23")]
    [InlineData("يوم الأحد الموافق 22 أبريل 2018", "يوم الأحد الموافق 22 أبريل 2018=2018-04-22")]
    // month and year, the written pair of both systems
    [InlineData("في مايو/ أيار 2018", "مايو/ أيار 2018=2018-05")]
    [InlineData("في أيار (مايو) 2018", "أيار (مايو) 2018=2018-05")]
    [InlineData("في يوليو 2014", "يوليو 2014=2014-07")]
    [InlineData("في فبراير من عام 2011", "فبراير من عام 2011=2011-02")]
    [InlineData("وفبراير 2011", "فبراير 2011=2011-02")]
    [InlineData("في تشرين الأول 2017", "تشرين الأول 2017=2017-10")]
    // years
    [InlineData("منذ عام 2015", "عام 2015=2015")]
    [InlineData("قبل عام 2015", "عام 2015=2015")]
    [InlineData("في العام 2014", "العام 2014=2014")]
    [InlineData("في 2017 وقعت", "2017=2017")]
    [InlineData("منذ 2011", "2011=2011")]
    [InlineData("عام 2015م", "عام 2015م=2015")]
    public void Finds_absolute_dates(string text, string expected) => Assert.Equal(expected, Found(text, Published));

    [Theory]
    [InlineData("وقال أمس إن", "أمس=2018-04-24~")]
    [InlineData("وصل يوم أمس", "يوم أمس=2018-04-24~")]
    [InlineData("وقال أمس الثلاثاء إن", "أمس الثلاثاء=2018-04-24~")]
    [InlineData("اجتمعا أول أمس", "أول أمس=2018-04-23~")]
    [InlineData("اجتمعا أول من أمس", "أول من أمس=2018-04-23~")]
    [InlineData("يصل اليوم", "اليوم=2018-04-25~")]
    [InlineData("يصل غدا", "غدا=2018-04-26~")]
    [InlineData("يصل غداً الخميس", "غداً الخميس=2018-04-26~")]
    [InlineData("التقى الاثنين الماضي", "الاثنين الماضي=2018-04-23~")]
    [InlineData("التقى يوم الأربعاء الماضي", "يوم الأربعاء الماضي=2018-04-18~")]
    [InlineData("يزور الأحد المقبل", "الأحد المقبل=2018-04-29~")]
    [InlineData("يزور الأربعاء القادم", "الأربعاء القادم=2018-05-02~")]
    [InlineData("وصل الاثنين", "الاثنين=2018-04-23~")]
    [InlineData("الأسبوع الماضي", "الأسبوع الماضي=2018-04~")]
    [InlineData("الأسبوع المقبل", "الأسبوع المقبل=2018-05~")]
    [InlineData("الشهر الماضي", "الشهر الماضي=2018-03~")]
    [InlineData("الشهر المقبل", "الشهر المقبل=2018-05~")]
    [InlineData("الشهر الجاري", "الشهر الجاري=2018-04~")]
    [InlineData("العام الماضي", "العام الماضي=2017~")]
    [InlineData("السنة الماضية", "السنة الماضية=2017~")]
    [InlineData("العام المقبل", "العام المقبل=2019~")]
    [InlineData("العام الجاري", "العام الجاري=2018~")]
    [InlineData("هذا العام", "هذا العام=2018~")]
    [InlineData("في يناير الماضي", "يناير الماضي=2018-01~")]
    [InlineData("أكتوبر/ تشرين الأول الماضي", "أكتوبر/ تشرين الأول الماضي=2017-10~")]
    [InlineData("أبريل الماضي", "أبريل الماضي=2017-04~")]
    [InlineData("مايو المقبل", "مايو المقبل=2018-05~")]
    [InlineData("مارس من العام الماضي", "مارس من العام الماضي=2017-03~")]
    [InlineData("مطلع يناير الماضي", "مطلع يناير الماضي=2018-01~@Early")]
    [InlineData("منتصف الشهر الماضي", "منتصف الشهر الماضي=2018-03~@Middle")]
    [InlineData("أواخر العام الماضي", "أواخر العام الماضي=2017~@Late")]
    [InlineData("خلال النصف الأول من شهر مايو المقبل", "النصف الأول من شهر مايو المقبل=2018-05~@FirstHalf")]
    [InlineData("الصيف الماضي", "الصيف الماضي=2017~@Summer")]
    [InlineData("الشتاء الماضي", "الشتاء الماضي=2018~@Winter")]
    [InlineData("الخريف المقبل", "الخريف المقبل=2018~@Autumn")]
    [InlineData("صيف 2016", "صيف 2016=2016@Summer")]
    [InlineData("في 20 مارس", "20 مارس=2018-03-20~")]
    // a day of the month named from publication
    [InlineData("في الخامس من الشهر الجاري", "الخامس من الشهر الجاري=2018-04-05~")]
    [InlineData("في 25 من الشهر الماضي", "25 من الشهر الماضي=2018-03-25~")]
    [InlineData("قتل 5 الشهر الماضي", "الشهر الماضي=2018-03~")]
    // durations counted back from publication
    [InlineData("وصل قبل يومين", "قبل يومين=2018-04-23~")]
    [InlineData("وصل قبل ثلاثة أيام", "قبل ثلاثة أيام=2018-04-22~")]
    [InlineData("وقع قبل أسبوع", "قبل أسبوع=2018-04-18~")]
    [InlineData("قبل 15 يوما", "قبل 15 يوما=2018-04-10~")]
    [InlineData("منذ عامين", "منذ عامين=2016~")]
    [InlineData("قبل شهرين", "قبل شهرين=2018-02~")]
    [InlineData("منذ خمس سنوات", "منذ خمس سنوات=2013~")]
    // but not a duration before a month's name: the month itself
    [InlineData("منذ شهر مايو", "شهر مايو=2017-05~")]
    [InlineData("في ديسمبر", "ديسمبر=2017-12~")]
    public void Resolves_relative_expressions_against_publication(string text, string expected) =>
        Assert.Equal(expected, Found(text, Published));

    [Theory]
    [InlineData("أمس", "أمس=null~")]
    [InlineData("الاثنين الماضي", "الاثنين الماضي=null~")]
    [InlineData("الشهر الماضي", "الشهر الماضي=null~")]
    [InlineData("العام المقبل", "العام المقبل=null~")]
    [InlineData("أكتوبر/ تشرين الأول الماضي", "أكتوبر/ تشرين الأول الماضي=null~")]
    [InlineData("الصيف الماضي", "الصيف الماضي=null~@Summer")]
    [InlineData("25 ابريل 2018", "25 ابريل 2018=2018-04-25")]
    public void Never_guesses_without_a_publication_date(string text, string expected) => Assert.Equal(expected, Found(text, null));

    [Fact]
    public void Needs_the_day_of_publication_for_day_arithmetic()
    {
        Assert.Equal("أمس=null~", Found("أمس", new PartialDate(2018, 4)));
        Assert.Equal("الشهر الماضي=2018-03~", Found("الشهر الماضي", new PartialDate(2018, 4)));
        Assert.Equal("العام الماضي=2017~", Found("العام الماضي", new PartialDate(2018)));
    }

    [Theory]
    // a month name that is also a word needs date context
    [InlineData("مارس ضغوطا على الحكومة")]
    [InlineData("قال الأب إن")]
    // العام as the adjective "general"
    [InlineData("الأمين العام الحالي للأمم المتحدة")]
    [InlineData("المدعي العام الجديد")]
    // اليوم as "the day"; a duration anchored to an event, not to publication
    [InlineData("في اليوم الأول من المؤتمر")]
    [InlineData("قبل ثلاثة أيام من الانتخابات")]
    [InlineData("منذ شهر رمضان")]
    // a Hijri date that does not exist
    [InlineData("في 1436/02/31 هـ")]
    // a Hijri year, a plain quantity, an invalid date
    [InlineData("عام 1440 هـ")]
    [InlineData("قتل 2018 شخصا")]
    [InlineData("في 31/2/2018")]
    public void Ignores_what_is_not_a_date(string text) => Assert.Equal("", Found(text, Published));

    [Fact]
    public void Reads_the_document_publication_date()
    {
        var doc = new Document("d", "وصل الوفد أمس إلى طرابلس") { Published = Published };
        var e = Assert.Single(TimeExpressionFinder.Find(doc, LanguageResources.Compiled.Time));
        Assert.Equal(new PartialDate(2018, 4, 24), e.Value);
        Assert.Equal("أمس", doc.TextOf(e.Span));
    }

    [Theory]
    // a day word and the weekday the writer named: the weekday wins when the publication date is a day or two late
    [InlineData("وقال أمس الاثنين إن", "2018-04-23")]     // published Wednesday: yesterday was Tuesday, the Monday before is meant
    [InlineData("وصل اليوم الاثنين", "2018-04-23")]
    [InlineData("وصل اليوم الأربعاء", "2018-04-25")]      // agrees with the publication date
    [InlineData("وقال أمس الأربعاء إن", "2018-04-25")]     // published a day early
    [InlineData("وقال أمس الخميس إن", "2018-04-19")]      // never after publication: the Thursday before
    public void A_weekday_after_a_day_word_names_the_day(string text, string expected) =>
        Assert.Equal(expected, TimeExpressionFinder.Find(text, Tokenizer.Tokenize(text), Published, LanguageResources.Compiled.Time).Single().Value.ToString());

    [Theory]
    // a time after منذ is the start of a span lasting until now, even right after it; after حتى, the end of a span
    [InlineData("يسيطر التنظيم على الموصل منذ يونيو 2014", "منذ")]
    [InlineData("قتل 69 طفلا منذ اندلاع النزاع المسلح شرقي أوكرانيا في أبريل الماضي", "منذ")]
    [InlineData("هي الأولى منذ تسلمه مهامه في فبراير", "منذ")]
    [InlineData("تراجعت الأسعار منذ 3 مارس", "منذ")]
    [InlineData("يبقى الحظر ساريا حتى نهاية العام الجاري", "حتى")]
    // but a day of the news week right after منذ (parts of the day aside) is when the clause's act began, and
    // after اعتبارا من any time is when a measure takes effect: no bound
    [InlineData("تدور اشتباكات عنيفة منذ صباح أمس", "")]
    [InlineData("تدور اشتباكات عنيفة منذ الاثنين", "")]
    [InlineData("يسري الحظر اعتبارا من مطلع يناير", "")]
    // منذ + a duration counts back (ago); a comma ends the span's phrase; حتى reaches no further than the next word
    [InlineData("وصل منذ ثلاثة أيام", "")]
    [InlineData("تقاتل منذ سنوات، وفي يناير الماضي وقعت اتفاقا", "")]
    [InlineData("حتى يتمكن من زيارة القاهرة في مارس", "")]
    public void Marks_the_bound_of_a_span(string text, string bound)
    {
        var e = TimeExpressionFinder.Find(text, Tokenizer.Tokenize(text), Published, LanguageResources.Compiled.Time).Last();
        Assert.Equal(bound, e.Bound is { } b ? b.Of(text) : "");
    }

    [Theory]
    // a named month right after منذ is a past one, not the nearest (published April 2018)
    [InlineData("تقود واشنطن منذ أغسطس تحالفا", "أغسطس=2017-08~")]
    [InlineData("تقود واشنطن منذ مارس تحالفا", "مارس=2018-03~")]
    [InlineData("يصل في أغسطس", "أغسطس=2018-08~")]
    public void A_month_since_which_something_holds_is_past(string text, string expected) => Assert.Equal(expected, Found(text, Published));
}
