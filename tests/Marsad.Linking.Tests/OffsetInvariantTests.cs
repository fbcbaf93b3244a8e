using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;
using Marsad.Text;

namespace Marsad.Linking.Tests;

/// <summary>Linking keeps the shared offset invariants (<see cref="HostileText"/>) on the mentions of hostile and random text.</summary>
public class OffsetInvariantTests
{
    private static readonly Mentions.MentionStage s_mentions = MarsadPipeline.Mentions(TestPipeline.Resources);
    private static readonly LinkingStage s_linking = MarsadPipeline.Linking(TestPipeline.Resources);

    private static Document Run(string text)
    {
        var doc = new Document("hostile", text);
        new TextStage().Process(doc);
        s_mentions.Process(doc);
        s_linking.Process(doc);
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
        foreach (var text in HostileText.Random(seed: 19, count: 200)) HostileText.AssertOffsets(Run(text));
    }
}
