using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Numbers;

public enum NumberWordKind : byte { Number, TeenUnit, Teen, Hundred, Scale, Dual, Plural, Fraction, Few, Hedge }

public readonly record struct NumberWord(NumberWordKind Kind, double Value);

/// <summary>The Arabic number-word lexicon (data/text/number_words.tsv), read once with the other word tables
/// (<see cref="LanguageResources.Numbers"/>). Immutable and thread-safe.</summary>
public sealed class NumberWords
{
    public const string File = "number_words.tsv";

    public PhraseTable<NumberWord> Table { get; }

    /// <summary>Words after a number or its counted noun that make it approximate (40 شخصا تقريبا), normalised and
    /// matched as written; not number words, so not in <see cref="Table"/>.</summary>
    public FrozenSet<string> HedgesAfter { get; }
    private const string HedgeAfterKind = "hedge_after";

    /// <summary>Words that may stand between a word and the count it governs (مقتل ما لا يقل عن سبعة، إصابة نحو 20):
    /// the hedges and the words of a bound (أكثر من، ما لا يقل عن، إلى), normalised and matched as written.</summary>
    public FrozenSet<string> BeforeCount { get; }
    private const string BoundKind = "bound";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    /// <param name="rows">The rows of number_words.tsv: kind, phrase, value.</param>
    public NumberWords(IEnumerable<LexiconLine> rows)
    {
        var all = LexiconFile.Rows(rows, 3).ToList();
        Table = new(all.Where(l => l.Fields[0] is not (HedgeAfterKind or BoundKind)).Select(Parse));
        HedgesAfter = all.Where(l => l.Fields[0] == HedgeAfterKind).Select(l => ArabicNormalizer.Normalize(l.Fields[1])).ToFrozenSet(StringComparer.Ordinal);
        BeforeCount = all.Where(l => l.Fields[0] == BoundKind || l.Fields[0].Equals(nameof(NumberWordKind.Hedge), StringComparison.OrdinalIgnoreCase))
            .Select(l => ArabicNormalizer.Normalize(l.Fields[1])).ToFrozenSet(StringComparer.Ordinal);
        _firstWords = Table.FirstWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a number word may start at the token (as written or bare): a cheap test before parsing.</summary>
    public bool MayStart(Token t) => TokenKeys.IsAnyOf(_firstWords, t);

    private static (string, NumberWord) Parse(LexiconLine l) =>
        Enum.TryParse<NumberWordKind>(l.Fields[0], ignoreCase: true, out var kind)
            ? (l.Fields[1], new NumberWord(kind, l.NumberAt(2)))
            : throw l.Error($"unknown kind '{l.Fields[0]}'");
}
