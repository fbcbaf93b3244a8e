using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Tests.Shared;
using Marsad.Text;

namespace Marsad.Mentions.Tests;

/// <summary>The mention stage keeps the shared offset invariants.</summary>
public class OffsetInvariantTests : StageOffsetInvariants
{
    private static readonly MentionStage s_stage = MarsadPipeline.Mentions(TestPipeline.Resources);

    protected override int Seed => 17;

    protected override void Process(Document doc)
    {
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        s_stage.Process(doc);
    }
}
