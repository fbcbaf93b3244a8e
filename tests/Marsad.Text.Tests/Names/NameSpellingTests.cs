using Marsad.Text.Data;
using Marsad.Text.Names;

namespace Marsad.Text.Tests.Names;

public class NameSpellingTests
{
    private static NameSpelling Parse(string text) => new(LexiconFile.Read("data/text/name_spelling.tsv", new StringReader(text)));

    [Fact]
    public void The_table_gives_costs_both_ways_and_the_loose_letters()
    {
        var s = Parse("substitute\tج\tغ\t0.3\nfinal\tا\tه\t0.3\nvowel\tو\t-\t0.7\nbefore\tت\tش\t0.3\nloose\tغ\tج\t-\n");
        Assert.Equal((0.3, 0.3, 1.0), (s.SubstitutionCost('غ', 'ج', false), s.SubstitutionCost('ج', 'غ', false), s.SubstitutionCost('ج', 'ك', false)));
        Assert.Equal((1.0, 0.3), (s.SubstitutionCost('ا', 'ه', false), s.SubstitutionCost('ه', 'ا', true)));
        Assert.Equal((0.7, 0.3), (s.VowelCost('و'), s.DropBeforeCost('ت', 'ش')));
        Assert.True(double.IsNaN(s.VowelCost('ا')) && double.IsNaN(s.DropBeforeCost('ش', 'ت')));
        Assert.Equal(('ج', 'ق', 'x'), (s.LooseOf('غ'), s.LooseOf('ق'), s.LooseOf('x')));
        Assert.True(s.IsFinal('ه') && !s.IsFinal('و'));
    }

    [Theory]
    [InlineData("substitute\tج\t-\t0.3", "needs the other letter")]
    [InlineData("vowel\tا\tو\t0.4", "takes no other letter")]
    [InlineData("vowel\tا\t-\t1.5", "not between 0 and 1")]
    [InlineData("vowel\tab\t-\t0.4", "not one Arabic letter")]
    [InlineData("swap\tا\tو\t0.4", "unknown rule")]
    public void A_bad_row_fails_naming_its_line(string row, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("# costs\n" + row + "\n"));
        Assert.StartsWith("data/text/name_spelling.tsv:2:", e.Message);
        Assert.Contains(message, e.Message);
    }
}
