using Marsad.Core.Model;
using F = Marsad.Mentions.Tagging.FeatureTemplate;

namespace Marsad.Mentions.Tagging;

/// <summary>Feature templates: the first part of every feature key (see <see cref="FeatureExtractor"/>).</summary>
public enum FeatureTemplate
{
    Bias = 1, Word, Stem, Clitics, WordM1, WordP1, WordM2, WordP2, StemM1, StemP1, StemM2, StemP2,
    WordM1W0, W0WordP1, StemM1S0, S0StemP1, Pre1, Pre2, Pre3, Suf1, Suf2, Suf3, Suf4, Shape, ShapeM1S0, ShapeS0P1, Length,
    Cue, CueM1, CueM2, CueP1, CueP2, OrgHeadBefore, Gaz, GazM1, GazP1, Nisba, NisbaM1, NisbaP1,
    Cluster, ClusterCoarse, ClusterM1, ClusterP1, CliticsSuffix, WordSuf2, FirstInSentence, ClusterM1C0, ClusterC0P1, NamePart, NamePartM1, NamePartP1, Memory, MemoryM1, MemoryP1,
    Guide, GuideM1, GuideP1, GuideM1G0, GuideG0P1,
    ClusterMid, Unclustered, Frequency, ArticleRate, AfterTitleRate, BeforeContextRate, ClusterCoarseM2, ClusterCoarseP2, LabelShare, LabelShareM1, LabelShareP1,
}

/// <summary>Feature keys of a sentence: token i's keys are Keys[Starts[i] .. Starts[i+1]). Reused between sentences.</summary>
public sealed class FeatureBuffer
{
    public ulong[] Keys = new ulong[1024];
    public int[] Starts = new int[65];
    /// <summary>Token i's first <c>Lexical[i]</c> keys name its word itself (form, stem, bigrams); training may drop them.</summary>
    public int[] Lexical = new int[64];
    public int Count;

    public void Reset(int tokens)
    {
        Count = 0;
        if (Starts.Length < tokens + 1) Starts = new int[Math.Max(tokens + 1, Starts.Length * 2)];
        if (Lexical.Length < tokens) Lexical = new int[Math.Max(tokens, Lexical.Length * 2)];
    }

    public void Add(ulong key)
    {
        if (Count == Keys.Length) Array.Resize(ref Keys, Keys.Length * 2);
        Keys[Count++] = key;
    }

    public ReadOnlySpan<ulong> Of(int token) => Keys.AsSpan(Starts[token], Starts[token + 1] - Starts[token]);
}

/// <summary>
/// Turns a sentence into hashed observation features per token: the word and its stem in a ±2
/// window, proclitics, affixes, shape, cue words (titles, organisation and place heads),
/// gazetteer and nisba membership, and word clusters. Label interactions live in the model's
/// transition weights, so features never depend on labels and can be computed once per sentence.
/// </summary>
public sealed class FeatureExtractor(NerLexicon lexicon)
{
    public NerLexicon Lexicon { get; } = lexicon;

    // Template numbers are part of every key, so that equal strings in different roles differ.


    private static readonly string Bos = "<s>", Eos = "</s>";

    public void Extract(ReadOnlySpan<TokenView> s, FeatureBuffer buf, DocumentMemory? memory = null)
    {
        int n = s.Length;
        buf.Reset(n);
        Span<GazetteerType> gaz = n <= 256 ? stackalloc GazetteerType[n] : new GazetteerType[n];
        Span<bool> gazBegin = n <= 256 ? stackalloc bool[n] : new bool[n];
        Span<CueClass> cues = n <= 256 ? stackalloc CueClass[n] : new CueClass[n];
        Span<bool> nisba = n <= 256 ? stackalloc bool[n] : new bool[n];
        Span<CorpusWord> word = n <= 256 ? stackalloc CorpusWord[n] : new CorpusWord[n];
        Span<bool> known = n <= 256 ? stackalloc bool[n] : new bool[n];
        Span<NamePart> names = n <= 256 ? stackalloc NamePart[n] : new NamePart[n];
        Span<int> remembered = n <= 256 ? stackalloc int[n] : new int[n];
        Span<char> shapes = n <= 256 ? stackalloc char[n * 4] : new char[n * 4];
        Lexicon.MatchPhrases(s, gaz, gazBegin);
        for (int i = 0; i < n; i++)
        {
            cues[i] = s[i].Kind == TokenKind.Word ? Lexicon.Cues(s[i]) : CueClass.None;
            nisba[i] = s[i].Kind == TokenKind.Word && Lexicon.IsNisba(s[i]);
            known[i] = Lexicon.TryWord(s[i], out word[i]);
            remembered[i] = memory?.LabelsOf(s[i]) ?? 0;
            names[i] = s[i].Kind == TokenKind.Word ? Lexicon.NameParts(s[i]) : NamePart.None;
            Shape(s[i], shapes.Slice(i * 4, 4));
        }

        for (int i = 0; i < n; i++)
        {
            buf.Starts[i] = buf.Count;
            var t = s[i];
            string w0 = t.Norm, s0 = t.Stem;
            string wm1 = i > 0 ? s[i - 1].Norm : Bos, wp1 = i + 1 < n ? s[i + 1].Norm : Eos;
            string sm1 = i > 0 ? s[i - 1].Stem : Bos, sp1 = i + 1 < n ? s[i + 1].Stem : Eos;
            buf.Add(FeatureHash.Of((int)F.Word, w0));
            buf.Add(FeatureHash.Of((int)F.Stem, s0));
            buf.Add(FeatureHash.Of((int)F.WordM1W0, wm1, w0));
            buf.Add(FeatureHash.Of((int)F.W0WordP1, w0, wp1));
            buf.Add(FeatureHash.Of((int)F.StemM1S0, sm1, s0));
            buf.Add(FeatureHash.Of((int)F.S0StemP1, s0, sp1));
            buf.Lexical[i] = buf.Count - buf.Starts[i];
            buf.Add(FeatureHash.Of((int)F.Bias));
            buf.Add(FeatureHash.Of((int)F.Clitics, t.Proclitics));
            buf.Add(FeatureHash.Of((int)F.WordM1, wm1));
            buf.Add(FeatureHash.Of((int)F.WordP1, wp1));
            buf.Add(FeatureHash.Of((int)F.WordM2, i > 1 ? s[i - 2].Norm : Bos));
            buf.Add(FeatureHash.Of((int)F.WordP2, i + 2 < n ? s[i + 2].Norm : Eos));
            buf.Add(FeatureHash.Of((int)F.StemM1, sm1));
            buf.Add(FeatureHash.Of((int)F.StemP1, sp1));
            buf.Add(FeatureHash.Of((int)F.StemM2, i > 1 ? s[i - 2].Stem : Bos));
            buf.Add(FeatureHash.Of((int)F.StemP2, i + 2 < n ? s[i + 2].Stem : Eos));
            buf.Add(FeatureHash.Of((int)F.CliticsSuffix, t.Proclitics, s0.Length > 3 ? s0.AsSpan(s0.Length - 2) : s0));
            if (t.Kind == TokenKind.Word)
            {
                buf.Add(FeatureHash.Of((int)F.Pre1, s0.AsSpan(0, Math.Min(1, s0.Length))));
                if (s0.Length > 2) buf.Add(FeatureHash.Of((int)F.Pre2, s0.AsSpan(0, 2)));
                if (s0.Length > 3) buf.Add(FeatureHash.Of((int)F.Pre3, s0.AsSpan(0, 3)));
                // a presentation-form mark (ﳲ) is an Arabic letter to the tokenizer and normalises to nothing
                if (s0.Length > 0) buf.Add(FeatureHash.Of((int)F.Suf1, s0.AsSpan(s0.Length - 1)));
                if (s0.Length > 2) buf.Add(FeatureHash.Of((int)F.Suf2, s0.AsSpan(s0.Length - 2)));
                if (s0.Length > 3) buf.Add(FeatureHash.Of((int)F.Suf3, s0.AsSpan(s0.Length - 3)));
                if (s0.Length > 4) buf.Add(FeatureHash.Of((int)F.Suf4, s0.AsSpan(s0.Length - 4)));
                if (w0.Length > 2) buf.Add(FeatureHash.Of((int)F.WordSuf2, w0.AsSpan(w0.Length - 2)));
            }
            var sh0 = shapes.Slice(i * 4, 4);
            buf.Add(FeatureHash.Of((int)F.Shape, sh0));
            buf.Add(FeatureHash.Of((int)F.ShapeM1S0, i > 0 ? shapes.Slice((i - 1) * 4, 4) : "^", sh0));
            buf.Add(FeatureHash.Of((int)F.ShapeS0P1, sh0, i + 1 < n ? shapes.Slice((i + 1) * 4, 4) : "$"));
            buf.Add(FeatureHash.Of((int)F.Length, Math.Min(s0.Length, 10)));
            if (i == 0) buf.Add(FeatureHash.Of((int)F.FirstInSentence));

            AddCue(buf, F.Cue, cues[i]);
            if (i > 0) AddCue(buf, F.CueM1, cues[i - 1]);
            if (i > 1) AddCue(buf, F.CueM2, cues[i - 2]);
            if (i + 1 < n) AddCue(buf, F.CueP1, cues[i + 1]);
            if (i + 2 < n) AddCue(buf, F.CueP2, cues[i + 2]);
            // An organisation head up to three words back (وزارة الشؤون الخارجية).
            for (int k = Math.Max(0, i - 3); k < i; k++)
                if ((cues[k] & CueClass.OrgHead) != 0) { buf.Add(FeatureHash.Of((int)F.OrgHeadBefore, i - k)); break; }

            if (gaz[i] != GazetteerType.None) buf.Add(FeatureHash.Of((int)F.Gaz, (int)gaz[i] | (gazBegin[i] ? 256 : 0)));
            if (i > 0 && gaz[i - 1] != GazetteerType.None) buf.Add(FeatureHash.Of((int)F.GazM1, (int)gaz[i - 1] | (gazBegin[i - 1] ? 256 : 0)));
            if (i + 1 < n && gaz[i + 1] != GazetteerType.None) buf.Add(FeatureHash.Of((int)F.GazP1, (int)gaz[i + 1] | (gazBegin[i + 1] ? 256 : 0)));
            if (names[i] != NamePart.None) buf.Add(FeatureHash.Of((int)F.NamePart, (int)names[i]));
            if (i > 0 && names[i - 1] != NamePart.None) buf.Add(FeatureHash.Of((int)F.NamePartM1, (int)names[i - 1]));
            if (i + 1 < n && names[i + 1] != NamePart.None) buf.Add(FeatureHash.Of((int)F.NamePartP1, (int)names[i + 1]));
            AddLabels(buf, F.Memory, remembered[i]);
            if (i > 0) AddLabels(buf, F.MemoryM1, remembered[i - 1]);
            if (i + 1 < n) AddLabels(buf, F.MemoryP1, remembered[i + 1]);
            if (nisba[i]) buf.Add(FeatureHash.Of((int)F.Nisba));
            if (i > 0 && nisba[i - 1]) buf.Add(FeatureHash.Of((int)F.NisbaM1));
            if (i + 1 < n && nisba[i + 1]) buf.Add(FeatureHash.Of((int)F.NisbaP1));

            // Word classes from unlabelled text: clusters at three granularities (the middle one also for
            // the neighbours and their pairs) and the name statistics of the word.
            if (known[i])
            {
                var c = word[i];
                buf.Add(FeatureHash.Of((int)F.Cluster, c.Fine));
                buf.Add(FeatureHash.Of((int)F.ClusterMid, c.Mid));
                buf.Add(FeatureHash.Of((int)F.ClusterCoarse, c.Coarse));
                buf.Add(FeatureHash.Of((int)F.Frequency, c.Frequency));
                if (t.Kind == TokenKind.Word)
                {
                    buf.Add(FeatureHash.Of((int)F.ArticleRate, c.Article));
                    buf.Add(FeatureHash.Of((int)F.AfterTitleRate, c.AfterTitle));
                    buf.Add(FeatureHash.Of((int)F.BeforeContextRate, c.BeforePersonContext));
                    AddLabelShares(buf, F.LabelShare, c);
                }
            }
            else buf.Add(FeatureHash.Of((int)F.Unclustered));
            if (i > 0 && known[i - 1]) AddLabelShares(buf, F.LabelShareM1, word[i - 1]);
            if (i + 1 < n && known[i + 1]) AddLabelShares(buf, F.LabelShareP1, word[i + 1]);
            int cm0 = Mid(word, known, i), cm1 = i > 0 ? Mid(word, known, i - 1) : -2, cp1 = i + 1 < n ? Mid(word, known, i + 1) : -2;
            buf.Add(FeatureHash.Of((int)F.ClusterM1, cm1));
            buf.Add(FeatureHash.Of((int)F.ClusterP1, cp1));
            buf.Add(FeatureHash.Of((int)F.ClusterM1C0, (cm1 & 0xFFFF) | ((cm0 & 0x7FFF) << 16)));
            buf.Add(FeatureHash.Of((int)F.ClusterC0P1, (cm0 & 0xFFFF) | ((cp1 & 0x7FFF) << 16)));
        }
        buf.Starts[n] = buf.Count;
    }

    /// <summary>
    /// Copies <paramref name="features"/> into <paramref name="into"/> with, after each token's own keys,
    /// what a guide tagger (<see cref="TaggerModel.Guide"/>) labelled it and its neighbours. The guide was
    /// trained on other corpora with other conventions; these features let the model learn how far to
    /// trust it (stacking), so that names the guide knows help without its conventions leaking in.
    /// </summary>
    public static void AddGuide(FeatureBuffer features, ReadOnlySpan<int> guide, FeatureBuffer into)
    {
        int n = guide.Length;
        into.Reset(n);
        for (int i = 0; i < n; i++)
        {
            into.Starts[i] = into.Count;
            into.Lexical[i] = features.Lexical[i];
            foreach (ulong key in features.Of(i)) into.Add(key);
            int g0 = guide[i], gm1 = i > 0 ? guide[i - 1] : -1, gp1 = i + 1 < n ? guide[i + 1] : -1;
            into.Add(FeatureHash.Of((int)F.Guide, g0));
            into.Add(FeatureHash.Of((int)F.GuideM1, gm1));
            into.Add(FeatureHash.Of((int)F.GuideP1, gp1));
            into.Add(FeatureHash.Of((int)F.GuideM1G0, gm1 * 16 + g0));
            into.Add(FeatureHash.Of((int)F.GuideG0P1, g0 * 16 + gp1));
        }
        into.Starts[n] = into.Count;
    }

    private static void AddLabelShares(FeatureBuffer buf, F template, CorpusWord w)
    {
        if (w.Labels == 0) return;
        for (int type = 0; type < 4; type++)
            if (w.LabelShare(type) > 0) buf.Add(FeatureHash.Of((int)template, type * 4 + w.LabelShare(type)));
    }

    private static int Mid(ReadOnlySpan<CorpusWord> words, ReadOnlySpan<bool> known, int i) => known[i] ? words[i].Mid : -1;

    private static void AddLabels(FeatureBuffer buf, F template, int bits)
    {
        for (int y = 1; bits != 0 && y < BioLabels.Count; y++)
            if ((bits & (1 << y)) != 0) buf.Add(FeatureHash.Of((int)template, y));
    }

    private static void AddCue(FeatureBuffer buf, F template, CueClass cue)
    {
        if (cue == CueClass.None) return;
        for (int bit = 1; bit <= 16; bit <<= 1)
            if (((int)cue & bit) != 0) buf.Add(FeatureHash.Of((int)template, bit));
    }

    // the article and the one-letter conjunctions and prepositions of data/text/affixes.tsv, as compiled in: the shape is a
    // feature of the committed tagger model, which was trained with them
    private static readonly Marsad.Text.Words.AffixTable s_affixes = Marsad.Text.LanguageResources.Compiled.Affixes;

    /// <summary>A 4-character shape: kind, length class, has the article, its first proclitic a conjunction or a preposition.</summary>
    private static void Shape(in TokenView t, Span<char> into)
    {
        into[0] = t.Kind switch
        {
            TokenKind.Word => 'a', TokenKind.Latin => 'x', TokenKind.Number => '9', TokenKind.Punctuation => 'p', TokenKind.Url => 'u', _ => 's',
        };
        into[1] = t.Kind == TokenKind.Punctuation && t.Norm.Length > 0 ? t.Norm[0] : (char)('0' + Math.Min(t.Stem.Length / 2, 6));
        into[2] = t.Proclitics.Contains(s_affixes.Article, StringComparison.Ordinal) ? 'D' : '-';
        into[3] = t.Proclitics.Length == 0 ? '-' : s_affixes.Conjunctions.ContainsKey(t.Proclitics[0]) ? 'C' : s_affixes.Prepositions.ContainsKey(t.Proclitics[0]) ? 'P' : '-';
    }
}
