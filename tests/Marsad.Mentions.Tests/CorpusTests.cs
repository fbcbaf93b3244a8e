using Marsad.Mentions.Corpora;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

public class CorpusTests
{
    private static List<LabeledSentence> ReadText(string text, CorpusFormat format)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            return ConllCorpus.Read(path, format);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Sentences_are_separated_by_blank_lines()
    {
        var s = ReadText("أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\nألمانيا B-LOC", CorpusFormat.AnerCorp);
        Assert.Equal(2, s.Count);
        Assert.Equal(["أعلن", "اتحاد", "صناعة"], s[0].Words);
        Assert.Equal([0, BioLabels.Begin(1), BioLabels.Inside(1)], s[0].Labels);
    }

    [Fact]
    public void An_unknown_tag_names_the_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => ReadText("أعلن O\nاتحاد B-FOO\n", CorpusFormat.AnerCorp));
        Assert.Contains(":2:", e.Message);
    }

    [Theory]
    [InlineData("B-MIS1", "B-MISC")]
    [InlineData("I-MIS-2", "I-MISC")]
    [InlineData("I--ORG", "I-ORG")]
    [InlineData("B-ENGLISH", "O")]
    [InlineData("OO", "O")]
    [InlineData("B-PER", "B-PER")]
    public void Aqmar_noise_is_normalised(string tag, string expected)
    {
        var s = ReadText($"كلمة {tag}\n", CorpusFormat.Aqmar);
        Assert.Equal(expected, BioLabels.Names[s[0].Labels[0]]);
    }

    [Fact]
    public void WikiFane_clitics_are_joined_and_classes_mapped()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\uFEFF\u200Eو\tO\r\n\u200Eمدينة\tO\r\n\u200Eجوبا\tB-Population-Center\r\n\u200Eعاصمة\tO\r\n\u200Eها\tO\r\n\u200Eالمصريين\tB-Group\r\n\t\r\n");
            var s = WikiFaneCorpus.Read(path);
            Assert.Single(s);
            Assert.Equal(["ومدينة", "جوبا", "عاصمتها", "المصريين"], s[0].Words);
            Assert.Equal([0, BioLabels.Begin(2), 0, 0], s[0].Labels);
        }
        finally { File.Delete(path); }
    }
}
