using Marsad.Core.Model;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// A run of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) naming knowledge-base entries.
/// <see cref="Span"/> is the name itself: proclitics (و ف ب ك ل، لل) are outside it, an article that
/// belongs to the name (القاهرة) inside. <see cref="Hits"/> are the candidates, best prior first.
/// </summary>
public sealed record GazetteerMatch(int FirstToken, int EndToken, TextSpan Span, string Key, IReadOnlyList<KbHit> Hits)
{
    public int TokenCount => EndToken - FirstToken;
    public KbHit Best => Hits[0];
}
