using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Tagging;

/// <summary>Classes of single cue words (titles, organisation and place head nouns …), a bit each.</summary>
[Flags]
public enum CueClass : byte { None = 0, Title = 1, OrgHead = 2, LocHead = 4, PersonContext = 8, NameParticle = 16 }

/// <summary>Gazetteer entry types, a bit each (a phrase can be several: الجزائر is a country and a city).</summary>
[Flags]
public enum GazetteerType : byte { None = 0, Country = 1, City = 2, Region = 4, Person = 8, Actor = 16 }

/// <summary>Single words known as parts of people's names (from the gazetteer's person entries).</summary>
[Flags]
public enum NamePart : byte { None = 0, Given = 1, Family = 2 }

/// <summary>
/// What unlabelled text says of a word (<c>data/models/word-profiles.tsv.gz</c>): its clusters at three
/// granularities and name-statistics buckets (<see cref="Training.WordProfiles"/>). Stats packs four
/// 2-bit buckets: frequency, article rate, rate after a title, rate before a person-context word.
/// Labels packs, per entity type, the bucket of the share of its occurrences a tagger labelled so
/// (<see cref="Training.CorpusLabelStatistics"/>).
/// </summary>
public readonly record struct CorpusWord(ushort Coarse, ushort Mid, ushort Fine, byte Stats, byte Labels = 0)
{
    public int LabelShare(int type) => (Labels >> (2 * type)) & 3;
    public int Frequency => Stats & 3;
    public int Article => (Stats >> 2) & 3;
    public int AfterTitle => (Stats >> 4) & 3;
    public int BeforePersonContext => (Stats >> 6) & 3;
}

/// <summary>
/// The word lists the tagger's features consult: cue words, gazetteer phrases, nisba bases and
/// word classes learned from unlabelled text. Built once by training (from data/ner lists and ../shared/data/kb) and stored
/// inside the model file, so tagging never depends on anything else. Read-only once built.
/// </summary>
public sealed class NerLexicon
{
    public const int MaxPhraseWords = 6;

    private readonly Dictionary<string, CueClass> _cues;
    private readonly Dictionary<string, GazetteerType> _phrases;
    private readonly HashSet<string> _phrasePrefixes;
    private readonly HashSet<string> _nisbas;
    private readonly Dictionary<string, CorpusWord> _words;
    private readonly Dictionary<string, NamePart> _nameParts = new(StringComparer.Ordinal);

    public NerLexicon(Dictionary<string, CueClass> cues, Dictionary<string, GazetteerType> phrases, HashSet<string> nisbas, Dictionary<string, CorpusWord> words)
    {
        _cues = new(cues, StringComparer.Ordinal);
        _phrases = new(phrases, StringComparer.Ordinal);
        _nisbas = new(nisbas, StringComparer.Ordinal);
        _words = new(words, StringComparer.Ordinal);
        _phrasePrefixes = [];
        foreach (var (p, type) in phrases)
        {
            for (int i = p.IndexOf(' '); i > 0; i = p.IndexOf(' ', i + 1)) _phrasePrefixes.Add(p[..i]);
            // Given and family names of known people: عرفات alone still looks like a name. Middle words
            // (حسني in محمد حسني مبارك) count as given names: the same words open other people's names.
            if ((type & GazetteerType.Person) == 0) continue;
            var parts = p.Split(' ');
            if (parts.Length < 2) continue;
            for (int k = 0; k < parts.Length - 1; k++)
                if (parts[k].Length >= 3) _nameParts[parts[k]] = _nameParts.GetValueOrDefault(parts[k]) | NamePart.Given;
            _nameParts[parts[^1]] = _nameParts.GetValueOrDefault(parts[^1]) | NamePart.Family;
        }
    }

    public static NerLexicon Empty => new([], [], [], []);

    public int CueCount => _cues.Count;
    public int PhraseCount => _phrases.Count;
    public int NisbaCount => _nisbas.Count;
    public int WordCount => _words.Count;

    /// <summary>The normalised form without a leading article (الإمارات → امارات), the key of every list.</summary>
    public static string Canon(string norm) => norm.Length > 3 && norm.StartsWith(s_article, StringComparison.Ordinal) ? norm[s_article.Length..] : norm;

    // the article of data/text/affixes.tsv, as compiled in (the lists' keys are the committed model's features)
    private static readonly string s_article = LanguageResources.Compiled.Affixes.Article;

    /// <summary>Canonical key of a list entry written in ordinary spelling.</summary>
    public static string Key(string entry) => Canon(ArabicNormalizer.Normalize(entry.Trim()));

    /// <summary>The span form of <see cref="Canon"/>, for lookups that must not allocate.</summary>
    public static ReadOnlySpan<char> CanonSpan(string norm) => norm.Length > 3 && norm.StartsWith(s_article, StringComparison.Ordinal) ? norm.AsSpan(s_article.Length) : norm;

    public CueClass Cues(in TokenView t)
    {
        _cues.TryGetValue(t.Stem, out var a);
        _cues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(CanonSpan(t.Norm), out var b);
        return a | b;
    }

    public NamePart NameParts(in TokenView t)
    {
        _nameParts.TryGetValue(t.Stem, out var a);
        _nameParts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(CanonSpan(t.Norm), out var b);
        return a | b;
    }

    /// <summary>What unlabelled text says of a token (by stem, then by form); false for a word it never saw.</summary>
    public bool TryWord(in TokenView t, out CorpusWord word) =>
        _words.TryGetValue(t.Stem, out word) || _words.TryGetValue(t.Norm, out word);

    /// <summary>
    /// Nationality adjective (nisba) whatever its article, gender and number:
    /// المصري، المصرية، المصريين، مصريون all reduce to the base مصري.
    /// </summary>
    public bool IsNisba(in TokenView t)
    {
        var s = t.Stem;
        if (s.Length < 3) return false;
        if (_nisbas.Contains(s)) return true;
        var lookup = _nisbas.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var suffix in NisbaSuffixes)
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length - suffix.Length >= 3 && lookup.Contains(s.AsSpan(0, s.Length - suffix.Length)))
                return true;
        return false;
    }

    // the normalised nisba endings of data/text/affixes.tsv (ه، ون، ين، ات، ان، تان، تين) after the base ي, as
    // compiled in: a feature of the committed tagger model, which was trained with them
    private static readonly string[] NisbaSuffixes = [.. LanguageResources.Compiled.Affixes.NisbaEndings().Select(ArabicNormalizer.Normalize)];

    /// <summary>
    /// Longest gazetteer match at each position: <paramref name="types"/>[i] gets the entry's types and
    /// <paramref name="begins"/>[i] whether token i opens the match. The first word may carry
    /// proclitics (والإمارات، بطرابلس), so it is tried by stem as well as by form.
    /// </summary>
    public void MatchPhrases(ReadOnlySpan<TokenView> tokens, Span<GazetteerType> types, Span<bool> begins)
    {
        types.Clear();
        begins.Clear();
        if (_phrases.Count == 0) return;
        int i = 0;
        while (i < tokens.Length)
        {
            int best = 0;
            GazetteerType bestType = GazetteerType.None;
            var canon = Canon(tokens[i].Norm);
            for (int form = 0; form < 2; form++)
            {
                var key = form == 0 ? canon : tokens[i].Stem;
                if (form == 1 && (key == canon || key.Length < 2)) break;
                for (int len = 1; len <= MaxPhraseWords && i + len <= tokens.Length; len++)
                {
                    if (len > 1) key = key + " " + Canon(tokens[i + len - 1].Norm);
                    if (len > best && _phrases.TryGetValue(key, out var ty)) { best = len; bestType = ty; }
                    if (!_phrasePrefixes.Contains(key)) break;
                }
            }
            if (best == 0) { i++; continue; }
            for (int k = 0; k < best; k++) { types[i + k] = bestType; begins[i + k] = k == 0; }
            i += best;
        }
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_cues.Count);
        foreach (var (k, v) in _cues.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write((byte)v); }
        w.Write(_phrases.Count);
        foreach (var (k, v) in _phrases.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write((byte)v); }
        w.Write(_nisbas.Count);
        foreach (var k in _nisbas.Order(StringComparer.Ordinal)) w.Write(k);
        w.Write(_words.Count);
        foreach (var (k, v) in _words.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v.Coarse); w.Write(v.Mid); w.Write(v.Fine); w.Write(v.Stats); w.Write(v.Labels); }
    }

    public static NerLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var cues = new Dictionary<string, CueClass>(n);
        for (int i = 0; i < n; i++) cues[r.ReadString()] = (CueClass)r.ReadByte();
        n = r.ReadInt32();
        var phrases = new Dictionary<string, GazetteerType>(n);
        for (int i = 0; i < n; i++) phrases[r.ReadString()] = (GazetteerType)r.ReadByte();
        n = r.ReadInt32();
        var nisbas = new HashSet<string>(n);
        for (int i = 0; i < n; i++) nisbas.Add(r.ReadString());
        n = r.ReadInt32();
        var words = new Dictionary<string, CorpusWord>(n);
        for (int i = 0; i < n; i++) words[r.ReadString()] = new CorpusWord(r.ReadUInt16(), r.ReadUInt16(), r.ReadUInt16(), r.ReadByte(), r.ReadByte());
        return new NerLexicon(cues, phrases, nisbas, words);
    }
}
