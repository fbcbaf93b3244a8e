using Marsad.Text.Normalization;

namespace Marsad.Text.Tests.Normalization;

public class VocalisationTests
{
    [Theory]
    [InlineData("عمّان", "عُمان", false, true)]   // a shadda in one vocalised spelling only
    [InlineData("عَمان", "عُمان", false, true)]   // different vowels on one letter
    [InlineData("عُمان", "عُمان", true, false)]
    [InlineData("عُمّان", "عمّان", true, false)]  // marks on different letters do not clash
    [InlineData("عمان", "عُمان", false, false)]   // one spelling not vocalised: nothing to compare
    [InlineData("عُمان", "عُمر", false, false)]   // not the same letters
    [InlineData("الجزائر", "الجَزائر", false, false)]
    public void Two_vocalised_spellings_of_the_same_letters_confirm_or_contradict(string a, string b, bool confirms, bool contradicts)
    {
        Assert.Equal(confirms, Vocalisation.Confirms(a, b));
        Assert.Equal(contradicts, Vocalisation.Contradicts(a, b));
        Assert.Equal(confirms, Vocalisation.Confirms(b, a));
    }
}
