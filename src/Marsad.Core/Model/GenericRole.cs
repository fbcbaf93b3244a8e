namespace Marsad.Core.Model;

/// <summary>
/// What the mention stage found out about a generic actor phrase (جنود مصريون، عناصر حزب الله):
/// the lexicon head it was read by (<see cref="Head"/>, the same for every inflection: جندي), its
/// CAMEO <see cref="Sector"/>, an English gloss, and the named mention it is tied to by a nisba
/// (مصريون), a genitive (حزب الله) or التابعة لـ/الموالية لـ + name. Linking turns the affiliation
/// mention into the entity's <see cref="Entity.Affiliation"/>.
/// </summary>
public sealed record GenericRole(string Head, string? Sector, string? English, Mention? Affiliation);
