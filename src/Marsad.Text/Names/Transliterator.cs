using System.Text;
using Marsad.Core;
using Marsad.Text.Normalization;
using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Text.Names;

/// <summary>
/// A readable, deterministic English form of an Arabic name for entities the knowledge base does
/// not know (جلال حرشاوي → Jalal Harshawi). Each word is looked up in a table of conventional
/// spellings (data/linking/translit-names.tsv: محمد → Mohammed, عبد الله → Abdullah), with the
/// article as "al-"; other words go through letter rules. Arabic script leaves short vowels
/// unwritten, so the rules supply an "a" where English needs a vowel: after a word's first
/// consonant when another follows, and inside a run of three consonants (حفتر → Haftar).
/// و and ي are consonants at a word's start, before ا, or between vowels, else long vowels u and i.
/// </summary>
public sealed class Transliterator
{
    /// <summary>The table data/linking/translit-names.tsv, with the name particles, Latin letters and article of <paramref name="language"/>.</summary>
    public static Transliterator Load(DataFolder data, LanguageResources language) =>
        new(LexiconFile.Rows(data, "linking", "translit-names.tsv", 2).Select(r => (r.Fields[0], r.Fields[1])), language);

    private readonly Dictionary<string, string> _table = new(StringComparer.Ordinal);
    private readonly NameParticles _particles;
    private readonly LatinLetters _letters;
    private readonly string _article;

    /// <param name="language">The name particles (compound heads and their Latin spelling: عبد → Abdel), the Latin
    /// letters and the article.</param>
    public Transliterator(IEnumerable<(string Arabic, string English)> table, LanguageResources language)
    {
        _particles = language.NameParticles;
        _letters = language.LatinLetters;
        _article = language.Affixes.Article;
        foreach (var (ar, en) in table)
        {
            var key = TableKey(ar);
            if (_table.TryGetValue(key, out var old) && old != en)
                throw new InvalidDataException($"translit-names: '{ar}' is listed as both '{old}' and '{en}'");
            _table[key] = en;
        }
    }

    /// <summary>Whether the table lists this word (a common name part: بشار، فلاديمير، سيرجي).</summary>
    public bool IsKnownNamePart(string word) => _table.ContainsKey(TableKey(word));

    /// <summary>English form of an Arabic name (Latin text passes through; empty for empty input).</summary>
    public string Transliterate(string name)
    {
        var sb = new StringBuilder();
        foreach (var part in NameParts(Words(name)))
        {
            var en = Part(part);
            if (en.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(en);
        }
        if (sb.Length > 0) sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    /// <summary>One name part: a word, or a compound (عبد الفتاح) known whole or spelled word by word.</summary>
    private string Part(List<string> words)
    {
        if (_table.TryGetValue(TableKey(string.Concat(words)), out var known)) return known;
        if (words.Count == 1) return Word(words[0]);
        var head = _particles.Latin.GetValueOrDefault(TableKey(words[0])) ?? Word(words[0]);
        // the head that is split before the article (عبد الفتاح → Abdel Fattah) takes the next word without it
        bool split = _particles.SplitHeads.Contains(TableKey(words[0]));
        var rest = words.Skip(1).Select(w => split ? Capitalise(Word(WithoutArticle(w))) : Word(w));
        return head + " " + string.Join(' ', rest);
    }

    private string Word(string w)
    {
        if (!w.Any(Marsad.Text.Tokenization.Tokenizer.IsArabicLetter)) return w; // Latin names stay as written
        if (_table.TryGetValue(TableKey(w), out var known)) return known;
        var bare = WithoutArticle(w);
        if (!ReferenceEquals(bare, w))
            return "al-" + Capitalise(_table.TryGetValue(TableKey(bare), out var k) ? k : Letters(bare));
        return Capitalise(Letters(w));
    }

    /// <summary>The word without a leading article (when a word of two letters or more remains), else the same instance.</summary>
    private string WithoutArticle(string w)
    {
        var key = TableKey(w);
        if (key.Length < _article.Length + 2 || !key.StartsWith(_article, StringComparison.Ordinal)) return w;
        int end = w.IndexOf(_article[^1]);
        return w[(end + 1)..];
    }

    /// <summary>The letter rules for one word (diacritics other than shadda already removed).</summary>
    internal string Letters(string word)
    {
        var letters = new List<char>(word.Length);
        var doubled = new List<bool>(word.Length);
        foreach (char c in word)
        {
            if (c == '\u0651') { if (doubled.Count > 0) doubled[^1] = true; continue; }
            if (ArabicNormalizer.FoldChar(c) == '\0') continue;
            letters.Add(c);
            doubled.Add(false);
        }
        // three consonants and no vowel letter: the commonest noun pattern, CaCaC (رجب → Rajab، حسن → Hasan)
        if (letters.Count == 3 && !letters.Exists(_letters.IsVowelLetter) && _letters.KindOf(letters[2]) == LatinLetters.Kind.Consonant)
            return Consonant(letters[0]) + "a" + Consonant(letters[1]) + (doubled[1] ? Consonant(letters[1]) : "") + "a" + Consonant(letters[2]);
        var sb = new StringBuilder();
        int run = 0;              // consonants since the last vowel
        bool prevVowel = false;
        for (int i = 0; i < letters.Count; i++)
        {
            char c = letters[i];
            char next = i + 1 < letters.Count ? letters[i + 1] : '\0';
            var vowel = VowelOf(c, i, next, prevVowel);
            if (vowel is not null)
            {
                // a long vowel after the same short one (إي، أو) is written once
                if (!(sb.Length > 0 && sb[^1] == vowel[0] && prevVowel)) sb.Append(vowel);
                run = 0;
                prevVowel = true;
                continue;
            }
            // Arabic has no word-initial pair and no run of three consonants: supply a short vowel (a glide's own before it)
            if (run == 2 || (i == 1 && run == 1)) { sb.Append(_letters.KindOf(c) == LatinLetters.Kind.Glide ? _letters.VowelOf(c) : "a"); run = 0; }
            var cons = Consonant(c);
            sb.Append(cons);
            if (doubled[i] && cons.Length == 1) sb.Append(cons);
            run++;
            prevVowel = false;
        }
        return sb.ToString();
    }

    /// <summary>The vowel a letter stands for here, or null when it is a consonant.</summary>
    private string? VowelOf(char c, int i, char next, bool prevVowel)
    {
        bool last = next == '\0';
        switch (_letters.KindOf(c))
        {
            case LatinLetters.Kind.Vowel: return _letters.VowelOf(c);
            case LatinLetters.Kind.Final when last && i > 1: return _letters.VowelOf(c);
            case LatinLetters.Kind.Glide or LatinLetters.Kind.HamzaSeat:
                bool consonant = i == 0 || _letters.IsVowelLetter(next) || (prevVowel && !last && _letters.KindOf(next) == LatinLetters.Kind.Glide);
                return consonant ? null : _letters.VowelOf(c);
            default: return null;
        }
    }

    private string Consonant(char c) => _letters.ConsonantOf(c);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string TableKey(string arabic)
    {
        var n = ArabicNormalizer.Normalize(arabic);
        return n.Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>Words of the name without diacritics except shadda, punctuation dropped.</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (char c in name)
        {
            if (c == '\u0651' || char.IsLetterOrDigit(c)) { sb.Append(c); continue; }
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || c == '\u0640') continue;
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>Groups words into name parts: عبد + الله, أبو + بكر, نور + الدين are one part.</summary>
    private List<List<string>> NameParts(List<string> words)
    {
        var parts = new List<List<string>>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            var part = new List<string> { words[i] };
            if (i + 1 < words.Count && _particles.CompoundHeads.Contains(TableKey(words[i]))) part.Add(words[++i]);
            while (i + 1 < words.Count && _particles.JoinsPrevious.Contains(TableKey(words[i + 1]))) part.Add(words[++i]);
            parts.Add(part);
        }
        return parts;
    }
}
