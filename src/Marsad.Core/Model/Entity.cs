namespace Marsad.Core.Model;

/// <summary>Whether an entity is named (a knowledge-base or proper name) or generic: an actor named by
/// its role (مسلحون، الشرطة العراقية، جنود مصريون; DESIGN.md, "Generic actors").</summary>
public enum EntityKind : byte { Named, Generic }

/// <summary>A document-level entity: one real actor or place with all its mentions.</summary>
public sealed class Entity(string id, EntityType type, string name)
{
    /// <summary>Document-local id ("e1", "e2" …).</summary>
    public string Id { get; set; } = id;
    /// <summary>Wikidata id where known, else a stable Marsad id, else null.</summary>
    public string? Kb { get; set; }
    public EntityType Type { get; set; } = type;
    /// <summary>Canonical Arabic name.</summary>
    public string Name { get; set; } = name;
    public string? NameEn { get; set; }
    /// <summary>For a linked entity: the knowledge base's id of the state it belongs to or acts for, else null.</summary>
    public string? KbState { get; set; }
    /// <summary>For a linked person: the office the knowledge base knows them by ("وزير الخارجية الروسي"), else null.</summary>
    public string? KbRole { get; set; }
    public EntityKind Kind { get; set; } = EntityKind.Named;
    /// <summary>For generic actors: the CAMEO agent code of their sector (MIL, COP, UAF, CVL …).</summary>
    public string? Sector { get; set; }
    /// <summary>For generic actors: the entity of the document they belong to (جنود مصريون → Egypt), else null.</summary>
    public Entity? Affiliation { get; set; }
    public List<Mention> Mentions { get; } = [];
    public bool IsGeneric => Kind == EntityKind.Generic;
    public override string ToString() => $"{Id}:{Name}({Type}{(IsGeneric ? "," + Sector : "")})";
}
