using Marsad.Core.Model;

namespace Marsad.Text.Sentences;

/// <summary>
/// Splits a token list into sentences at . ! ? ؟ ؛ and line breaks. A full stop between
/// digits is part of the number token already, so 5.2 never ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            bool end = t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '!' or '?' or '؟' or '؛' or '…';
            bool lineBreak = i + 1 < tokens.Count && HasLineBreak(text, t.End, tokens[i + 1].Start);
            if (end || lineBreak || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Start, t.End), first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] is '\n' or '\r' or '\u2029') return true;
        return false;
    }
}
