using Marsad.Core.Model;

namespace Marsad.Tests.Shared;

/// <summary>
/// The offset-invariant tests every stage's test project runs (tests/Shared): the stages up to and including
/// its own (<see cref="Process"/>) over <see cref="HostileText"/>'s extreme and random strings, each checked by
/// <see cref="HostileText.AssertOffsets"/>.
/// </summary>
public abstract class StageOffsetInvariants
{
    /// <summary>The seed of this project's random strings (each project sees other strings).</summary>
    protected abstract int Seed { get; }

    /// <summary>Runs the stages under test on a fresh document.</summary>
    protected abstract void Process(Document doc);

    private Document Run(string text)
    {
        var doc = new Document("hostile", text);
        Process(doc);
        return doc;
    }

    [Theory, MemberData(nameof(HostileText.Extremes), MemberType = typeof(HostileText))]
    public void Extreme_inputs(string name, string text)
    {
        Assert.NotNull(name);
        HostileText.AssertOffsets(Run(text));
    }

    [Fact]
    public void Random_inputs()
    {
        foreach (var text in HostileText.Random(Seed, count: 200)) HostileText.AssertOffsets(Run(text));
    }
}
