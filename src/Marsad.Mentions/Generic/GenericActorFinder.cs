using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Build;
using Marsad.Knowledge.Generic;
using Marsad.Knowledge.Model;
using Marsad.Text.Numbers;
using Marsad.Text.Tokenization;
using Marsad.Text.Words;

namespace Marsad.Mentions.Generic;

/// <summary>
/// Finds generic actors: phrases that name an actor by its role (مسلحون مجهولون، قوات الأمن العراقية،
/// جنود مصريون، عناصر حزب الله، المتظاهرون، آلاف الإسرائيليين), from the generic-actor lexicon
/// (<see cref="GenericLexicon"/>). Runs after the named mentions are merged and works on them:
/// <list type="bullet">
/// <item>the head phrase is the longest lexicon phrase at a token; proclitics (و ب ل ف) stay outside
/// the span, the article inside;</item>
/// <item>after it come nationality adjectives (the first one is the affiliation: جنود مصريون → Egypt;
/// its nisba mention stays inside the span, and is added when the tagger had swallowed it) and
/// listed adjectives (مجهولون, which may set the sector); a head without the article may instead
/// take a named owner in the genitive (عناصر حزب الله, قوات حفتر), which stays outside the span;
/// التابعة/الموالية + لـ + a name gives the affiliation too;</item>
/// <item>a number or a quantifier before a plural nationality adjective makes a group of its
/// people (آلاف الإسرائيليين: CVL, Israel);</item>
/// <item>a knowledge-base name or a tagger name that reaches beyond the phrase wins (unless it begins
/// with a plural noun of people: الإرهابيون حارسين is a tagger error) (الجيش التركي is
/// Turkey's army, الجيش الوطني الليبي a named force): no generic actor overlaps a named one; a
/// tagger name lying inside the phrase (الشرطة tagged ORG) gives way to it.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class GenericActorFinder(GenericLexicon lexicon, KnowledgeBase kb, FunctionWords functionWords, NumberWords numbers, AffixTable affixes)
{
    public const string SourceName = "generic";
    // the alef of the indefinite accusative (جنديًا، عراقيًا)
    private readonly char _accusative = affixes.AccusativeAlef;
    private readonly string _article = affixes.Article;
    /// <summary>ل + ال written لل.</summary>
    private readonly string _prepositionArticle = affixes.PrepositionArticle;
    private readonly char _li = affixes.LetterOf(Clitic.Li);
    /// <summary>Confidence of a generic mention: the lexicon is curated, but words such as مسؤول are also adjectives.</summary>
    public const double Confidence = 0.8;

    /// <summary>Adds the generic mentions of <paramref name="doc"/> to <paramref name="mentions"/> (the named ones),
    /// removes tagger names they swallow and adds missing nisba mentions; the result is in text order.</summary>
    public void AddTo(Document doc, List<Mention> mentions)
    {
        var tokens = doc.Tokens;
        if (tokens.Count == 0) return;
        var cover = Cover(tokens, mentions);
        var added = new List<Mention>();
        var removed = new HashSet<Mention>();
        for (int i = 0; i < tokens.Count;)
        {
            var found = TryPeople(doc, i, cover) ?? TryActor(doc, i, cover);
            if (found is null) { i++; continue; }
            var (mention, end, nisba) = found.Value;
            var soft = Overlapping(mentions, mention.Span).Where(m => !m.Nisba).ToList();
            if (soft.Exists(m => IsHard(m) || !(mention.Span.Contains(m.Span) || OpensWithPeople(mention, m)))) { i++; continue; }
            removed.UnionWith(soft);
            added.Add(mention);
            if (nisba is not null) added.Add(nisba);
            i = end;
        }
        if (added.Count == 0) return;
        mentions.RemoveAll(removed.Contains);
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }

    /// <summary>
    /// A tagger name that begins with a plural noun of people (الإرهابيون حارسين tagged as a person) is a
    /// tagger error: names do not begin with such nouns. A name beginning with a force or an institution
    /// (قوات الوفاق، شرطة دبي) stays a name.
    /// </summary>
    private static bool OpensWithPeople(Mention generic, Mention tagged) =>
        generic.Type == EntityType.PER && tagged.Span.Start >= generic.Span.Start && tagged.Span.Start < generic.Span.End;

    /// <summary>آلاف الإسرائيليين، ثلاثة مصريين: a number before a plural nationality adjective used as a noun.</summary>
    private (Mention, int, Mention?)? TryPeople(Document doc, int i, Mention?[] cover)
    {
        var tokens = doc.Tokens;
        var t = tokens[i];
        if (cover[i] is not null || !IsNumber(t)) return null;
        int j = i + 1;
        if (j < tokens.Count && functionWords.IsWritten(tokens[j], WordClass.Partitive)) j++;
        if (j >= tokens.Count || !IsPluralNisba(tokens[j], out var state)) return null;
        if (cover[j] is { } m && !(m.Nisba && m.Span == tokens[j].Span)) return null;
        var nisba = cover[j] ?? NewNisba(tokens[j], state);
        var span = new TextSpan(TokenKeys.BareStart(doc.Text, t), tokens[j].End);
        var role = new GenericRole("people:" + state.Id, "CVL", "people", nisba);
        return (new Mention(span, EntityType.PER, SourceName) { Generic = role, Confidence = Confidence }, j + 1, cover[j] is null ? nisba : null);
    }

    private (Mention, int, Mention?)? TryActor(Document doc, int i, Mention?[] cover)
    {
        var tokens = doc.Tokens;
        if (cover[i] is not null && IsHard(cover[i]!)) return null;
        var (entry, end, start) = LongestPhrase(doc, i, cover);
        if (entry is null || IsAdjective(tokens, i, end, entry) || InTitle(tokens, i)) return null;
        string? sector = entry.Sector;
        Mention? affiliation = null, newNisba = null;
        int k = end, spanEnd = tokens[end - 1].End;
        bool modified = entry.Key.Contains(' ');
        // A head without the article may be in construct with a named owner (عناصر حزب الله، قوات حفتر);
        // else nationality adjectives and listed adjectives follow it.
        var first = tokens[i];
        bool construct = end == i + 1 && !first.Proclitics.EndsWith(_article, StringComparison.Ordinal) && !first.Norm.StartsWith(_article, StringComparison.Ordinal);
        if (construct && k < tokens.Count && cover[k] is { Nisba: false } owner && owner.Span.Start >= tokens[k].Start
            && BareOrDefinite(tokens[k]) && owner.Type is EntityType.ORG or EntityType.GPE or EntityType.PER)
            affiliation = owner;
        else
            k = Modifiers(tokens, k, cover, ref sector, ref affiliation, ref newNisba, ref spanEnd, ref modified);
        // التابعة لـ / الموالية لـ + a name
        if (affiliation is null && k + 1 < tokens.Count && cover[k] is null
            && lexicon.Get(GenericActorCompiler.ModifierKey(StemKey(tokens[k]))) is { Role: GenericWordRole.Marker }
            && tokens[k + 1].Proclitics.StartsWith(_li) && cover[k + 1] is { Nisba: false } named)
            affiliation = named;

        if (entry.Role == GenericWordRole.Head && !modified && affiliation is null && !Counted(doc, tokens, i)) return null;
        sector ??= SectorOf(affiliation);
        if (sector is null && affiliation is null) return null;
        var role = new GenericRole(entry.Head, sector, entry.English, affiliation);
        var mention = new Mention(new TextSpan(start, spanEnd), entry.Type, SourceName) { Generic = role, Confidence = Confidence };
        int next = Math.Max(end, doc.TokenIndexAtOrAfter(spanEnd));
        return (mention, next, newNisba);
    }

    /// <summary>
    /// A head that is also an adjective (عسكري، مسلح), written with the article right after a definite
    /// noun, agrees with that noun: التعاون العسكري التركي is "Turkish military cooperation".
    /// </summary>
    private bool IsAdjective(List<Token> tokens, int i, int end, GenericEntry entry)
    {
        if (entry.Role != GenericWordRole.Head || end != i + 1 || i == 0) return false;
        Token t = tokens[i], before = tokens[i - 1];
        return t.Proclitics == _article && before.Kind == TokenKind.Word && before.End < t.Start
            && (before.Proclitics.EndsWith(_article, StringComparison.Ordinal) || before.Proclitics.EndsWith(_prepositionArticle, StringComparison.Ordinal));
    }

    /// <summary>
    /// A head in the genitive of a noun of office, directly or through nouns in construct (رئيس أركان حرب
    /// القوات البرية، لقائد قوات برلمان طبرق): part of a title, not an actor of the sentence.
    /// </summary>
    private bool InTitle(List<Token> tokens, int i)
    {
        if (!BareOrDefinite(tokens[i])) return false;
        for (int j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word || t.End >= tokens[j + 1].Start) return false;
            if (lexicon.Get(GenericActorCompiler.ModifierKey(t.StemNorm)) is { Role: GenericWordRole.Title }
                || lexicon.Get(GenericActorCompiler.ModifierKey(t.Norm)) is { Role: GenericWordRole.Title }) return true;
            // only a noun in construct (no article, no clitic) passes the genitive on
            if (t.Proclitics.Length > 0 || t.Norm.StartsWith(_article, StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>Nationality adjectives (the first is the affiliation) and listed adjectives after the head; returns the token after them.</summary>
    private int Modifiers(List<Token> tokens, int k, Mention?[] cover, ref string? sector, ref Mention? affiliation, ref Mention? newNisba, ref int spanEnd, ref bool modified)
    {
        for (; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) break;
            // The whole written word is looked up (a nisba after و starts another phrase, and is not found),
            // whatever the segmenter took for clitics (ليبيون is not ل + يبيون).
            if (kb.NisbaState(t.Norm) is { } state && (cover[k] is null || cover[k]!.Nisba))
            {
                affiliation ??= cover[k] ?? (newNisba = NewNisba(t, state));
                spanEnd = t.End;
                modified = true;
                continue;
            }
            if (cover[k] is not null || !BareOrDefinite(t) || lexicon.Get(GenericActorCompiler.ModifierKey(StemKey(t))) is not { Role: GenericWordRole.Modifier } mod) break;
            if (mod.Sector is not null) sector = mod.Sector;
            spanEnd = t.End;
            modified = true;
        }
        return k;
    }

    /// <summary>The longest lexicon phrase (actor or head) starting at token <paramref name="i"/>, its end token and span start.</summary>
    private (GenericEntry? Entry, int End, int Start) LongestPhrase(Document doc, int i, Mention?[] cover)
    {
        var tokens = doc.Tokens;
        var first = tokens[i];
        if (first.Kind != TokenKind.Word) return (null, 0, 0);
        GenericEntry? best = null;
        int bestEnd = 0, bestStart = 0;
        // The stem (proclitics and article stripped) first; the word as written when the segmenter
        // took a letter of it for a clitic (لاجئين is not ل + اجئين).
        foreach (var (key0, start) in first.Proclitics.Length > 0
                     ? new[] { (first.StemNorm, first.Proclitics.EndsWith(_prepositionArticle, StringComparison.Ordinal) ? first.StemStart : TokenKeys.BareStart(doc.Text, first)), (first.Norm, first.Start) }
                     : [(first.Norm, first.Start)])
        {
            var key = key0;
            for (int j = i; ;)
            {
                if (lexicon.Get(key) is { Role: GenericWordRole.Actor or GenericWordRole.Head } e && j + 1 > bestEnd) { best = e; bestEnd = j + 1; bestStart = start; }
                if (!lexicon.IsPrefix(key) || ++j >= tokens.Count) break;
                var t = tokens[j];
                if (t.Kind != TokenKind.Word || !BareOrDefinite(t) || (cover[j] is { } c && IsHard(c))) break;
                key = key + " " + StemKey(t);
            }
        }
        return (best, bestEnd, bestStart);
    }

    /// <summary>A word's key without the article (the lexicon's keys have none).</summary>
    private string StemKey(Token t) => t.Proclitics == _article ? t.StemNorm : t.Norm;

    /// <summary>No proclitic but the article.</summary>
    private bool BareOrDefinite(Token t) => t.Proclitics.Length == 0 || t.Proclitics == _article;

    private bool IsNumber(Token t) =>
        t.Kind == TokenKind.Number
        || lexicon.Get(GenericActorCompiler.ModifierKey(t.Norm)) is { Role: GenericWordRole.Quantifier }
        || (t.Kind == TokenKind.Word && numbers.MayStart(t));

    /// <summary>
    /// A head that is also an adjective (مدني، مقاتل، عسكري) is a noun, and so an actor, when a number
    /// counts it (13 مدنيا، ثلاثين مقاتلا: the accusative singular after 11–99) or when it is the
    /// accusative noun of إنّ/أنّ/لكنّ (إن مسلحا فتح النار).
    /// </summary>
    private bool Counted(Document doc, List<Token> tokens, int i)
    {
        if (i == 0 || tokens[i].Proclitics.Length > 0) return false;
        int k = i - 1;
        // an opening quote may stand between (قال إن «انتحاريا …)
        while (k > 0 && tokens[k].Kind == TokenKind.Punctuation && doc.Text[tokens[k].Start] is '«' or '"' or '“') k--;
        var before = tokens[k];
        if (before.Kind == TokenKind.Number || (before.Kind == TokenKind.Word && before.Proclitics.Length <= 1 && IsNumber(before))) return true;
        // إنّ، أنّ (subordinators): a noun right after them in the accusative (final alef) is their subject
        return functionWords.Is(before, WordClass.Subordinator) && tokens[i].Norm.EndsWith(_accusative);
    }

    /// <summary>A nationality adjective standing for people: a plural (المصريين، الإسرائيليون), or the
    /// accusative singular that a number counts (13 عراقيا).</summary>
    private bool IsPluralNisba(Token t, out KbEntry state)
    {
        state = null!;
        if (t.Kind != TokenKind.Word) return false;
        bool counted = t.Norm.Length > 3 && t.Norm.EndsWith(_accusative);
        if (!(counted || affixes.NisbaPlural.Any(e => t.Norm.EndsWith(e, StringComparison.Ordinal)))) return false;
        if (kb.NisbaState(counted ? t.Norm[..^1] : t.Norm) is not { } s) return false;
        state = s;
        return true;
    }

    private static Mention NewNisba(Token t, KbEntry state) =>
        new(t.Span, EntityType.GPE, Gazetteer.KbMentionFinder.SourceName) { Nisba = true, KbId = state.Id, Confidence = 0.9 };

    /// <summary>The sector an owner gives a head that has none of its own (عناصر حزب الله).</summary>
    private string? SectorOf(Mention? owner)
    {
        if (owner?.KbId is not { } id || kb.Get(id) is not { } e) return null;
        return e.Kind switch
        {
            KbKind.Military => "MIL",
            KbKind.ArmedGroup => "REB",
            KbKind.Agency => "SPY",
            KbKind.Government or KbKind.Ministry => "GOV",
            KbKind.Legislature => "LEG",
            KbKind.Media => "MED",
            _ => null,
        };
    }

    /// <summary>A knowledge-base name, a nisba, or a tagger name the knowledge base linked: never inside a generic actor's head.</summary>
    private static bool IsHard(Mention m) => m.KbId is not null || m.Nisba || m.Source != Tagging.NerMentionFinder.SourceName;

    /// <summary>For each token, the named mention overlapping it (mentions do not overlap each other).</summary>
    private static Mention?[] Cover(List<Token> tokens, List<Mention> mentions)
    {
        var cover = new Mention?[tokens.Count];
        foreach (var m in mentions)
            for (int t = Math.Max(0, FirstTokenEndingAfter(tokens, m.Span.Start)); t < tokens.Count && tokens[t].Start < m.Span.End; t++)
                cover[t] = m;
        return cover;
    }

    private static int FirstTokenEndingAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static IEnumerable<Mention> Overlapping(List<Mention> mentions, TextSpan span) => mentions.Where(m => m.Span.Overlaps(span));
}
