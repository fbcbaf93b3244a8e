using Marsad.Core.Model;

namespace Marsad.Knowledge.Generic;

/// <summary>What a word or phrase of the generic-actor lexicon is.</summary>
public enum GenericWordRole : byte
{
    /// <summary>Names an actor by itself (المتظاهرون، قوات الأمن، مسلحون).</summary>
    Actor,
    /// <summary>A head that names an actor only with a nationality adjective, an owner or a modifier after it (عناصر، قوة، مصادر).</summary>
    Head,
    /// <summary>An adjective kept in the actor's span, possibly setting its sector (مجهولون → UAF).</summary>
    Modifier,
    /// <summary>An adjective tying the actor to the name after it, written with لـ (التابعة لـ، الموالية لـ).</summary>
    Marker,
    /// <summary>A number word before a plural nationality adjective used as a noun (آلاف الإسرائيليين).</summary>
    Quantifier,
    /// <summary>A noun of office or command: a head in the genitive after it is part of a title (قائد قوات …، مدير الشرطة).</summary>
    Title,
}

/// <summary>
/// One entry of the compiled generic-actor lexicon (data/kb/generic-actors.tsv): a normalised key
/// (words without the article, as <see cref="Token.StemNorm"/>), its role, the head lemma that groups
/// its inflections (جنود، جندي → جندي), type, CAMEO sector (null when only context gives it), an English gloss.
/// </summary>
public sealed record GenericEntry(string Key, GenericWordRole Role, string Head, EntityType Type, string? Sector, string? English, string Source);
