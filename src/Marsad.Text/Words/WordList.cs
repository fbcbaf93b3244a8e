using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>
/// A list of single words from a data/text table (first column, normalised on load), matched against a
/// token as written or through its bare readings (a conjunction or preposition removed; the article too
/// when <c>throughArticle</c>). The way a stage asks "is this one of these words" without a list of its own:
/// put the words in <c>data/text/NAME.tsv</c> (with a header comment giving the source) and read them with
/// <see cref="LanguageResources.WordList"/>. Immutable and thread-safe.
/// </summary>
public sealed class WordList
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordList(IEnumerable<string> words)
    {
        _words = words.Select(ArabicNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;
    public IEnumerable<string> Words => _words;

    public bool Contains(ReadOnlySpan<char> norm) => _lookup.Contains(norm);

    /// <summary>The token as written, or a bare reading of it (وزير → no; ووزير → وزير), is listed.</summary>
    public bool Contains(Token token, bool throughArticle = false)
    {
        if (_lookup.Contains(token.Norm)) return true;
        if (token.Kind != TokenKind.Word) return false;
        foreach (var r in token.Readings)
            if (r.IsBare && !r.Future && (throughArticle || !r.Article) && _lookup.Contains(r.Stem)) return true;
        return false;
    }
}
