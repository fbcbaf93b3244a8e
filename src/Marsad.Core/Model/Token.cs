namespace Marsad.Core.Model;

public enum TokenKind : byte { Word, Latin, Number, Punctuation, Url, Symbol, Email }

/// <summary>
/// One token: a span of the original text plus its normalised form for matching.
/// <see cref="StemStart"/> is where the stem begins after proclitics (و ف ب ل ك س ال لل);
/// it equals <see cref="Span"/>.Start when there are none.
/// </summary>
public sealed record Token(TextSpan Span, TokenKind Kind, string Norm, int StemStart, string Proclitics, string StemNorm)
{
    public int Start => Span.Start;
    public int End => Span.End;
    public TextSpan StemSpan => new(StemStart, Span.End);
}
