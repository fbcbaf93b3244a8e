namespace Marsad.Events.Tests;

/// <summary>
/// The committed event model on short sentences written for these tests, one row per construction, each
/// asserting everything the sentence yields: "TYPE sources>targets modality [quantities]".
/// </summary>
public class LearnedEventTests
{
    [Theory]
    // an attack with no stated agent; the casualties as quantities
    [InlineData("وقع انفجار في طرابلس أمس.", "ASSAULT > asserted")]
    [InlineData("مقتل سبعة أشخاص بتفجير في بنغازي أمس.", "ASSAULT > asserted 7 killed")]
    // a protest has no target
    [InlineData("تظاهر آلاف الطلاب في القاهرة احتجاجا على رفع الأسعار.", "PROTEST students> asserted")]
    // passive with an agent
    [InlineData("استُهدفت طرابلس من قبل قوات حفتر.", "ASSAULT haftar>tripoli asserted")]
    public void Reads_the_event(string sentence, string expected)
    {
        Assert.Equal([expected], TestDocuments.EventsInFull(sentence));
    }

    [Theory]
    // threat, denial and plan keep their modality; a word in passing is no event
    [InlineData("هدد أردوغان حفتر بالرد.", "THREATEN erdogan>haftar asserted")]
    [InlineData("ونفت مصر أن تكون قد أرسلت أسلحة إلى حفتر.", "AID egypt>haftar denied")]
    public void Keeps_the_modality_of_hard_cases(string sentence, string expected)
    {
        Assert.Equal([expected], TestDocuments.EventsInFull(sentence));
    }

    [Theory]
    [InlineData("وتحدث الخبراء عن الهجوم في مؤتمر صحفي.")]
    [InlineData("زيارة تاريخية.")]
    public void Yields_nothing_for_a_word_in_passing(string sentence)
    {
        Assert.Empty(TestDocuments.EventsInFull(sentence));
    }
}
