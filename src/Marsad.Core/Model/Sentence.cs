namespace Marsad.Core.Model;

/// <summary>A sentence: its span and the half-open range of token indexes it holds.</summary>
public sealed record Sentence(TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
