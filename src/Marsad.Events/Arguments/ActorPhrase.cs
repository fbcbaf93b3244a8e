using Marsad.Core.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// A noun phrase that names one or more actors: "الرئيس المصري عبد الفتاح السيسي" (head: Sisi; the nisba
/// is a modifier), "مصر والإمارات" (two conjuncts), "الأجهزة الأمنية المصرية والفرنسية" (nisba heads),
/// "الطرفين" (an anaphor resolved to the two actors just named). <see cref="Marker"/> is the preposition
/// that introduces it (normalised: الي مع ل ب ضد من علي بين عن في …, "من_قبل" for a passive agent), or null.
/// </summary>
public sealed class ActorPhrase
{
    public int Start { get; init; }
    public int End { get; set; }
    public string? Marker { get; set; }
    /// <summary>The marker names a topic or a place, not a party (الأوضاع في ليبيا، حول سوريا: function_words.tsv class topic).</summary>
    public bool NamesTopic { get; init; }
    public List<Entity> Actors { get; } = [];
    /// <summary>Non-head mentions inside the phrase (the nisba of a title, the organisation of a role).</summary>
    public List<Mention> Modifiers { get; } = [];
    /// <summary>True when every actor comes from a nationality adjective (التنسيق المصري - الفرنسي).</summary>
    public bool NisbaOnly { get; set; }
    /// <summary>True for الجانبين/الطرفين/البلدين: actors were resolved from the preceding context.</summary>
    public bool Anaphor { get; set; }
    /// <summary>
    /// Generic actors of the phrase whose named owners fill its slot instead: the genitive or التابعة لـ
    /// owner (عناصر حزب الله → Hezbollah) and nationality adjectives coordinated after a generic head
    /// (الأجهزة الأمنية والاستخباراتية المصرية والفرنسية → Egypt, France). An event carries the generic
    /// beside its owners when they all fill one of its sides (<see cref="GenericOwners"/>).
    /// </summary>
    public List<OwnedGeneric> Owned { get; } = [];

    public bool IsBare => Marker is null;
    public bool HasActors => Actors.Count > 0;
    public override string ToString() => $"[{Start},{End}) {Marker ?? "-"} {string.Join("+", Actors.Select(a => a.Name))}{(NisbaOnly ? " nisba" : "")}";
}

/// <summary>A generic actor and the named actors standing for it in its phrase's slot.</summary>
public sealed record OwnedGeneric(Entity Generic, List<Entity> Owners);
