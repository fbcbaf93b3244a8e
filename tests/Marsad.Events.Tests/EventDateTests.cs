namespace Marsad.Events.Tests;

/// <summary>
/// Event dates from the event's own clause, through the whole pipeline, one row per construction: the
/// date of the event at the given trigger (publication date 2020-01-05), or none.
/// </summary>
public class EventDateTests
{
    [Theory]
    // the event's clause has its own date; the reporting clause's date is the day of the statement
    [InlineData("وأعلنت وزارة الدفاع الروسية الجمعة أن طائراتها قصفت مواقع للمسلحين في إدلب يوم الأربعاء.", "قصفت", "2020-01-01")]
    [InlineData("وقال مسؤول مصري أمس إن الرئيس الفرنسي سيزور القاهرة الشهر المقبل.", "سيزور", "2020-02")]
    // a time adverbial fronted before a comma dates the clause after it
    [InlineData("وفي 12 مارس الماضي، وقعت تركيا وحكومة الوفاق اتفاقا أمنيا في أنقرة.", "اتفاقا", "2019-03-12")]
    [InlineData("وفي نوفمبر 2019، وقعت تركيا وحكومة الوفاق مذكرة تفاهم للتعاون العسكري.", "مذكرة تفاهم", "2019-11")]
    // a dateline before a dash gives way to the date of the clause
    [InlineData("القاهرة 3 يناير - استقبل الرئيس عبد الفتاح السيسي المشير خليفة حفتر في قصر الاتحادية بالقاهرة أمس.", "استقبل", "2020-01-04")]
    // each clause of a sentence keeps its own date
    [InlineData("وكان أردوغان قد التقى السراج في إسطنبول في ديسمبر الماضي، قبل أن يعلن البرلمان التركي إرسال قوات إلى ليبيا في يناير.", "التقى", "2019-12")]
    // the clause goes on past an event noun inside it
    [InlineData("واستعاد المقاتلون السيطرة على عشر قرى من الحوثيين أمس.", "واستعاد", "2020-01-04")]
    [InlineData("وبحث السيسي مع ماكرون التعاون العسكري بين البلدين في اتصال هاتفي أمس.", "وبحث", "2020-01-04")]
    // a day of the news week right after منذ or اعتبارا من is when the clause's act began or takes effect
    [InlineData("وتدور اشتباكات عنيفة بين الجيش والمسلحين منذ صباح أمس في درعا.", "اشتباكات", "2020-01-04")]
    [InlineData("وبدأت الهدنة الإنسانية في اليمن اعتبارا من الجمعة.", "الهدنة", "2020-01-03")]
    // a time set off by commas right after the clause is the clause's
    [InlineData("والتقى وزير الخارجية السوري وليد المعلم نظيره العماني يوسف بن علوي في مسقط، الخميس، لبحث الأزمة السورية.", "والتقى", "2020-01-02")]
    // a verb phrase opened by an auxiliary after the trigger keeps its own time
    [InlineData("وهاجمت قوات حفتر قاعدة جوية في غريان كانت قوات الوفاق قد استعادتها في نوفمبر الماضي.", "استعادتها", "2019-11")]
    public void Dates_the_event_from_its_own_clause(string sentence, string trigger, string expected)
    {
        var doc = RealPipeline.Run(sentence, "2020-01-05");
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        Assert.Equal(expected, ev.Date?.Date.ToString());
    }

    [Fact]
    public void A_date_in_a_clause_after_a_comma_does_not_date_the_event_before_it()
    {
        var doc = RealPipeline.Run("واستقبل السيسي حفتر في القاهرة، بعد أن التقى وزير الخارجية الروسي سيرغي لافروف في موسكو يوم الخميس.", "2020-01-05");
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == "واستقبل");
        Assert.Null(ev.Date);
    }

    [Theory]
    // the time of a verb phrase an auxiliary opens after the trigger
    [InlineData("وهاجمت قوات حفتر قاعدة جوية في غريان كانت قوات الوفاق قد استعادتها في نوفمبر الماضي.", "وهاجمت")]
    // a time inside a since-phrase is that of the act the phrase names, not of the clause around it; a month or a
    // year right after منذ opens a long span whose start is not when the act happened (a tally, a state, a first)
    [InlineData("وتفرض الولايات المتحدة عقوبات على إيران منذ مايو 2018.", "عقوبات")]
    [InlineData("وقتل أكثر من 250 ألف شخص في سوريا منذ مارس 2011.", "وقتل")]
    [InlineData("وزار أردوغان موسكو منذ وصوله إلى الحكم في 2014 عشر مرات.", "وزار")]
    [InlineData("وقتل 69 طفلا منذ بدء هجوم قوات حفتر على طرابلس في أبريل الماضي.", "وقتل")]
    public void A_time_of_another_phrase_or_a_span_bound_does_not_date_the_event(string sentence, string trigger)
    {
        var doc = RealPipeline.Run(sentence, "2020-01-05");
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        Assert.Null(ev.Date);
    }

    private const string Anchored = "التقى السيسي ماكرون في القاهرة أمس. ";

    [Theory]
    // a news report anchored by a relative day (أمس، الخميس) that dates one of its events: its other events told
    // with a verb take the month that holds those days and the publication, else the year, else nothing
    [InlineData(Anchored + "واتهم السيسي تركيا بدعم الإرهاب.", "2020-01-05", "واتهم", "2020-01")]
    [InlineData(Anchored + "وقصفت قوات حفتر طرابلس.", "2020-01-05", "وقصفت", "2020-01")]
    [InlineData("التقى السيسي ماكرون في القاهرة الخميس. وقصفت قوات حفتر طرابلس.", "2020-02-02", "وقصفت", "2020")]
    [InlineData(Anchored + "وقصفت قوات حفتر طرابلس.", "2020-01-01", "وقصفت", null)]
    // a time of the event's own clause still comes first
    [InlineData(Anchored + "واتهم السيسي تركيا بدعم الإرهاب في عام 2015.", "2020-01-05", "واتهم", "2015")]
    public void The_news_of_an_anchored_report_takes_the_month_of_its_days(string text, string published, string trigger, string? expected)
    {
        var doc = RealPipeline.Run(text, published);
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        Assert.Equal(expected, ev.Date?.Date.ToString());
    }

    [Theory]
    // background in the pluperfect, a plan, an event noun, a sentence in another time frame
    [InlineData(Anchored + "وكان السيسي قد اتهم تركيا بدعم الإرهاب.", "اتهم")]
    [InlineData(Anchored + "وسيزور ماكرون الجزائر.", "وسيزور")]
    [InlineData(Anchored + "وشنت قوات حفتر هجوما على طرابلس.", "هجوما")]
    [InlineData(Anchored + "واتهم السيسي تركيا بدعم الإرهاب منذ عام 2015.", "واتهم")]
    // an anchor that dates no event (a proverb) makes no news report
    [InlineData("ما أشبه الليلة بالبارحة. واتهم السيسي تركيا بدعم الإرهاب.", "واتهم")]
    public void Background_plans_nouns_and_unanchored_articles_take_no_news_date(string text, string trigger)
    {
        var doc = RealPipeline.Run(text, "2020-01-05");
        var ev = Assert.Single(doc.Events, e => doc.TextOf(e.Trigger) == trigger);
        Assert.Null(ev.Date);
    }
}
