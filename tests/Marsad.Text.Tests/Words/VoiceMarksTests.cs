using Marsad.Text.Words;

namespace Marsad.Text.Tests;

public class VoiceMarksTests
{
    [Theory]
    [InlineData("قُتل")]      // فُعِل
    [InlineData("وقُتل")]     // after the conjunction و
    [InlineData("أُصيب")]     // أُفعِل (hollow)
    [InlineData("اعتُقل")]    // اُفتُعِل: the damma on the third letter
    [InlineData("اُعتُقل")]
    [InlineData("استُهدف")]   // اُستُفعِل
    [InlineData("اختُطِفَ")]  // with the other vowels written too
    [InlineData("قُتِلُوا")]
    public void A_perfect_vowelled_as_passive_is_passive(string word) => Assert.True(VoiceMarks.IsMarkedPassive(word));

    [Theory]
    [InlineData("قتل")]       // unvowelled: either voice
    [InlineData("قَتَل")]     // active vowels
    [InlineData("يُرسل")]     // an imperfect's prefix damma is active (form IV)
    [InlineData("تُهاجم")]
    [InlineData("نُطالب")]
    [InlineData("اعتَقل")]
    [InlineData("هُ")]        // too short to be a verb
    [InlineData("")]
    public void Other_words_are_not_marked_passive(string word) => Assert.False(VoiceMarks.IsMarkedPassive(word));
}
