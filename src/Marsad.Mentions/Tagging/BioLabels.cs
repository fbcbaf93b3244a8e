namespace Marsad.Mentions.Tagging;

/// <summary>
/// The tagger's BIO label set over the four ANERcorp types. Label 0 is O; type t has
/// B = 2t+1 and I = 2t+2. The corpus spelling PERS is read as PER.
/// </summary>
public static class BioLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public const int Count = 9;
    public const int O = 0;

    public static bool IsBegin(int label) => label != O && (label & 1) == 1;
    public static bool IsInside(int label) => label != O && (label & 1) == 0;
    /// <summary>Type index (into <see cref="Types"/>) of a B or I label; -1 for O.</summary>
    public static int TypeOf(int label) => label == O ? -1 : (label - 1) / 2;
    public static int Begin(int type) => 2 * type + 1;
    public static int Inside(int type) => 2 * type + 2;

    /// <summary>Parses "B-PERS", "I-LOC", "O"; false for anything else.</summary>
    public static bool TryParse(string tag, out int label)
    {
        label = O;
        if (tag == "O") return true;
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')) return false;
        int type = tag.AsSpan(2) switch
        {
            "PER" or "PERS" => 0,
            "ORG" => 1,
            "LOC" => 2,
            "MISC" => 3,
            _ => -1,
        };
        if (type < 0) return false;
        label = tag[0] == 'B' ? Begin(type) : Inside(type);
        return true;
    }
}
