using System.Collections.Frozen;
using Marsad.Text.Data;

namespace Marsad.Text.Names;

/// <summary>
/// The Latin spelling of each Arabic letter and whether it is read as a consonant or a vowel
/// (data/text/latin_letters.tsv), for <see cref="Transliterator"/>'s letter rules. Immutable and thread-safe.
/// </summary>
public sealed class LatinLetters
{
    public const string File = "latin_letters.tsv";

    /// <summary>How a letter is read (the file's kinds).</summary>
    public enum Kind { Consonant, Vowel, Glide, HamzaSeat, Final }

    private readonly FrozenDictionary<char, (Kind Kind, string Consonant, string Vowel)> _letters;

    public LatinLetters(IEnumerable<LexiconLine> rows)
    {
        var letters = new Dictionary<char, (Kind, string, string)>();
        foreach (var r in LexiconFile.Rows(rows, 4))
        {
            if (r.Fields[0].Length != 1) throw r.Error($"'{r.Fields[0]}' is not one letter");
            var kind = r.Fields[1] switch
            {
                "consonant" => Kind.Consonant, "vowel" => Kind.Vowel, "glide" => Kind.Glide,
                "hamza_seat" => Kind.HamzaSeat, "final" => Kind.Final, _ => throw r.Error($"unknown kind '{r.Fields[1]}'"),
            };
            string consonant = r.Fields[2] == "-" ? "" : r.Fields[2], vowel = r.Fields[3] == "-" ? "" : r.Fields[3];
            if (kind != Kind.Consonant && vowel.Length == 0) throw r.Error($"a {r.Fields[1]} letter needs its vowel");
            if (!letters.TryAdd(r.Fields[0][0], (kind, consonant, vowel))) throw r.Error($"'{r.Fields[0]}' is listed twice");
        }
        _letters = letters.ToFrozenDictionary();
    }

    /// <summary>How <paramref name="c"/> is read; a letter not listed is a consonant.</summary>
    public Kind KindOf(char c) => _letters.TryGetValue(c, out var l) ? l.Kind : Kind.Consonant;

    /// <summary>Always a long vowel (ا، ى، ة …).</summary>
    public bool IsVowelLetter(char c) => KindOf(c) == Kind.Vowel;

    /// <summary>Its Latin consonant ("" for ع and ء); a letter not listed is kept when an ASCII letter or digit, else dropped.</summary>
    public string ConsonantOf(char c) =>
        _letters.TryGetValue(c, out var l) ? l.Consonant : char.IsAsciiLetterOrDigit(c) ? c.ToString() : "";

    /// <summary>Its Latin vowel when read as one ("" for a consonant).</summary>
    public string VowelOf(char c) => _letters.TryGetValue(c, out var l) ? l.Vowel : "";
}
