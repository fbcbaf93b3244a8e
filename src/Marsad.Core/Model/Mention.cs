namespace Marsad.Core.Model;

/// <summary>
/// A recognised mention of an actor or place. <see cref="Span"/> covers the name itself
/// (proclitics such as و/ب/ل are outside it). <see cref="Nisba"/> marks nationality adjectives
/// (المصري، الفرنسية) that stand for their state. <see cref="KbId"/> is a knowledge-base
/// candidate proposed by the mention stage; the linking stage decides the entity. A generic actor
/// (<see cref="Generic"/> set) may contain the nisba mention of its affiliation (جنود مصريون).
/// </summary>
public sealed class Mention(TextSpan span, EntityType type, string source)
{
    public TextSpan Span { get; set; } = span;
    public EntityType Type { get; set; } = type;
    /// <summary>Which component proposed it: "ner", "kb", "rule", "generic".</summary>
    public string Source { get; set; } = source;
    public bool Nisba { get; set; }
    public string? KbId { get; set; }
    public double Confidence { get; set; } = 1.0;
    /// <summary>Set for a generic actor phrase (مسلحون، الشرطة العراقية); null for names.</summary>
    public GenericRole? Generic { get; set; }
    /// <summary>Set by linking: the document entity this mention refers to.</summary>
    public Entity? Entity { get; set; }
    public override string ToString() => $"{Type}{Span}";
}
