using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>The grammatical classes of data/text/function_words.tsv (a word may have several).</summary>
[Flags]
public enum WordClass : uint
{
    None = 0,
    Preposition = 1,
    Conjunction = 2,
    /// <summary>Opens a clause: أن، حيث، بينما، عندما، كما، إذا…</summary>
    Subordinator = 4,
    Relative = 8,
    Demonstrative = 16,
    Pronoun = 32,
    Negation = 64,
    Auxiliary = 128,
    Quantifier = 256,
    Interrogative = 512,
    /// <summary>Verbal particles: قد، لقد، سوف.</summary>
    Particle = 1024,
    /// <summary>Only a verb follows: لم، لن، قد، سوف.</summary>
    Verbal = 2048,
    /// <summary>Links a count or a part to what it is taken from: من (آلاف من المصريين، الأول من يناير).</summary>
    Partitive = 4096,
    /// <summary>Marks a participant or the place of an event (إلى، مع، ضد، على، بين، في…); not the temporal قبل، بعد، منذ.</summary>
    Argument = 8192,
    /// <summary>Names a topic or a place, not a party (في، حول، بشأن، عن، عبر، خلال).</summary>
    Topic = 16384,
    /// <summary>A compound preposition of two words (written with a space) that introduces the agent: من قبل، على يد.</summary>
    Agent = 32768,
    /// <summary>The preposition of the place where something happens: في (مباحثات في القاهرة).</summary>
    Locative = 65536,
    /// <summary>A noun, its subject, follows: أنّ، إنّ (أنّ الهجوم).</summary>
    Nominal = 131072,
    /// <summary>The preposition of two parties, coordinated, who both take part: بين (اتفاق بين مصر وفرنسا).</summary>
    Pair = 262144,
}

/// <summary>
/// Which function words a token is (data/text/function_words.tsv): looked up as written, else through its
/// readings with a conjunction or preposition removed, or an enclitic pronoun (وفي، ولكن، منه، عليها).
/// Never through the article, an accusative alef or a nisba reduction, which function words do not take.
/// Immutable and thread-safe.
/// </summary>
public sealed class FunctionWords
{
    public const string File = "function_words.tsv";

    private readonly AffixTable _affixes;

    private readonly FrozenDictionary<string, WordClass> _classes;
    /// <summary>The words in the table's order.</summary>
    private readonly string[] _words;
    private readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public FunctionWords(IEnumerable<LexiconLine> rows, AffixTable affixes)
    {
        _affixes = affixes;
        var map = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var r in rows)
        {
            var classes = WordClass.None;
            foreach (var name in LexiconFile.Words(r.Fields[1]))
                classes |= Enum.TryParse<WordClass>(name, ignoreCase: true, out var c) && c != WordClass.None ? c : throw r.Error($"unknown class '{name}'");
            var key = ArabicNormalizer.Normalize(r.Fields[0]);
            if (!map.TryGetValue(key, out var known)) order.Add(key);
            map[key] = known | classes;
        }
        _words = [.. order];
        _classes = map.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The classes of a normalised word as written.</summary>
    public WordClass ClassOf(ReadOnlySpan<char> norm) => _lookup.TryGetValue(norm, out var c) ? c : WordClass.None;

    /// <summary>The classes of a token: as written, else the union over its clitic and enclitic readings.</summary>
    public WordClass ClassOf(Token token)
    {
        if (token.Kind != TokenKind.Word) return WordClass.None;
        var written = ClassOf(token.Norm);
        if (written != WordClass.None) return written;
        var classes = WordClass.None;
        foreach (var r in token.Readings)
            if (!r.Article && (r.Traits & ~(ReadingTraits.CanBeVerb | ReadingTraits.TaMarbuta)) == 0 && (r.HasProclitic || r.HasEnclitic))
                classes |= ClassOf(r.Stem);
        return classes | ShortClassOf(token.Norm);
    }

    /// <summary>
    /// Function words are often two letters (في، من، لم), below the analyser's minimum stem: a conjunction
    /// and an enclitic pronoun are also tried down to two letters (وفي، منه، ولم).
    /// </summary>
    private WordClass ShortClassOf(string norm)
    {
        const int minWord = 2;
        var classes = WordClass.None;
        int start = norm.Length > minWord && _affixes.ConjunctionOf(norm[0]) != Clitic.None ? 1 : 0;
        for (int s = 0; s <= start; s++)
        {
            var w = norm.AsSpan(s);
            if (s > 0) classes |= ClassOf(w);
            foreach (var e in _affixes.Enclitics)
                if (w.Length - e.Length >= minWord && w.EndsWith(e)) classes |= ClassOf(w[..^e.Length]);
        }
        return classes;
    }

    public bool Is(Token token, WordClass classes) => (ClassOf(token) & classes) != 0;

    /// <summary>The word as written (no clitic read off) is of one of <paramref name="classes"/>.</summary>
    public bool IsWritten(Token token, WordClass classes) => (ClassOf(token.Norm) & classes) != 0;

    /// <summary>
    /// Whether the token is a function word of these classes carrying an enclitic pronoun (أنه، وإنها، لأنهم، منه):
    /// the pronoun on أنّ and its sisters is the subject of the clause they open.
    /// </summary>
    public bool WithPronoun(Token token, WordClass classes)
    {
        if (token.Kind != TokenKind.Word) return false;
        var norm = token.Norm.AsSpan();
        int start = norm.Length > 2 && _affixes.ConjunctionOf(norm[0]) != Clitic.None ? 1 : 0;
        for (int s = 0; s <= start; s++)
        {
            var w = norm[s..];
            foreach (var e in _affixes.Enclitics)
                if (w.Length > e.Length && w.EndsWith(e) && (ClassOf(w[..^e.Length]) & classes) != 0) return true;
        }
        return false;
    }

    public bool IsFunctionWord(Token token) => ClassOf(token) != WordClass.None;

    /// <summary>Every listed word of the given classes (normalised), in the table's order, e.g. to build a stage's own index.</summary>
    public IEnumerable<string> WordsOf(WordClass classes) => _words.Where(w => (_classes[w] & classes) != 0);
}
