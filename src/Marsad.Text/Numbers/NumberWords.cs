using Marsad.Text.Data;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Numbers;

public enum NumberWordKind : byte { Number, TeenUnit, Teen, Hundred, Scale, Dual, Plural, Fraction, Few, Hedge }

public readonly record struct NumberWord(NumberWordKind Kind, double Value);

/// <summary>The Arabic number-word lexicon (data/text/number_words.tsv), loaded once.</summary>
public static class NumberWords
{
    private const string File = "number_words.tsv";

    public static PhraseTable<NumberWord> Table { get; } = new(Load());

    /// <summary>Every number word, for a cheap test before parsing.</summary>
    public static System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words { get; } =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Table.FirstWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<(string, NumberWord)> Load()
    {
        foreach (var (line, c) in TextData.Rows(File, 3))
        {
            if (!Enum.TryParse<NumberWordKind>(c[0], ignoreCase: true, out var kind))
                throw new InvalidDataException($"data/text/{File}:{line}: unknown kind '{c[0]}'");
            yield return (c[1], new NumberWord(kind, TextData.ParseNumber(File, line, c[2])));
        }
    }
}
