namespace Marsad.Core.Model;

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
    public List<Mention> Mentions { get; } = [];
    public override string ToString() => $"{Id}:{Name}({Type})";
}
