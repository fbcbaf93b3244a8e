using Marsad.Core.Model;

namespace Marsad.Linking.Tests.Context;

/// <summary>A state and another state's capital written alike (عمان: Oman, Amman in Jordan), through the real
/// mention and linking stages, in sentences written for these tests.</summary>
public class HomographPlaceTests
{
    private const string Oman = "Q842", Amman = "Q3805";

    /// <summary>Sentence, the name as written in it, the entry it is (Oman or Amman).</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        // the rest of the document decides an unvocalised name
        { "استقبل العاهل الأردني في عمان اليوم الرئيس الفلسطيني.", "عمان", Amman },
        { "وقعت سلطنة عمان وإيران اتفاقية للتعاون الاقتصادي في مسقط.", "سلطنة عمان", Oman },
        { "زار وزير الخارجية العماني طهران، وقال إن عمان تدعم الحوار.", "عمان", Oman },
        // nothing else said: the state, the better known of the two
        { "عقد المؤتمر في عمان بحضور وفود عربية وأجنبية.", "عمان", Oman },
        // a shadda or vowel the writer put there decides, whatever the context
        { "عقد المؤتمر في عمّان بحضور وفود عربية وأجنبية.", "عمّان", Amman },
        { "عقد المؤتمر في عُمان بحضور وفود من الأردن.", "عُمان", Oman },
    };

    [Theory, MemberData(nameof(Cases))]
    public void The_document_and_the_writers_vowels_tell_oman_from_amman(string text, string name, string kb)
    {
        var doc = Docs.Linked(text);
        int at = text.IndexOf(name, StringComparison.Ordinal);
        var mention = doc.Mentions.Single(m => m.Span.Start <= at && at < m.Span.End && m.Entity is not null);
        Assert.Equal(kb, mention.Entity!.Kb);
    }
}
