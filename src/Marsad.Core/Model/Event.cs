namespace Marsad.Core.Model;

/// <summary>PLOVER event types (DESIGN.md, Ontology).</summary>
public enum EventType : byte
{
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT,
}

public enum Modality : byte { Asserted, Reported, Planned, Requested, Denied, Hypothetical }

/// <summary>Who claims an event: a linked entity, or the text of an anonymous source.</summary>
public sealed record Attribution(Entity? Entity, string? Text, TextSpan? Span = null);

/// <summary>A quantity attached to an event: 24 طائرة رافال → (24, "aircraft", "رافال").</summary>
public sealed record Quantity(double Value, string Unit, string? Item, TextSpan Span);

/// <summary>A dated reading of a time expression, with the span it came from.</summary>
public sealed record EventDate(PartialDate Date, TextSpan? Span = null);

public sealed class Event(EventType type, TextSpan trigger, TextSpan evidence)
{
    public EventType Type { get; set; } = type;
    public string? Mode { get; set; }
    public string? Cameo { get; set; }
    public List<Entity> Sources { get; } = [];
    public List<Entity> Targets { get; } = [];
    public EventDate? Date { get; set; }
    public Entity? Location { get; set; }
    public Modality Modality { get; set; } = Modality.Asserted;
    public Attribution? Attribution { get; set; }
    public List<Quantity> Quantities { get; } = [];
    public TextSpan Trigger { get; set; } = trigger;
    public TextSpan Evidence { get; set; } = evidence;
    public double Confidence { get; set; } = 0.5;
}
