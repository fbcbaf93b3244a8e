using System.Collections.Frozen;
using System.Text;

namespace Marsad.Text.Normalization;

/// <summary>
/// Normalisation for matching, as a set of named steps (<see cref="NormalizationSteps"/>). The result
/// is a key for comparison, never a replacement for the text: <see cref="NormalizedText"/> keeps a map
/// from every normalised character back to the original offsets.
/// NFKC is applied per character (per surrogate pair, and to an Arabic letter with a combining
/// madda/hamza: ا + ٔ → أ), so every output character knows which input characters produced it;
/// lone surrogates are kept as they are. Canonical reordering of stacked marks is not done (the
/// matching key drops the marks anyway).
/// </summary>
public static class ArabicNormalizer
{
    public const NormalizationSteps Matching = NormalizationSteps.Matching;

    public static string Normalize(string text) => Normalize(text, Matching);

    public static string Normalize(ReadOnlySpan<char> text) => Normalize(text, Matching);

    /// <summary>The text through the given steps; the same instance when nothing changes.</summary>
    public static string Normalize(string text, NormalizationSteps steps) =>
        IsAlreadyNormal(text, steps) ? text : NormalizeSlow(text, steps);

    public static string Normalize(ReadOnlySpan<char> text, NormalizationSteps steps) =>
        IsAlreadyNormal(text, steps) ? text.ToString() : NormalizeSlow(text, steps);

    private static string NormalizeSlow(ReadOnlySpan<char> text, NormalizationSteps steps)
    {
        var sink = new CharSink(text.Length);
        Run(text, steps, ref sink);
        return sink.ToStringAndReturn();
    }

    // Named single steps, for callers that want exactly one.
    public static string Nfkc(string s) => Normalize(s, NormalizationSteps.Nfkc);
    public static string RemoveDiacritics(string s) => Normalize(s, NormalizationSteps.Diacritics);
    public static string RemoveTatweel(string s) => Normalize(s, NormalizationSteps.Tatweel);
    public static string NormalizeAlef(string s) => Normalize(s, NormalizationSteps.AlefForms);
    public static string NormalizeAlefMaqsura(string s) => Normalize(s, NormalizationSteps.AlefMaqsura);
    public static string NormalizeTaMarbuta(string s) => Normalize(s, NormalizationSteps.TaMarbuta);
    public static string NormalizeDigits(string s) => Normalize(s, NormalizationSteps.Digits);
    public static string NormalizeQuotes(string s) => Normalize(s, NormalizationSteps.Quotes);

    /// <summary>The matching form of one character, or '\0' when it is dropped (diacritics, tatweel, invisible marks).</summary>
    public static char FoldChar(char c) => s_matchingTable[c];

    /// <summary>One character through the per-character steps (everything but NFKC), or '\0' when dropped.</summary>
    public static char FoldChar(char c, NormalizationSteps steps) => TableFor(steps)[c];

    // The per-character steps as 64K-entry tables, built once per combination of steps (start-up cost
    // well under a millisecond), so the hot loops do one array read per character.
    private static readonly char[] s_matchingTable = BuildTable(Matching);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<NormalizationSteps, char[]> s_tables = new();

    internal static char[] TableFor(NormalizationSteps steps)
    {
        steps &= ~NormalizationSteps.Nfkc;
        return steps == (Matching & ~NormalizationSteps.Nfkc) ? s_matchingTable : s_tables.GetOrAdd(steps, BuildTable);
    }

    private static char[] BuildTable(NormalizationSteps steps)
    {
        var table = new char[65536];
        for (int c = 0; c < table.Length; c++) table[c] = FoldSlow((char)c, steps);
        return table;
    }

    private static char FoldSlow(char c, NormalizationSteps steps)
    {
        if (c < 0x80)
        {
            if (c is >= 'A' and <= 'Z' && (steps & NormalizationSteps.LatinCase) != 0) return (char)(c + 32);
            return c;
        }
        switch (c)
        {
            case >= '\u064B' and <= '\u065F' or '\u0670' or >= '\u06D6' and <= '\u06ED':
                return (steps & NormalizationSteps.Diacritics) != 0 ? '\0' : c;
            case '\u0640': return (steps & NormalizationSteps.Tatweel) != 0 ? '\0' : c;
            case '\u0622' or '\u0623' or '\u0625' or '\u0671': return (steps & NormalizationSteps.AlefForms) != 0 ? '\u0627' : c;
            case '\u0649': return (steps & NormalizationSteps.AlefMaqsura) != 0 ? '\u064A' : c;
            case '\u0629': return (steps & NormalizationSteps.TaMarbuta) != 0 ? '\u0647' : c;
            case '\u0624': return (steps & NormalizationSteps.HamzaCarriers) != 0 ? '\u0648' : c;
            case '\u0626': return (steps & NormalizationSteps.HamzaCarriers) != 0 ? '\u064A' : c;
            case '\u06CC': return (steps & NormalizationSteps.PersianLetters) != 0 ? '\u064A' : c;
            case '\u06A9': return (steps & NormalizationSteps.PersianLetters) != 0 ? '\u0643' : c;
            case >= '\u0660' and <= '\u0669': return (steps & NormalizationSteps.Digits) != 0 ? (char)('0' + (c - '\u0660')) : c;
            case >= '\u06F0' and <= '\u06F9': return (steps & NormalizationSteps.Digits) != 0 ? (char)('0' + (c - '\u06F0')) : c;
            case '\u066B': return (steps & NormalizationSteps.Digits) != 0 ? '.' : c;
            case '\u066C': return (steps & NormalizationSteps.Digits) != 0 ? ',' : c;
            case '«' or '»' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A' or '\u2033':
                return (steps & NormalizationSteps.Quotes) != 0 ? '"' : c;
            case '\u060C': return (steps & NormalizationSteps.Punctuation) != 0 ? ',' : c;
            case '\u061B': return (steps & NormalizationSteps.Punctuation) != 0 ? ';' : c;
            case '\u061F': return (steps & NormalizationSteps.Punctuation) != 0 ? '?' : c;
            case '\u066A': return (steps & NormalizationSteps.Punctuation) != 0 ? '%' : c;
            case '\u00AD' or '\u061C' or >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF':
                return (steps & NormalizationSteps.Invisible) != 0 ? '\0' : c;
        }
        if ((steps & NormalizationSteps.LatinCase) != 0 && char.IsUpper(c) && !char.IsSurrogate(c)) return char.ToLowerInvariant(c);
        return c;
    }

    /// <summary>True when the text comes out of the steps unchanged (no allocation needed).</summary>
    private static bool IsAlreadyNormal(ReadOnlySpan<char> text, NormalizationSteps steps)
    {
        var table = TableFor(steps);
        bool nfkc = (steps & NormalizationSteps.Nfkc) != 0;
        foreach (char c in text)
        {
            if (table[c] != c || c == '\0') return false; // NUL is dropped, like the marks the table maps to '\0'
            if (nfkc && c >= 0xA0 && (NfkcTable.IsSpecial(c) || NfkcTable.IsComposingMark(c))) return false;
        }
        return true;
    }

    /// <summary>Receives output characters with the original range [start, end) that produced each.</summary>
    internal interface ISink
    {
        void Emit(char c, int start, int end);
        /// <summary>A dropped combining character: the previous output character's range grows over it.</summary>
        void Absorb(int end);
    }

    /// <summary>Collects output characters in a pooled buffer.</summary>
    private struct CharSink(int capacity) : ISink
    {
        private char[] _buf = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(16, capacity + 8));
        private int _n;

        public void Emit(char c, int start, int end)
        {
            if (_n == _buf.Length)
            {
                var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(_buf.Length * 2);
                _buf.AsSpan(0, _n).CopyTo(bigger);
                System.Buffers.ArrayPool<char>.Shared.Return(_buf);
                _buf = bigger;
            }
            _buf[_n++] = c;
        }

        public readonly void Absorb(int end) { }

        public string ToStringAndReturn()
        {
            var s = new string(_buf, 0, _n);
            System.Buffers.ArrayPool<char>.Shared.Return(_buf);
            return s;
        }
    }

    /// <summary>The one normalisation loop, shared by <see cref="Normalize(ReadOnlySpan{char}, NormalizationSteps)"/> and <see cref="NormalizedText"/>.</summary>
    internal static void Run<TSink>(ReadOnlySpan<char> text, NormalizationSteps steps, ref TSink sink) where TSink : struct, ISink
    {
        bool nfkc = (steps & NormalizationSteps.Nfkc) != 0;
        var table = TableFor(steps);
        bool emitted = false;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            int next = i + 1;
            if (nfkc && c >= 0xA0)
            {
                // Arabic madda/hamza above/below compose with the letter before (ا + ٔ → أ).
                if (next < text.Length && NfkcTable.IsComposingMark(text[next]) && NfkcTable.ComposeArabic(c, text[next]) is var composed and not '\0')
                {
                    emitted |= Out(composed, i, next + 1, table, ref sink, emitted);
                    i = next + 1;
                    continue;
                }
                if (NfkcTable.IsSpecial(c))
                {
                    string expanded;
                    if (char.IsHighSurrogate(c) && next < text.Length && char.IsLowSurrogate(text[next]))
                        expanded = NfkcTable.SafeNfkc(text.Slice(i, 2).ToString());
                    else if (NfkcTable.Changes(c)) expanded = NfkcTable.Of(c);
                    else expanded = "";
                    if (expanded.Length > 0 || !char.IsSurrogate(c))
                    {
                        if (expanded.Length > 0 && char.IsHighSurrogate(c)) next++;
                        foreach (char o in expanded) emitted |= Out(o, i, next, table, ref sink, emitted);
                        i = next;
                        continue;
                    }
                }
            }
            emitted |= Out(c, i, next, table, ref sink, emitted);
            i = next;
        }
    }

    private static bool Out<TSink>(char c, int start, int end, char[] table, ref TSink sink, bool emitted) where TSink : struct, ISink
    {
        char f = table[c];
        if (f != '\0') { sink.Emit(f, start, end); return true; }
        // A dropped mark or tatweel belongs to the letter before it; a dropped bidi mark does not.
        if (emitted && c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' or (>= '\u06D6' and <= '\u06ED')) sink.Absorb(end);
        return false;
    }
}

/// <summary>Per-character NFKC, tabulated once at start-up for the Basic Multilingual Plane.</summary>
internal static class NfkcTable
{
    private static readonly ulong[] s_changes = new ulong[1024];
    private static readonly FrozenDictionary<char, string> s_map = Build();

    private static FrozenDictionary<char, string> Build()
    {
        var map = new Dictionary<char, string>();
        for (int c = 0xA0; c <= 0xFFFF; c++)
        {
            // Surrogates have no NFKC of their own; CJK ideographs, Yi and precomposed Hangul are
            // NFKC-stable, so skipping them halves the start-up cost.
            if (c is >= 0xD800 and <= 0xDFFF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3) continue;
            var s = ((char)c).ToString();
            var n = SafeNfkc(s);
            if (n == s) continue;
            map[(char)c] = n;
            s_changes[c >> 6] |= 1UL << (c & 63);
        }
        return map.ToFrozenDictionary();
    }

    /// <summary>NFKC, or the input unchanged where the platform rejects it (noncharacters, unassigned code points).</summary>
    public static string SafeNfkc(string s)
    {
        try { return s.Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return s; }
    }

    public static bool Changes(char c) => (s_changes[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>A character NFKC may change on its own: a tabulated one or a surrogate.</summary>
    public static bool IsSpecial(char c) => Changes(c) || char.IsSurrogate(c);

    public static string Of(char c) => s_map[c];

    public static bool IsComposingMark(char c) => c is '\u0653' or '\u0654' or '\u0655';

    /// <summary>The canonical composition of an Arabic letter with madda/hamza above/below, or '\0'.</summary>
    public static char ComposeArabic(char letter, char mark) => (letter, mark) switch
    {
        ('\u0627', '\u0653') => '\u0622',
        ('\u0627', '\u0654') => '\u0623',
        ('\u0627', '\u0655') => '\u0625',
        ('\u0648', '\u0654') => '\u0624',
        ('\u064A', '\u0654') => '\u0626',
        ('\u06D5', '\u0654') => '\u06C0',
        ('\u06C1', '\u0654') => '\u06C2',
        ('\u06D2', '\u0654') => '\u06D3',
        _ => '\0',
    };
}
