namespace Marsad.Core.Model;

public enum RelationType : byte { ROLE, FAMILY, MEMBER_OF, LEADS, LOCATED_IN }

/// <summary>A stable relation between two entities, e.g. ROLE(عباس كامل → مصر, "مدير المخابرات العامة").</summary>
public sealed class Relation(RelationType type, Entity subject, Entity @object, string label, TextSpan evidence)
{
    public RelationType Type { get; set; } = type;
    public Entity Subject { get; set; } = subject;
    public Entity Object { get; set; } = @object;
    public string Label { get; set; } = label;
    public string? LabelEn { get; set; }
    public TextSpan Evidence { get; set; } = evidence;
}
