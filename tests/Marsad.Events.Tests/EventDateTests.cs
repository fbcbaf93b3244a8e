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
}
