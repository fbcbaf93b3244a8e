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
        foreach (var l in LexiconFile.Rows("text", File, 3))
        {
            if (!Enum.TryParse<NumberWordKind>(l.Fields[0], ignoreCase: true, out var kind)) throw l.Error($"unknown kind '{l.Fields[0]}'");
            yield return (l.Fields[1], new NumberWord(kind, l.NumberAt(2)));
        }
    }
}
