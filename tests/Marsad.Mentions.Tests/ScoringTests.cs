using Marsad.Mentions.Evaluation;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

public class ScoringTests
{
    private static int[] Labels(string tags) => tags.Split(' ').Select(t => BioLabels.TryParse(t, out int l) ? l : throw new ArgumentException(t)).ToArray();

    [Theory]
    [InlineData("B-PERS I-PERS O B-LOC", "PER 0-2, LOC 3-4")]
    [InlineData("I-PERS I-PERS O", "PER 0-2")]              // I-X with no X before starts an entity
    [InlineData("B-PERS B-PERS", "PER 0-1, PER 1-2")]
    [InlineData("B-ORG I-LOC", "ORG 0-1, LOC 1-2")]          // a type change starts a new entity
    [InlineData("O I-MISC B-MISC I-MISC", "MISC 1-2, MISC 2-4")]
    [InlineData("O O", "")]
    public void Chunks_are_read_as_conlleval_does(string tags, string expected)
    {
        var got = EntityChunks.Of(Labels(tags)).Select(c => $"{BioLabels.Types[c.Type]} {c.Start}-{c.End}");
        Assert.Equal(expected, string.Join(", ", got));
    }

    [Fact]
    public void Scorer_counts_exact_entities_only()
    {
        var s = new EntityScorer();
        s.Add(Labels("B-PERS I-PERS O B-LOC O B-ORG"), Labels("B-PERS O O B-LOC O B-LOC"));
        Assert.Equal(new Prf(3, 3, 1), s.Micro);
        Assert.Equal(new Prf(1, 2, 1), s.Of(2)); // LOC
        Assert.Equal(1.0 / 3, s.Micro.F1, 6);
    }

    [Theory]
    [InlineData("B-PERS", true)]
    [InlineData("I-MISC", true)]
    [InlineData("O", true)]
    [InlineData("B-FOO", false)]
    [InlineData("X-PER", false)]
    public void Tags_parse(string tag, bool ok) => Assert.Equal(ok, BioLabels.TryParse(tag, out _));
}
