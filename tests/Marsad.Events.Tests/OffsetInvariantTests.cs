using Marsad.Core.Model;
using Marsad.Tests.Shared;

namespace Marsad.Events.Tests;

/// <summary>The whole pipeline, events included, keeps the shared offset invariants.</summary>
public class OffsetInvariantTests : StageOffsetInvariants
{
    protected override int Seed => 23;

    protected override void Process(Document doc) => TestPipeline.Pipeline.Process(doc);
}
