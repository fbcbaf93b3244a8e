using Marsad.Core.Model;
using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// What the tagger sees of a token: its normalised form, the stem after proclitics
/// (without the article), the proclitics, and its kind. Built from a pipeline
/// <see cref="Token"/> or from a corpus word, so that training and tagging see the same forms.
/// </summary>
public readonly record struct TokenView(string Norm, string Stem, string Proclitics, TokenKind Kind)
{
    public static TokenView From(Token token) => new(token.Norm, token.StemNorm, token.Proclitics, token.Kind);

    /// <summary>A whitespace word of a corpus (ANERcorp tokens are such words, punctuation apart).</summary>
    public static TokenView FromWord(string word)
    {
        var norm = ArabicNormalizer.Normalize(word);
        var kind = KindOf(word);
        if (kind != TokenKind.Word) return new TokenView(norm, norm, "", kind);
        var seg = LanguageResources.Compiled.Words.Segment(word, new TextSpan(0, word.Length));
        return new TokenView(norm, seg.StemNorm, seg.Proclitics, kind);
    }

    private static TokenKind KindOf(string word)
    {
        bool digit = false, latin = false;
        foreach (char c in word)
        {
            if (Text.Tokenization.Tokenizer.IsArabicLetter(c)) return TokenKind.Word;
            if (Text.Tokenization.Tokenizer.IsDigit(c)) digit = true;
            else if (char.IsLetter(c)) latin = true;
        }
        if (latin) return TokenKind.Latin;
        if (digit) return TokenKind.Number;
        return word.Length > 0 && char.IsPunctuation(word[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
