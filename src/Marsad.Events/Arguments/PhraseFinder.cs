using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Lexicons;
using Marsad.Text.Words;

namespace Marsad.Events.Arguments;

/// <summary>
/// Finds the actor phrases of a sentence (<see cref="ActorPhrase"/>): mentions grouped with the titles,
/// ranks, adjectives, nisbas and idafa nouns around them, split into conjuncts at و and "-", each
/// conjunct reduced to its head (a person; else an organisation or state; else its nisba adjectives).
/// </summary>
public sealed class PhraseFinder(EventLexicons lex)
{
    /// <summary>The conjunction و that splits a phrase into conjuncts.</summary>
    private readonly char _and = lex.Affixes.LetterOf(Clitic.Wa);

    public List<ActorPhrase> Find(TokenSequence seq, int first, int end, Func<ActorPhrase, List<Entity>>? resolveAnaphor = null)
    {
        var phrases = new List<ActorPhrase>();
        int i = first;
        while (i < end)
        {
            int j = PhraseEnd(seq, i, end);
            if (j <= i) { i++; continue; }
            var p = Build(seq, i, j);
            if (p.Anaphor && resolveAnaphor is not null) p.Actors.AddRange(resolveAnaphor(p));
            // an apposition names the person before it again (السراج رئيس حكومة الوفاق): not a second argument
            // and so does a kinship word after a name (صدام حفتر نجل خليفة حفتر; محمود السيسي، نجل الرئيس …),
            // but not a title with a pronoun suffix (استقبل أكار نظيره الليبي: the counterpart is the object)
            bool apposition = phrases.Count > 0 && p.IsBare && IsTitle(seq, i) && phrases[^1].Actors.Exists(a => a.Type == EntityType.PER && !a.IsGeneric)
                && (IsFamily(seq, i)
                    ? phrases[^1].End == i || CommaBetween(seq, phrases[^1].End, i)
                    : phrases[^1].End == i && !p.Actors.Exists(a => a.Type == EntityType.PER) && !IsPossessed(seq, i, lex));
            if ((p.HasActors || p.Anaphor) && !apposition) phrases.Add(p);
            i = j;
        }
        return phrases;
    }

    /// <summary>
    /// After a title, لدى or في + a place followed by a person's name (ranks between): the token where the
    /// name's part of the phrase goes on; else null.
    /// </summary>
    private int? PostBeforePerson(TokenSequence seq, int j, int end)
    {
        if (!lex.PostPrepositions.ContainsKey(seq[j].Norm) || seq.MentionAt(j + 1) is not { Nisba: false, Entity: { IsGeneric: false, Type: EntityType.GPE or EntityType.LOC or EntityType.ORG } } place) return null;
        int k = j + 1;
        while (k < end && seq.MentionAt(k) == place) k++;
        int after = k;
        for (int n = 0; k < end && n < 3; n++)
        {
            if (seq.MentionAt(k) is { Nisba: false, Entity: { IsGeneric: false, Type: EntityType.PER } }) return after;
            if (seq.MentionAt(k) is not null || lex.Titles.First(seq, k) is not { Value.IsRank: true } rank) return null;
            k += rank.Length;
        }
        return null;
    }

    /// <summary>A kinship word (نجل، شقيق): after a name and a comma it opens an apposition, not an argument.</summary>
    private bool IsFamily(TokenSequence seq, int i) => lex.Titles.First(seq, i) is { Value.IsFamily: true };

    private static bool CommaBetween(TokenSequence seq, int from, int to)
    {
        for (int k = from; k < to; k++) if (!(seq.IsPunct(k) && seq.FirstChar(k) is ',' or '،')) return false;
        return to > from;
    }

    /// <summary>End (exclusive) of the phrase starting at <paramref name="i"/>, or i when none starts there.</summary>
    private int PhraseEnd(TokenSequence seq, int i, int end)
    {
        if (!StartsPhrase(seq, i, end)) return i;
        int j = i;
        bool titled = false, hasNamed = false, hasPerson = false;
        Mention? last = null;
        while (j < end)
        {
            bool conj = j > i && (IsDash(seq, j) || (seq[j].Kind == TokenKind.Word && seq[j].Proclitics.StartsWith(_and)));
            var m = seq.MentionAt(j);
            if (conj && (m is null || m != last)) { titled = hasNamed = hasPerson = false; last = null; }
            if (m is not null)
            {
                // the owner the mention stage gave a generic actor belongs to its phrase (عناصر حزب الله)
                bool owner = last?.Generic?.Affiliation == m;
                if (m != last && !m.Nisba && !owner)
                {
                    bool person = m.Entity!.Type == EntityType.PER;
                    // two names side by side are two phrases (استقبل السيسي حفتر), except a person after a
                    // title-led organisation (رئيس حكومة الوفاق فائز السراج) or after a kinship word
                    bool apposition = person && !hasPerson && (titled || (j > i && IsTitle(seq, j - 1)));
                    if ((hasNamed || hasPerson) && !apposition) break;
                    hasNamed |= !person; hasPerson |= person;
                }
                last = m; j++; continue;
            }
            // السفير الأمريكي لدى ليبيا ريتشارد نورلاند: the host of a post belongs to the title before the name
            if (titled && !hasPerson && PostBeforePerson(seq, j, end) is { } afterPost) { j = afterPost; continue; }
            if (IsTitle(seq, j))
            {
                // a title after a name opens its own phrase: السيسي نظيره الفرنسي ماكرون; حفتر قائد الجيش
                if (hasPerson || hasNamed) break;
                if (!hasNamed) titled = true;
                j = Skip(seq, j); continue;
            }
            if (seq.IsTransparent(j) || IsAnaphor(seq, j)) { j++; continue; }
            // …up to an owner named after التابعة لـ / الموالية لـ (مسلحون تابعون لتنظيم داعش)
            if (last?.Generic?.Affiliation is { } own && own.Span.Start > seq[j].Start && seq.SentenceOf(j) == seq.SentenceOf(i)) { j++; continue; }
            if (j > i && IsDash(seq, j) && j + 1 < end && StartsPhrase(seq, j + 1, end)) { j++; continue; }
            if (j > i && IsAdjective(seq, j, lex) && !conj && Agrees(seq, j - 1, j) && IsGlue(seq, j)) { j++; continue; }
            // an idafa chain opens a new phrase after a name: زار حفتر | حاملة الطائرات الروسية
            if (last is null && GluesToNext(seq, j, end)) { j++; continue; }
            break;
        }
        // trailing dashes and quotes are not part of the phrase
        while (j > i + 1 && (IsDash(seq, j - 1) || seq.IsTransparent(j - 1))) j--;
        return j;
    }

    private int Skip(TokenSequence seq, int j)
    {
        var t = lex.Titles.First(seq, j);
        return t is { } m ? j + m.Length : j + 1;
    }

    private bool StartsPhrase(TokenSequence seq, int i, int end)
    {
        if (seq.IsPunct(i)) return seq.IsTransparent(i) && i + 1 < end && seq.MentionAt(i + 1) is not null;
        if (seq.MentionAt(i) is not null || IsTitle(seq, i) || IsAnaphor(seq, i)) return true;
        return GluesToNext(seq, i, end);
    }

    /// <summary>
    /// An idafa or adjective chain that ends in a mention: قوات حفتر، نظام الأسد، الأجهزة الأمنية المصرية.
    /// Triggers, reporting verbs, particles and prepositions never glue.
    /// </summary>
    private bool GluesToNext(TokenSequence seq, int i, int end)
    {
        for (int k = i, n = 0; k < end && n < 4; k++, n++)
        {
            if (seq.MentionAt(k) is not null) return k > i;
            if (!IsGlue(seq, k)) return false;
        }
        return false;
    }

    private bool IsGlue(TokenSequence seq, int k) => seq.Memo(_glue ??= Glues, k);

    /// <summary>The memo key of <see cref="Glues"/> (made on first use; a race only makes a second memo).</summary>
    private Func<TokenSequence, int, bool>? _glue;

    private bool Glues(TokenSequence seq, int k)
    {
        var t = seq[k];
        if (t.Kind != TokenKind.Word) return seq.IsTransparent(k);
        if (lex.PhraseStops.Contains(t.Norm) || lex.IsArgumentPreposition(t.Norm) || t.Proclitics.Contains(lex.Affixes.Future)) return false;
        // بأنه أسر مرتزقة: a clause opener with its pronoun ends the chain (not بعده, بعدة: a preposition too)
        if (lex.Functions.WithPronoun(t, WordClass.Subordinator) && !lex.Functions.WithPronoun(t, WordClass.Preposition)) return false;
        if (lex.IsTrigger(seq, k) || lex.IsReportingVerb(seq, k) || lex.SupportWords.Contains(seq, k)
            || lex.ModalityCues.Contains(seq, k) || lex.AccordingTo.Contains(seq, k)) return false;
        return true;
    }

    public bool IsTitle(TokenSequence seq, int i) => seq[i].Kind == TokenKind.Word && lex.Titles.First(seq, i) is not null;

    /// <summary>A title with a pronoun suffix (نظيره، نائبه، مستشارها): it names another person than the one before it.</summary>
    public static bool IsPossessed(TokenSequence seq, int i, EventLexicons lex) => lex.Titles.First(seq, i, (a, _) => a.HasEnclitic) is not null;

    private static bool IsDash(TokenSequence seq, int i) => seq.IsPunct(i) && seq.FirstChar(i) is '-' or '–' or '—' or '/';

    /// <summary>A definite dual that refers back to two parties (الطرفين، البلدين).</summary>
    private bool IsAnaphor(TokenSequence seq, int i)
    {
        foreach (var a in seq.Readings(i)) if (a.Article && lex.Anaphors.Contains(a.Stem)) return true;
        return false;
    }

    /// <summary>A definite adjective of relation (الأمنية، العسكري، الاستخباراتيين) or one without article after a noun.</summary>
    public static bool IsAdjective(TokenSequence seq, int i, EventLexicons lex) =>
        seq[i].Kind == TokenKind.Word && lex.Affixes.IsRelationAdjective(seq[i].StemNorm);

    /// <summary>
    /// Whether an adjective can qualify the word before it by gender: a sound masculine plural of people
    /// (مسلحون، متظاهرين) takes a masculine plural adjective, so a feminine singular after it (مسلحون دوريةً)
    /// is the next noun, not its adjective.
    /// </summary>
    private bool Agrees(TokenSequence seq, int noun, int adjective) =>
        !(seq[noun].Kind == TokenKind.Word && lex.Affixes.IsSoundMasculinePlural(seq[noun].StemNorm) && lex.Affixes.IsFeminineSingular(seq[adjective].StemNorm));

    private ActorPhrase Build(TokenSequence seq, int start, int end)
    {
        var marker = MarkerOf(seq, start, lex);
        var p = new ActorPhrase { Start = start, End = end, Marker = marker, NamesTopic = marker is not null && (lex.Functions.ClassOf(marker) & WordClass.Topic) != 0 };
        // conjuncts: split at a و proclitic on a phrase word, and at dashes
        var conjunct = new List<Mention>();
        bool anaphor = false;
        Entity? generic = null;
        for (int i = start; i < end; i++)
        {
            bool split = i > start && (IsDash(seq, i) || (seq[i].Kind == TokenKind.Word && seq[i].Proclitics.StartsWith(_and) && !InsideMention(seq, i)));
            if (split) { generic = Close(p, conjunct, generic); conjunct.Clear(); }
            if (IsAnaphor(seq, i)) anaphor = true;
            var m = seq.MentionAt(i);
            if (m is not null && !conjunct.Contains(m)) conjunct.Add(m);
        }
        Close(p, conjunct, generic);
        p.Anaphor = anaphor && p.Actors.Count == 0;
        return p;
    }

    private static bool InsideMention(TokenSequence seq, int i)
    {
        var m = seq.MentionAt(i);
        return m is not null && m == seq.MentionAt(i - 1);
    }

    /// <summary>
    /// Adds the head of a conjunct to the phrase's actors: a person, else a named organisation, state or
    /// place, else a generic actor, else its nationality adjectives. A named head stands for a generic actor
    /// of its conjunct (عناصر حزب الله → Hezbollah). Nationality adjectives coordinated after a generic head
    /// (<paramref name="generic"/>, the previous conjunct's) are its owners and take its place with its
    /// own affiliation: الأجهزة الأمنية والاستخباراتية المصرية والفرنسية → Egypt, France. Returns the
    /// generic head that later adjectives may own.
    /// </summary>
    private Entity? Close(ActorPhrase p, List<Mention> conjunct, Entity? generic)
    {
        if (conjunct.Count == 0) return null;
        var actingGeneric = conjunct.FirstOrDefault(m => lex.ActsForOwner(m.Entity!));
        var person = conjunct.FirstOrDefault(m => m.Entity!.Type == EntityType.PER && !m.Nisba && !m.Entity.IsGeneric);
        var named = conjunct.FirstOrDefault(m => !m.Nisba && !m.Entity!.IsGeneric && m.Entity.Type is EntityType.ORG or EntityType.GPE or EntityType.LOC);
        var firstGeneric = conjunct.FirstOrDefault(m => m.Entity!.IsGeneric);
        // a generic of people (المتظاهرون، مدنيين) stays the head; forces and officials give way to their owner
        var head = firstGeneric is not null && actingGeneric is null ? firstGeneric : person ?? named ?? firstGeneric;
        if (head is null && generic is not null)
        {
            if (lex.ActsForOwner(generic) && p.Actors.Contains(generic)) OwnedBy(p, generic, conjunct.Select(m => m.Entity!));
            else p.Modifiers.AddRange(conjunct);
            return generic;
        }
        List<Mention> heads = head is not null ? [head] : conjunct.Where(m => m.Nisba).ToList();
        foreach (var h in heads)
            if (!p.Actors.Contains(h.Entity!) && h.Entity!.Type != EntityType.MISC) p.Actors.Add(h.Entity!);
        foreach (var m in conjunct) if (!heads.Contains(m)) p.Modifiers.Add(m);
        if (head is not null && !head.Entity!.IsGeneric)
            foreach (var g in conjunct.Where(m => m.Entity!.IsGeneric).Select(m => m.Entity!).Distinct())
                p.Owned.Add(new OwnedGeneric(g, [head.Entity]));
        p.NisbaOnly = (p.Actors.Count == heads.Count || p.NisbaOnly) && head is null && p.Actors.Count > 0;
        return head?.Entity is { IsGeneric: true } g2 ? g2 : null;
    }

    /// <summary>The generic actor's slot goes to its owners: its own affiliation, then <paramref name="nisbas"/>.</summary>
    private static void OwnedBy(ActorPhrase p, Entity generic, IEnumerable<Entity> nisbas)
    {
        var owned = p.Owned.Find(o => o.Generic == generic);
        if (owned is null)
        {
            owned = new OwnedGeneric(generic, []);
            p.Owned.Add(owned);
            int at = p.Actors.IndexOf(generic);
            p.Actors.RemoveAt(at);
            if (generic.Affiliation is { IsGeneric: false, Type: not EntityType.MISC } own && !p.Actors.Contains(own)) { p.Actors.Insert(at, own); owned.Owners.Add(own); }
        }
        foreach (var e in nisbas)
        {
            if (!owned.Owners.Contains(e)) owned.Owners.Add(e);
            if (!p.Actors.Contains(e)) p.Actors.Add(e);
        }
        p.NisbaOnly = false;
    }

    /// <summary>The preposition clitic (ب ل ك) of a token, not counting the article (الرئيس has none; للرئيس has ل).</summary>
    public static char PrepClitic(Token t, EventLexicons lex)
    {
        if (t.Kind != TokenKind.Word) return '\0';
        var p = t.Proclitics;
        var affixes = lex.Affixes;
        if (p.EndsWith(affixes.PrepositionArticle, StringComparison.Ordinal)) return affixes.PrepositionOfArticle;
        if (p.EndsWith(affixes.Article, StringComparison.Ordinal)) p = p[..^affixes.Article.Length];
        foreach (char c in p) if (affixes.PrepositionOf(c) != Clitic.None) return c;
        return '\0';
    }

    /// <summary>
    /// The preposition introducing a phrase: a clitic on its first token or the word before it; after a compound
    /// preposition of the agent (من قبل، على يد) the agent's marker.
    /// </summary>
    public static string? MarkerOf(TokenSequence seq, int start, EventLexicons lex)
    {
        var first = seq[start];
        var m = seq.MentionAt(start);
        if (m is not null && m.Span.Start > first.Start)
        {
            var pre = Text.Normalization.ArabicNormalizer.Normalize(seq.Document.Text.AsSpan(first.Start, m.Span.Start - first.Start));
            foreach (var (letter, marker) in lex.PrepositionMarkers) if (pre.Contains(letter)) return marker;
        }
        else if (m is null && PrepClitic(first, lex) is var c && c != '\0') return c.ToString();
        int b = start - 1;
        while (b >= 0 && seq.IsTransparent(b)) b--;
        if (b < 0 || seq.SentenceOf(b) != seq.SentenceOf(start)) return null;
        var norm = seq[b].Norm;
        if (norm.Length > 2 && lex.Affixes.ConjunctionOf(norm[0]) != Clitic.None && lex.IsArgumentPreposition(norm.AsSpan(1))) norm = norm[1..];
        if (b > 0 && (lex.Functions.ClassOf(string.Concat(seq[b - 1].Norm, " ", norm)) & WordClass.Agent) != 0) return lex.AgentMarker;
        return lex.IsArgumentPreposition(norm) ? norm : null;
    }
}
