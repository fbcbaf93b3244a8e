using Marsad.Core.Model;
using Marsad.Text.Names;
using Marsad.Text;

namespace Marsad.Linking;

/// <summary>What the resolver needs to know of an entity: its knowledge-base id, type and a name.</summary>
public readonly record struct EntityRef(string? Kb, EntityType Type, string Name)
{
    public static EntityRef Of(Entity e) => new(e.Kb, e.Type, e.Name);
}

/// <summary>
/// The one rule for "same actor" used within a document (linking) and across documents (the
/// corpus store). Knowledge-base ids decide first: equal ids are the same entity, different ids
/// different entities. Otherwise the types must be equal and the names equal up to spelling
/// (<see cref="NameKeys"/>, <see cref="NameSimilarity"/>); for people a fuller form with the same
/// first and last name also matches (صدام حفتر = صدام خليفة حفتر), titles ignored
/// (الرئيس السيسي = السيسي). A bare surname is not merged across documents: within a document
/// the linker already resolved it to the full name when one was seen.
/// <para>For a store: index entities by <see cref="Key"/> (exact, cheap) and by
/// <see cref="BlockingKey"/> (coarse); confirm a blocking-key hit with <see cref="SameEntity(EntityRef, EntityRef)"/>.</para>
/// </summary>
public static class EntityResolver
{
    // the compiled-in titles, as NameKeys: the store compares names across documents with the same table
    private static readonly TitleLexicon s_titles = LanguageResources.Compiled.NameTitles;

    /// <summary>Exact key: two entities with the same key are the same entity unless their KB ids differ.</summary>
    public static string Key(EntityType type, string name) => NameKeys.Key(type, name);

    /// <summary>Coarse key for candidate lookup (spelling variants share it); confirm with <see cref="SameEntity(EntityRef, EntityRef)"/>.</summary>
    public static string BlockingKey(EntityType type, string name) =>
        $"{type}:{NameKeys.Loose(type == EntityType.PER ? s_titles.Strip(name) : name)}";

    public static bool SameEntity(Entity a, Entity b) => SameEntity(EntityRef.Of(a), EntityRef.Of(b));

    public static bool SameEntity(EntityRef a, EntityRef b)
    {
        if (a.Kb is not null && b.Kb is not null) return string.Equals(a.Kb, b.Kb, StringComparison.Ordinal);
        if (a.Type != b.Type) return false;
        return SameName(a.Type, a.Name, b.Name);
    }

    /// <summary>Whether two names of the given type denote the same actor (no KB involved).</summary>
    public static bool SameName(EntityType type, string a, string b)
    {
        if (type == EntityType.PER) { a = s_titles.Strip(a); b = s_titles.Strip(b); }
        return NameSimilarity.SameName(a, b, person: type == EntityType.PER);
    }
}
