namespace Marsad.Knowledge;
/// <summary>Knowledge base (built by the knowledge-base issue).</summary>
public static class KnowledgeBaseInfo { public const string Name = "marsad-kb"; }
