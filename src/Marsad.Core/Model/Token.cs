namespace Marsad.Core.Model;

public enum TokenKind : byte { Word, Latin, Number, Punctuation, Url, Symbol, Email }

/// <summary>
/// One token: a span of the original text plus its normalised form for matching.
/// <see cref="StemStart"/> is where the stem begins after proclitics (و ف ب ل ك س ال لل) in the one
/// segmentation the tagger uses; it equals <see cref="Span"/>.Start when there are none.
/// <see cref="Readings"/> are all the analyses of the word, computed on first use.
/// </summary>
public sealed record Token(TextSpan Span, TokenKind Kind, string Norm, int StemStart, string Proclitics, string StemNorm)
{
    private IReadOnlyList<WordReading>? _readings;

    /// <summary>The analyser that computes <see cref="Readings"/> (set by the text stage).</summary>
    public IWordAnalyzer? Analyzer { get; init; }

    public int Start => Span.Start;
    public int End => Span.End;
    public TextSpan StemSpan => new(StemStart, Span.End);

    /// <summary>
    /// Every reading of the word (clitics, stem, enclitic…), the word as written first. Computed once, on
    /// first use (a document is processed by one thread; a race would compute the same list twice).
    /// </summary>
    public IReadOnlyList<WordReading> Readings =>
        _readings ??= Analyzer?.Analyze(this) ?? [new WordReading(Norm, Clitic.None, "", ReadingTraits.CanBeVerb, 0)];

    public bool Equals(Token? other) =>
        other is not null && Span == other.Span && Kind == other.Kind && Norm == other.Norm
        && StemStart == other.StemStart && Proclitics == other.Proclitics && StemNorm == other.StemNorm;

    public override int GetHashCode() => HashCode.Combine(Span, Kind, Norm, StemStart, Proclitics, StemNorm);
}
