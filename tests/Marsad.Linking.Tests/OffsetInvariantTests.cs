using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;
using Marsad.Text;

namespace Marsad.Linking.Tests;

/// <summary>Linking keeps the shared offset invariants on the mentions of hostile and random text.</summary>
public class OffsetInvariantTests : StageOffsetInvariants
{
    private static readonly Mentions.MentionStage s_mentions = MarsadPipeline.Mentions(TestPipeline.Resources);
    private static readonly LinkingStage s_linking = MarsadPipeline.Linking(TestPipeline.Resources);

    protected override int Seed => 19;

    protected override void Process(Document doc)
    {
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        s_mentions.Process(doc);
        s_linking.Process(doc);
    }
}
