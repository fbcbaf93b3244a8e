using Marsad.Text.Data;

namespace Marsad.Text.Names;

/// <summary>
/// How the spellings of one name vary (data/text/name_spelling.tsv): the costs of <see cref="NameSimilarity"/>'s
/// edit distance and the letters <see cref="NameKeys.Loose"/> writes alike. Letters in normal form; lookups are
/// array reads, as the edit distance asks for every pair of letters. Immutable and thread-safe.
/// </summary>
public sealed class NameSpelling
{
    public const string File = "name_spelling.tsv";

    private const char First = '\u0620';
    private const int Size = 0x40;   // the Arabic letters U+0621–U+064A
    private readonly double[] _substitute = Filled(Size * Size, 1);
    private readonly double[] _final = Filled(Size * Size, 1);
    private readonly double[] _vowel = Filled(Size, double.NaN);
    private readonly double[] _drop = Filled(Size, double.NaN);
    private readonly double[] _before = Filled(Size * Size, double.NaN);
    private readonly bool[] _finalLetter = new bool[Size];
    private readonly char[] _loose = new char[Size];

    public NameSpelling(IEnumerable<LexiconLine> rows)
    {
        foreach (var r in LexiconFile.Rows(rows, 4))
        {
            if (r.Fields[0] is not ("substitute" or "final" or "vowel" or "drop" or "before" or "loose")) throw r.Error($"unknown rule '{r.Fields[0]}'");
            int a = Index(r, r.Fields[1]);
            int b = r.Fields[2] == "-" ? -1 : Index(r, r.Fields[2]);
            bool pair = r.Fields[0] is "substitute" or "final" or "before" or "loose";
            if (pair != (b >= 0)) throw r.Error(pair ? "the rule needs the other letter" : "the rule takes no other letter");
            double cost = r.Fields[0] == "loose" ? 0 : r.NumberAt(3);
            if (cost is < 0 or > 1) throw r.Error($"cost {cost} is not between 0 and 1");
            switch (r.Fields[0])
            {
                case "substitute": _substitute[a * Size + b] = _substitute[b * Size + a] = cost; break;
                case "final": _final[a * Size + b] = _final[b * Size + a] = cost; _finalLetter[a] = _finalLetter[b] = true; break;
                case "vowel": _vowel[a] = cost; break;
                case "drop": _drop[a] = cost; break;
                case "before": _before[a * Size + b] = cost; break;
                default: _loose[a] = (char)(First + b); break;
            }
        }
    }

    /// <summary>Cost of writing <paramref name="x"/> for <paramref name="y"/> (0 when equal, 1 for another letter).</summary>
    public double SubstitutionCost(char x, char y, bool atEnd)
    {
        if (x == y) return 0;
        int i = x - First, j = y - First;
        if ((uint)i >= Size || (uint)j >= Size) return 1;
        return Math.Min(_substitute[i * Size + j], atEnd ? _final[i * Size + j] : 1);
    }

    /// <summary>Cost of a long vowel written or not (NaN when <paramref name="c"/> is none).</summary>
    public double VowelCost(char c) => At(_vowel, c);

    /// <summary>Cost of a letter written or not in any word (NaN when none).</summary>
    public double DropCost(char c) => At(_drop, c);

    /// <summary>Cost of <paramref name="c"/> written or not before <paramref name="next"/> (NaN when none).</summary>
    public double DropBeforeCost(char c, char next)
    {
        int i = c - First, j = next - First;
        return (uint)i < Size && (uint)j < Size ? _before[i * Size + j] : double.NaN;
    }

    public bool IsVowel(char c) => !double.IsNaN(VowelCost(c));

    /// <summary>A letter of a final rule (ا، ه), which a loose key drops at a word's end.</summary>
    public bool IsFinal(char c) => (uint)(c - First) < Size && _finalLetter[c - First];

    /// <summary>The letter a loose key writes for <paramref name="c"/>.</summary>
    public char LooseOf(char c) => (uint)(c - First) < Size && _loose[c - First] != '\0' ? _loose[c - First] : c;

    private static double At(double[] table, char c) => (uint)(c - First) < Size ? table[c - First] : double.NaN;

    private static int Index(LexiconLine r, string letter) =>
        letter.Length == 1 && letter[0] > First && letter[0] < First + Size ? letter[0] - First : throw r.Error($"'{letter}' is not one Arabic letter");

    private static double[] Filled(int n, double value) { var a = new double[n]; Array.Fill(a, value); return a; }
}
