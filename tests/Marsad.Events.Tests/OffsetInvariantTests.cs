using Marsad.Core.Model;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>The whole pipeline, events included, keeps the shared offset invariants (<see cref="HostileText"/>) on hostile and random text.</summary>
public class OffsetInvariantTests
{
    [Theory, MemberData(nameof(HostileText.Extremes), MemberType = typeof(HostileText))]
    public void Extreme_inputs(string name, string text)
    {
        Assert.NotNull(name);
        HostileText.AssertOffsets(TestPipeline.Pipeline.Process(new Document("hostile", text)));
    }

    [Fact]
    public void Random_inputs()
    {
        foreach (var text in HostileText.Random(seed: 23, count: 200))
            HostileText.AssertOffsets(TestPipeline.Pipeline.Process(new Document("hostile", text)));
    }
}
