using Marsad.Core.Model;
using Marsad.Text.Words;

namespace Marsad.Events.Analysis;

/// <summary>
/// The event stage's view of a document: its tokens with cached clitic readings, the linked mention
/// covering each token, and each token's sentence. Built once per document.
/// </summary>
public sealed class TokenSequence
{
    private readonly WordReading[]?[] _readings;
    private readonly Mention?[] _mentionAt;
    private readonly int[] _sentenceOf;

    public Document Document { get; }
    public IReadOnlyList<Token> Tokens => Document.Tokens;
    public int End => Document.Tokens.Count;

    public TokenSequence(Document doc)
    {
        Document = doc;
        int n = doc.Tokens.Count;
        _readings = new WordReading[]?[n];
        _mentionAt = new Mention?[n];
        _sentenceOf = new int[n];
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var sent = doc.Sentences[s];
            for (int i = sent.FirstToken; i < sent.EndToken && i < n; i++) _sentenceOf[i] = s;
        }
        // Longer mentions first so that a nested short mention does not hide its container.
        foreach (var m in doc.Mentions.Where(m => m.Entity is not null).OrderByDescending(m => m.Span.Length))
        {
            int i = doc.TokenIndexAtOrAfter(m.Span.Start);
            for (; i < n && doc.Tokens[i].Start < m.Span.End; i++)
                if (doc.Tokens[i].Span.Overlaps(m.Span)) _mentionAt[i] ??= m;
        }
    }

    /// <summary>
    /// The token's readings without the nisba reductions (which come last), which the event lexicons do not use.
    /// A span, so that the many loops over readings enumerate without allocating.
    /// </summary>
    public ReadOnlySpan<WordReading> Readings(int i) => _readings[i] ??= WithoutNisba(Tokens[i].Readings);

    private static WordReading[] WithoutNisba(IReadOnlyList<WordReading> all)
    {
        int n = all.Count;
        while (n > 0 && (all[n - 1].Traits & ReadingTraits.Nisba) != 0) n--;
        if (n == all.Count && all is WordReading[] array) return array;
        var kept = new WordReading[n];
        for (int k = 0; k < n; k++) kept[k] = all[k];
        return kept;
    }

    /// <summary>
    /// A yes/no property of token <paramref name="i"/> (keyed by the delegate), computed once per document:
    /// for lexicon look-ups asked again from every nearby phrase start.
    /// </summary>
    public bool Memo(Func<TokenSequence, int, bool> property, int i)
    {
        _memos ??= [];
        if (!_memos.TryGetValue(property, out var known)) _memos[property] = known = new sbyte[End];
        if (known[i] == 0) known[i] = property(this, i) ? (sbyte)1 : (sbyte)-1;
        return known[i] > 0;
    }

    private Dictionary<Func<TokenSequence, int, bool>, sbyte[]>? _memos;

    /// <summary>The linked mention covering token <paramref name="i"/>, or null.</summary>
    public Mention? MentionAt(int i) => i >= 0 && i < End ? _mentionAt[i] : null;

    public Entity? EntityAt(int i) => MentionAt(i)?.Entity;

    public int SentenceOf(int i) => _sentenceOf[i];

    public Sentence SentenceAt(int i) => Document.Sentences[_sentenceOf[i]];

    public Token this[int i] => Tokens[i];

    public bool IsPunct(int i) => Tokens[i].Kind is TokenKind.Punctuation or TokenKind.Symbol;

    public char FirstChar(int i) => Document.Text[Tokens[i].Start];

    /// <summary>Quotes and similar marks that sit inside a phrase without breaking it (“حفتر”).</summary>
    public bool IsTransparent(int i) => IsPunct(i) && FirstChar(i) is '"' or '\'' or '“' or '”' or '«' or '»' or '„' or '‘' or '’' or Tatweel;

    /// <summary>The tatweel (kashida), a stretching mark of Arabic typography, not a letter of any word.</summary>
    private const char Tatweel = '\u0640';

    /// <summary>Whether token i has a reading (clitics stripped, no pronoun suffix) whose stem is one of <paramref name="stems"/>.</summary>
    public bool HasStem(int i, WordList stems)
    {
        if (i < 0 || i >= End) return false;
        foreach (var a in Readings(i)) if (a.Enclitic.Length == 0 && stems.Contains(a.Stem)) return true;
        return false;
    }

}
