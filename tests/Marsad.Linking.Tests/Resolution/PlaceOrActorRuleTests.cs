using Marsad.Linking.Resolution;
using Marsad.Tests.Shared;

namespace Marsad.Linking.Tests.Resolution;

public class PlaceOrActorRuleTests
{
    [Theory]
    // acting: verb before (VSO) or after (SVO), noun of stance before, "من" after such a noun
    [InlineData("وردت القاهرة على الاتهامات بحزم.", "القاهرة", CapitalReading.Actor)]
    [InlineData("أعلنت موسكو دعمها للاتفاق.", "موسكو", CapitalReading.Actor)]
    [InlineData("ورحبت أنقرة بالقرار.", "أنقرة", CapitalReading.Actor)]
    [InlineData("حذر الكرملين من التصعيد.", "الكرملين", CapitalReading.Actor)]
    [InlineData("القاهرة ترفض أي تدخل أجنبي.", "القاهرة", CapitalReading.Actor)]
    [InlineData("وتدعم باريس هذا التوجه.", "باريس", CapitalReading.Actor)]
    [InlineData("وجاء موقف موسكو مختلفا.", "موسكو", CapitalReading.Actor)]
    [InlineData("حصل على دعم أنقرة العسكري.", "أنقرة", CapitalReading.Actor)]
    [InlineData("تقدمت قواته بدعم من موسكو.", "موسكو", CapitalReading.Actor)]
    [InlineData("ودعت واشنطن إلى وقف إطلاق النار.", "واشنطن", CapitalReading.Actor)]
    // a place: preposition or noun of place before, ب attached
    [InlineData("وصل الوفد إلى القاهرة أمس.", "القاهرة", CapitalReading.Place)]
    [InlineData("عقد الاجتماع في موسكو.", "موسكو", CapitalReading.Place)]
    [InlineData("عاد الوزير من أنقرة.", "أنقرة", CapitalReading.Place)]
    [InlineData("انفجرت سيارة بدمشق.", "دمشق", CapitalReading.Place)]
    [InlineData("هبطت الطائرة في مطار القاهرة.", "القاهرة", CapitalReading.Place)]
    [InlineData("قالت مصادر في موسكو إن الاتفاق قريب.", "موسكو", CapitalReading.Place)]
    [InlineData("بعد زيارة السيسي إلى باريس.", "باريس", CapitalReading.Place)]
    [InlineData("يتجه الرئيس نحو طرابلس.", "طرابلس", CapitalReading.Place)]
    [InlineData("القاهرة – تتجه مصر إلى التعاون.", "القاهرة", CapitalReading.Place)]          // dateline
    [InlineData("جاء حفتر للقاهرة طالبا الدعم.", "قاهرة", CapitalReading.Place)]
    [InlineData("توجه الوفد إلى العاصمة المصرية القاهرة.", "القاهرة", CapitalReading.Place)]
    [InlineData("فشلت حملته على طرابلس.", "طرابلس", CapitalReading.Place)]
    [InlineData("شهدت دمشق مظاهرات.", "دمشق", CapitalReading.Place)]
    // relations, clauses and coordination
    [InlineData("وكشف المصدر أن القاهرة جهزت تصورا.", "القاهرة", CapitalReading.Actor)]
    [InlineData("تصاعد التوتر بين أنقرة ودمشق.", "أنقرة", CapitalReading.Actor)]
    [InlineData("تصاعد التوتر بين أنقرة ودمشق.", "دمشق", CapitalReading.Actor)]
    [InlineData("حذرت من التعاون مع الكرملين.", "الكرملين", CapitalReading.Actor)]
    [InlineData("وسترسل موسكو طائرات.", "موسكو", CapitalReading.Actor)]
    [InlineData("وسائل إعلام ضد أنقرة.", "أنقرة", CapitalReading.Actor)]
    // no cue: the caller decides
    [InlineData("زار ماكرون الجزائر وأعلن عن صفقة.", "الجزائر", CapitalReading.Place)]
    [InlineData("انتقد الوزير باريس وروما بشدة.", "روما", CapitalReading.Unknown)]
    public void Reads_capital(string text, string name, CapitalReading expected)
    {
        var doc = Docs.Make(text);
        Assert.Equal(expected, TestPipeline.Resources.Linking.PlaceOrActor.Decide(doc, Docs.Find(doc, name)));
    }

    [Fact]
    public void A_name_at_the_end_of_a_sentence_does_not_read_the_next_one()
    {
        var doc = Docs.Make("وصل الوفد إلى بلاده من القاهرة. أعلنت الحكومة القرار.");
        Assert.Equal(CapitalReading.Place, TestPipeline.Resources.Linking.PlaceOrActor.Decide(doc, Docs.Find(doc, "القاهرة")));
        doc = Docs.Make("انتقد الوزير القاهرة. أعلنت الحكومة القرار.");
        Assert.Equal(CapitalReading.Unknown, TestPipeline.Resources.Linking.PlaceOrActor.Decide(doc, Docs.Find(doc, "القاهرة")));
    }
}
