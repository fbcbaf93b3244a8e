using Marsad.Core.Model;
using Marsad.Text.Dates;
using Marsad.Tests.Shared;

namespace Marsad.Text.Tests;

/// <summary>The text and dateline stages keep the shared offset invariants.</summary>
public class OffsetInvariantTests : StageOffsetInvariants
{
    protected override int Seed => 13;

    protected override void Process(Document doc)
    {
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        new DatelineStage(LanguageResources.Compiled.Time).Process(doc);
    }
}
