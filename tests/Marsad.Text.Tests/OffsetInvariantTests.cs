using Marsad.Core.Model;
using Marsad.Text.Dates;
using Marsad.Tests.Shared;

namespace Marsad.Text.Tests;

/// <summary>The text and dateline stages keep the shared offset invariants (<see cref="HostileText"/>) on hostile and random text.</summary>
public class OffsetInvariantTests
{
    private static Document Run(string text)
    {
        var doc = new Document("hostile", text);
        new TextStage().Process(doc);
        new DatelineStage().Process(doc);
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
        foreach (var text in HostileText.Random(seed: 13, count: 300)) HostileText.AssertOffsets(Run(text));
    }
}
