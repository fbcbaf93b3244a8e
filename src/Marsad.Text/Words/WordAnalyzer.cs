using System.Collections.Frozen;
using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;

namespace Marsad.Text.Words;

/// <summary>The proclitics split from a word and where its stem starts in the original text.</summary>
public readonly record struct Segmentation(string Proclitics, int StemStart, string StemNorm);

/// <summary>
/// The one analyser of Arabic words, driven by data/text/affixes.tsv and data/text/protected_words.tsv.
/// Arabic attaches, in this order, a conjunction (و "and", ف "so"), then a preposition (ب "with", ل
/// "for", ك "like") or the future particle س (only on an imperfect verb), then the article ال; ل + ال
/// is written لل; after the stem may come an enclitic pronoun (زيارته، دعاهم).
/// It gives two things:
/// <list type="bullet">
/// <item><see cref="Analyze(string)"/>: every reading of a word (<see cref="WordReading"/>), the word as
/// written first, because a name may itself begin with a clitic letter (وليبيا is و + ليبيا, not
/// و + ل + يبيا) and the lexicon a stage looks the stem up in decides. Tokens carry them
/// (<see cref="Token.Readings"/>), computed on first use.</item>
/// <item><see cref="Segment"/>: the one conservative segmentation the tagger's features use, because a
/// wrong split breaks a name (فرنسا، بوتين) while a missed one only hides a prefix.</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
public sealed class WordAnalyzer : IWordAnalyzer
{
    /// <summary>A stem keeps at least this many letters, the size of an Arabic root (ولد، بلد، فهد stay whole).</summary>
    public const int MinStem = 3;

    /// <summary>Words never split (data/text).</summary>
    public const string ProtectedFile = "protected_words.tsv";

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _protected;
    /// <summary>Every proclitic string <see cref="Segment"/> can produce, so results share instances.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clitics;

    public AffixTable Affixes { get; }

    public WordAnalyzer(AffixTable affixes, IEnumerable<string> protectedWords)
    {
        Affixes = affixes;
        _protected = protectedWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        string[] preps = [.. affixes.Prepositions.Keys.Select(c => c.ToString()), affixes.Future.ToString(), affixes.PrepositionArticle];
        _clitics = (
            from c in affixes.Conjunctions.Keys.Select(c => c.ToString()).Prepend("")
            from p in preps.Prepend("")
            from a in new[] { "", affixes.Article }
            where !((p == affixes.PrepositionArticle || p == affixes.Future.ToString()) && a != "")
            select c + p + a).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when the normalised word is protected from splitting (data/text/protected_words.tsv).</summary>
    public bool IsProtected(ReadOnlySpan<char> normalizedWord) => _protected.Contains(normalizedWord);

    /// <summary>The article + stem when the reading removed the article (للقاهره → القاهره), else the stem.</summary>
    public string WithArticle(WordReading r) => r.Article ? Affixes.Article + r.Stem : r.Stem;

    /// <summary>
    /// The readings a name's first word is looked up by (key: <see cref="WithArticle"/>): as written, then
    /// without a conjunction and/or a preposition, the article kept, as names include it (والقاهره →
    /// القاهره، للقاهره → القاهره، بموسكو → موسكو، للبنان → لبنان). Most literal first.
    /// </summary>
    public static IEnumerable<WordReading> NameReadings(IReadOnlyList<WordReading> readings)
    {
        foreach (var r in readings)
            if (IsNameReading(r)) yield return r;
    }

    /// <summary>Whether a reading is one of the <see cref="NameReadings"/> (for loops that must not allocate).</summary>
    public static bool IsNameReading(WordReading r) => r.IsBare && !r.Future && (!r.Article || (r.Proclitics & Clitic.Li) != 0);

    /// <summary>A name without the proclitics of its first word (وبحفتر → حفتر، للجيش → الجيش), or null when none can go.</summary>
    public string? StripProclitics(string name)
    {
        int space = name.IndexOf(' ');
        var first = space < 0 ? name : name[..space];
        WordReading? best = null;
        foreach (var r in NameReadings(Analyze(first)))
            if (r.HasProclitic && (best is null || r.Article || (!best.Value.Article && r.StemOffset > best.Value.StemOffset))) best = r;
        return best is { } b ? WithArticle(b) + name[first.Length..] : null;
    }

    // ---- every reading --------------------------------------------------------------------------

    public IReadOnlyList<WordReading> Analyze(Token token) =>
        token.Kind == TokenKind.Word ? Shared(token.Norm) : [new WordReading(token.Norm, Clitic.None, "", ReadingTraits.CanBeVerb, 0)];

    /// <summary>
    /// The readings of a word, shared by every token of it: news repeats its words, and analysing each token
    /// anew was most of what the analyser allocated. Emptied when full (a bound on memory, not a policy).
    /// </summary>
    private WordReading[] Shared(string norm)
    {
        if (_shared.TryGetValue(norm, out var readings)) return readings;
        readings = Analyze(norm);
        if (Interlocked.Increment(ref _sharedCount) > SharedLimit)
        {
            _shared.Clear();
            Interlocked.Exchange(ref _sharedCount, 0);
        }
        _shared.TryAdd(norm, readings);
        return readings;
    }

    private const int SharedLimit = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordReading[]> _shared = new(StringComparer.Ordinal);
    private int _sharedCount;

    /// <summary>
    /// Every reading of a normalised word, most literal first: as written; without the article; without a
    /// conjunction; without a preposition (لل read both as ل + ال and as ل before a word in ل) or the future
    /// particle; then each of these without an accusative alef; then without an enclitic pronoun (with the ta
    /// marbuta restored before it); last, nisba inflections reduced to the masculine singular.
    /// </summary>
    public WordReading[] Analyze(string s)
    {
        // A per-thread scratch list (as the BCL's StringBuilderCache), so that only the exact-size result is allocated.
        var list = t_scratch ??= new List<WordReading>(32);
        list.Clear();
        AddWithArticle(list, s, 0, Clitic.None);
        var conj = s.Length > MinStem ? Affixes.ConjunctionOf(s[0]) : Clitic.None;
        if (conj != Clitic.None)
        {
            AddWithArticle(list, s, 1, conj);
            AddPreposition(list, s, 1, conj);
        }
        AddPreposition(list, s, 0, Clitic.None);

        int m = list.Count;
        for (int i = 0; i < m; i++)
        {
            var r = list[i];
            if (r.Stem.Length > MinStem && r.Stem[^1] == Affixes.AccusativeAlef)
                list.Add(r with { Stem = r.Stem[..^1], Traits = r.Traits | ReadingTraits.Accusative });
        }
        int n = list.Count;
        var (taWritten, taRestored) = Affixes.TaMarbuta;
        for (int i = 0; i < n; i++)
        {
            var r = list[i];
            foreach (var e in Affixes.Enclitics)
            {
                if (r.Stem.Length - e.Length < MinStem || !r.Stem.EndsWith(e, StringComparison.Ordinal)) continue;
                var b = r.Stem[..^e.Length];
                list.Add(r with { Stem = b, Enclitic = e });
                if (b[^1] == taWritten) list.Add(r with { Stem = string.Concat(b.AsSpan(0, b.Length - 1), [taRestored]), Enclitic = e, Traits = r.Traits | ReadingTraits.TaMarbuta });
            }
        }
        for (int i = 0; i < n; i++)
        {
            var r = list[i];
            foreach (var (suffix, baseEnding) in Affixes.NisbaNormalized)
            {
                if (r.Stem.Length - suffix.Length + baseEnding.Length < MinStem || !r.Stem.EndsWith(suffix, StringComparison.Ordinal)) continue;
                list.Add(r with { Stem = string.Concat(r.Stem.AsSpan(0, r.Stem.Length - suffix.Length), baseEnding), Traits = r.Traits | ReadingTraits.Nisba });
                break;
            }
        }
        var result = list.ToArray();
        list.Clear();
        return result;
    }

    [ThreadStatic] private static List<WordReading>? t_scratch;

    private void AddPreposition(List<WordReading> list, string s, int at, Clitic conj)
    {
        int rest = s.Length - at;
        // لل: ل + ال with the article's alef elided; or ل before a word that begins with ل (للبنان = ل + لبنان)
        if (rest - Affixes.PrepositionArticle.Length >= MinStem && s.AsSpan(at).StartsWith(Affixes.PrepositionArticle, StringComparison.Ordinal))
        {
            var li = Affixes.PrepositionOf(Affixes.PrepositionOfArticle);
            int stem = at + Affixes.PrepositionArticle.Length;
            list.Add(new(s[stem..], conj | li | Clitic.Article, "", ReadingTraits.None, stem));
            list.Add(Reading(s, at + 1, conj | li));
            return;
        }
        if (rest <= MinStem) return;
        var prep = Affixes.PrepositionOf(s[at]);
        if (prep != Clitic.None) AddWithArticle(list, s, at + 1, conj | prep);
        if (s[at] == Affixes.Future && Affixes.Imperfect.Contains(s[at + 1]))
            list.Add(new(s[(at + 1)..], conj | Clitic.Future, "", ReadingTraits.CanBeVerb, at + 1));
    }

    private void AddWithArticle(List<WordReading> list, string s, int at, Clitic clitics)
    {
        list.Add(Reading(s, at, clitics));
        int stem = at + Affixes.Article.Length;
        if (s.Length - stem >= MinStem && s.AsSpan(at).StartsWith(Affixes.Article, StringComparison.Ordinal))
            list.Add(new(s[stem..], clitics | Clitic.Article, "", ReadingTraits.None, stem));
    }

    /// <summary>A reading without the article; it can be a verb unless it took ب or ك, or ل before a non-imperfect.</summary>
    private WordReading Reading(string s, int at, Clitic clitics)
    {
        var stem = at == 0 ? s : s[at..];
        bool verb = (clitics & Clitic.Preposition) == Clitic.None
            || ((clitics & Clitic.Preposition) == Clitic.Li && stem.Length > 2 && Affixes.Imperfect.Contains(stem[0]));
        return new(stem, clitics, "", verb ? ReadingTraits.CanBeVerb : ReadingTraits.None, at);
    }

    // ---- the one segmentation -------------------------------------------------------------------

    public Segmentation Segment(string text, TextSpan word) => Segment(text, word, out _);

    /// <summary>
    /// Segments a word conservatively and also returns its normalised form
    /// (<see cref="ArabicNormalizer.Normalize(string)"/>), sharing one pass over the characters; the
    /// tokenizer's hot path.
    /// <list type="bullet">
    /// <item>a protected word (وزير، بلد، لبنان، كردستان، بشار، كانت) is never split further;</item>
    /// <item>the remainder keeps at least <see cref="MinStem"/> letters;</item>
    /// <item>ال is the article only with a plain alef (hamzat al-wasl), so ألمانيا، إلغاء، آلاف keep their letters;</item>
    /// <item>س is split only before an imperfect prefix with a verb of at least four letters after it, and
    /// never from a word with a noun ending (سيارة، سنوات).</item>
    /// </list>
    /// </summary>
    public Segmentation Segment(string text, TextSpan word, out string norm)
    {
        // Work on (original index, folded char) pairs so that marks don't shift positions.
        int len = word.Length;
        Span<int> pos = len <= 128 ? stackalloc int[len] : new int[len];
        Span<char> chars = len <= 128 ? stackalloc char[len] : new char[len];
        int n = 0;
        bool needsNfkc = false;
        for (int i = word.Start; i < word.End; i++)
        {
            char c = text[i];
            if (c >= 0xA0 && (NfkcTable.IsSpecial(c) || NfkcTable.IsComposingMark(c))) needsNfkc = true;
            char f = ArabicNormalizer.FoldChar(c);
            if (f == '\0') continue;
            pos[n] = i; chars[n] = f; n++;
        }
        norm = needsNfkc ? ArabicNormalizer.Normalize(text.AsSpan(word.Start, len)) : new string(chars[..n]);
        int k = Split(text, pos[..n], chars[..n]);
        if (k == 0 || k >= n) return new("", word.Start, norm);
        var clitics = _clitics.TryGetValue(chars[..k], out var known) ? known : chars[..k].ToString();
        return new(clitics, pos[k], new string(chars[k..n]));
    }

    /// <summary>How many leading folded characters are proclitics.</summary>
    private int Split(string text, ReadOnlySpan<int> pos, ReadOnlySpan<char> w)
    {
        int n = w.Length, k = 0;
        if (IsProtected(w)) return 0;
        if (Affixes.ConjunctionOf(w[k]) != Clitic.None && n - k - 1 >= MinStem) { k++; if (IsProtected(w[k..])) return k; }
        if (n - k - 1 >= MinStem && Affixes.PrepositionOf(w[k]) != Clitic.None)
        {
            // لل = ل + ال, unless ل precedes a word that itself begins with ل (للبنان = ل + لبنان)
            if (w[k..].StartsWith(Affixes.PrepositionArticle) && !IsProtected(w[(k + 1)..]))
                return n - k - 2 >= MinStem ? k + 2 : k;
            k++;
            if (IsProtected(w[k..])) return k;
        }
        else if (w[k] == Affixes.Future && n - k - 1 >= MinStem + 1 && Affixes.Imperfect.Contains(w[k + 1]) && !EndsInNounEnding(w))
            return k + 1;
        // the article's alef is hamzat al-wasl: plain alef (or alef wasla) in the original text
        if (n - k - Affixes.Article.Length >= MinStem && w[k..].StartsWith(Affixes.Article) && text[pos[k]] is '\u0627' or '\u0671')
            k += Affixes.Article.Length;
        return k;
    }

    private bool EndsInNounEnding(ReadOnlySpan<char> w)
    {
        foreach (var e in Affixes.NounEndings) if (w.EndsWith(e)) return true;
        return false;
    }
}
