using Marsad.Core;

namespace Marsad.Knowledge.Tests;

/// <summary>The committed knowledge base of the checkout's data folder, loaded once for this test assembly.</summary>
internal static class CommittedKb
{
    private static readonly Lazy<KnowledgeBase> s_kb = new(() => KnowledgeBase.Load(DataFolder.Locate()));

    public static KnowledgeBase Kb => s_kb.Value;
}
