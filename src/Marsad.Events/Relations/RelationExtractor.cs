using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicons;
using Marsad.Text.Normalization;

namespace Marsad.Events.Relations;

/// <summary>
/// Stable relations from titles and appositions:
/// ROLE — a title before a name (وزير الدفاع الروسي سيرجي شويغو → Shoigu, Russia, "وزير الدفاع") or after
/// it (خليفة حفتر قائد الجيش الوطني الليبي), the organisation being the first organisation or state named
/// in the title, else its nisba; MEMBER_OF — the same with عضو / القيادي في; FAMILY — a name, a kinship
/// word and a name (صدام حفتر نجل خليفة حفتر → son); LEADS — an organisation followed by بقيادة /
/// التي يقودها and a name.
/// </summary>
public sealed class RelationExtractor(EventLexicons lex)
{
    private const int TitleReach = 14, AppositionReach = 6;
    /// <summary>The conjunction و: a title after it is coordinated, not an apposition.</summary>
    private readonly char _and = lex.Affixes.LetterOf(Clitic.Wa);

    public List<Relation> Extract(TokenSequence seq)
    {
        var found = new List<Relation>();
        foreach (var sent in seq.Document.Sentences)
        {
            int end = Math.Min(sent.EndToken, seq.End);
            for (int i = sent.FirstToken; i < end; i++)
            {
                if (seq[i].Kind != TokenKind.Word) continue;
                if (seq.MentionAt(i) is null && lex.Titles.First(seq, i) is { } title)
                {
                    TitleBeforeName(seq, sent, i, title, end, found);
                    continue;
                }
                if (lex.LeadCues.First(seq, i) is { } lead) Leads(seq, sent, i, lead.Length, end, found);
            }
        }
        return Deduplicate(found);
    }

    /// <summary>Title … Name, or Name Title … Organisation, or Name kinship-word Name.</summary>
    private void TitleBeforeName(TokenSequence seq, Sentence sent, int i, FormMatch<TitleEntry> title, int end, List<Relation> found)
    {
        // a title after و is coordinated with the name before it, not its apposition (حفتر، ونائب رئيس الوزراء)
        var prevPerson = seq[i].Proclitics.StartsWith(_and) ? null : PersonEndingAt(seq, i - 1, sent.FirstToken);
        if (title.Value.IsFamily)
        {
            var other = PersonStartingAt(seq, i + title.Length, end, anyTitle: true);
            if (prevPerson is not null && other is not null && prevPerson.Entity != other.Entity)
                found.Add(Make(seq, RelationType.FAMILY, prevPerson.Entity!, other.Entity!, Label(seq, i, title.Length), title.Value.LabelEn, prevPerson.Span.Start, other.Span.End));
            return;
        }
        // scan the title phrase: more titles, organisations, nisbas, adjectives, up to a person's name
        Mention? org = null, nisba = null, person = null;
        int labelEnd = i + title.Length;
        bool ranksOnly = title.Value.IsRank;
        TitleEntry entry = title.Value;
        int k = i + title.Length;
        // a title may hold its organisation (نائب رئيس المجلس الرئاسي: the council is named inside the title)
        void Take(Mention m)
        {
            if (m.Nisba) nisba ??= m; else if (m.Entity!.Type is EntityType.ORG or EntityType.GPE && !m.Entity.IsGeneric) org ??= m;
        }
        void TakeInside(int from, int to)
        {
            for (int t = from; t < to; t++) if (seq.MentionAt(t) is { Entity.Type: not EntityType.PER } m) Take(m);
        }
        TakeInside(i, k);
        for (; k < end && k < i + TitleReach; k++)
        {
            var m = seq.MentionAt(k);
            if (m is not null)
            {
                // بالسيسي is not the title's holder
                if (PhraseFinder.MarkerOf(seq, k, lex) is [var c] && lex.Affixes.PrepositionOf(c) is Clitic.Bi or Clitic.Ka) break;
                if (m.Entity!.Type == EntityType.PER && !m.Nisba) { person = m; break; }
                Take(m);
                continue;
            }
            if (seq.IsTransparent(k)) continue;
            if (seq.IsPunct(k)) break;
            if (lex.Titles.First(seq, k) is { } more)
            {
                if (more.Value.IsFamily) break;
                if (ranksOnly && !more.Value.IsRank) { entry = more.Value; ranksOnly = false; labelEnd = k + more.Length; }
                else if (k == labelEnd) labelEnd = k + more.Length;
                TakeInside(k, k + more.Length);
                k += more.Length - 1;
                continue;
            }
            if (PostEnd(seq, k, org ?? nisba) is { } post) { k = post - 1; continue; }
            if (lex.IsTrigger(seq, k) || lex.IsReportingVerb(seq, k) || lex.IsArgumentPreposition(seq[k].Norm)) break;
            // The title is tied to the name that follows its state or organisation (الرئيس المصري عبد الفتاح السيسي);
            // another word after them starts a new phrase, whose person holds no title of this one.
            if (org is not null || nisba is not null) break;
        }
        if (person is not null)
        {
            var label = Label(seq, i, labelEnd - i);
            // a bare title of its own (not the genitive of نائب الرئيس), next to the name but for adjectives
            bool bare = (i == sent.FirstToken || lex.Titles.First(seq, i - 1) is null) && OnlyAdjectives(seq, labelEnd, k);
            var of = (org ?? nisba)?.Entity ?? (bare ? OfficeState(seq.Document, person.Entity!, label) : null);
            if (of is not null && !ranksOnly)
            {
                var type = entry.IsMember ? RelationType.MEMBER_OF : RelationType.ROLE;
                found.Add(Make(seq, type, person.Entity!, of, label, entry.LabelEn, seq[i].StemStart, person.Span.End));
            }
            return;
        }
        // apposition after a name: حفتر قائد الجيش الوطني الليبي (but أكار نظيره الليبي names another person)
        if (prevPerson is not null && !ranksOnly && !PhraseFinder.IsPossessed(seq, i, lex))
        {
            var label = Label(seq, i, labelEnd - i);
            var of = org ?? (k - i <= AppositionReach ? nisba : null);
            // a bare title ends the apposition (الجبير، وزير الخارجية، قال); رئيس المكتب السياسي للحركة goes on to an organisation
            int after = labelEnd;
            while (after < end && PhraseFinder.IsAdjective(seq, after, lex)) after++;
            bool bare = after >= end || (seq.IsPunct(after) && !seq.IsTransparent(after)) || lex.IsReportingVerb(seq, after) || lex.IsTrigger(seq, after);
            var state = of?.Entity ?? (bare ? OfficeState(seq.Document, prevPerson.Entity!, label) : null);
            if (state is not null)
            {
                var type = entry.IsMember ? RelationType.MEMBER_OF : RelationType.ROLE;
                found.Add(Make(seq, type, prevPerson.Entity!, state, label, entry.LabelEn, prevPerson.Span.Start, of?.Span.End ?? seq[labelEnd - 1].End));
            }
        }
    }

    /// <summary>
    /// The state of a bare title (وزير الخارجية عادل الجبير names no state): the one the knowledge base gives for
    /// the holder, when it records them in that office (its role text holds the title) and the article names the state.
    /// </summary>
    private Entity? OfficeState(Document doc, Entity person, string title)
    {
        if (person.KbRole is null || person.KbState is null) return null;
        var article = lex.Affixes.Article;
        var office = ArabicNormalizer.Normalize(title.StartsWith(article, StringComparison.Ordinal) ? title[article.Length..] : title);
        if (!ArabicNormalizer.Normalize(person.KbRole).Contains(office, StringComparison.Ordinal)) return null;
        return doc.Entities.FirstOrDefault(e => e.Kb == person.KbState);
    }

    private bool OnlyAdjectives(TokenSequence seq, int from, int to)
    {
        for (int t = from; t < to; t++) if (!seq.IsTransparent(t) && !PhraseFinder.IsAdjective(seq, t, lex)) return false;
        return true;
    }

    private void Leads(TokenSequence seq, Sentence sent, int i, int length, int end, List<Relation> found)
    {
        var person = PersonStartingAt(seq, i + length, end);
        if (person is null) return;
        // the organisation just before the cue (allowing التي / الذي and adjectives)
        for (int k = i - 1; k >= sent.FirstToken && k >= i - 5; k--)
        {
            var m = seq.MentionAt(k);
            if (m is { Nisba: false, Entity.Type: EntityType.ORG })
            {
                found.Add(Make(seq, RelationType.LEADS, person.Entity!, m.Entity!, seq.Document.TextOf(seq[i].Span), "leads", m.Span.Start, person.Span.End));
                return;
            }
            if (seq.IsPunct(k) && !seq.IsTransparent(k)) return;
        }
    }

    /// <summary>The named person just before token k, quotes and one comma between (بلقاسم حفتر، نجل …).</summary>
    private static Mention? PersonEndingAt(TokenSequence seq, int k, int first)
    {
        while (k >= first && seq.IsTransparent(k)) k--;
        if (k >= first && seq.IsPunct(k) && seq.FirstChar(k) is ',' or '،') k--;
        while (k >= first && seq.IsTransparent(k)) k--;
        return k >= first && seq.MentionAt(k) is { Nisba: false, Entity.Type: EntityType.PER, Entity.IsGeneric: false } m ? m : null;
    }

    /// <summary>
    /// The named person starting at token k after ranks (بقيادة المشير خليفة حفتر); with <paramref name="anyTitle"/>
    /// also after titles and nationality adjectives (نجل الرئيس المصري عبد الفتاح السيسي).
    /// </summary>
    private Mention? PersonStartingAt(TokenSequence seq, int k, int end, bool anyTitle = false)
    {
        for (int n = 0; k < end && n < 5; n++)
        {
            if (seq.IsTransparent(k)) { k++; continue; }
            var m = seq.MentionAt(k);
            if (m is { Nisba: false, Entity.Type: EntityType.PER, Entity.IsGeneric: false }) return m;
            if (anyTitle && m is { Nisba: true }) { k = EndOf(seq, k, m); continue; }
            if (m is null && lex.Titles.First(seq, k) is { } r && (r.Value.IsRank || (anyTitle && !r.Value.IsFamily))) { k += r.Length; continue; }
            return null;
        }
        return null;
    }

    /// <summary>
    /// Where the title scan goes on after a preposition of a post: past the host after لدى/إلى (السفير الليبي
    /// لدى تونس، مبعوث الأمم المتحدة إلى ليبيا), or past the place of the post after في once the title has its
    /// state (الملحق العسكري الروسي في القاهرة) — neither is the title's organisation; before its state, في
    /// names the organisation the post is in (وزير الخارجية في حكومة الوفاق), read next. Null when token k
    /// does not open one.
    /// </summary>
    private int? PostEnd(TokenSequence seq, int k, Mention? state)
    {
        if (!lex.PostPrepositions.TryGetValue(seq[k].Norm, out bool host)) return null;
        if (seq.MentionAt(k + 1) is not { Nisba: false, Entity.Type: EntityType.GPE or EntityType.LOC or EntityType.ORG } place || place.Entity!.IsGeneric) return null;
        if (host || state is not null) return EndOf(seq, k + 1, place);
        return place.Entity.Type == EntityType.ORG ? k + 1 : null;
    }

    /// <summary>The token after mention <paramref name="m"/>, which covers token k.</summary>
    private static int EndOf(TokenSequence seq, int k, Mention m)
    {
        while (k < seq.End && seq.MentionAt(k) == m) k++;
        return k;
    }

    /// <summary>The title as written, keeping its article but not و/ب/ل (والرئيس → الرئيس).</summary>
    private string Label(TokenSequence seq, int start, int length)
    {
        var t = seq[start];
        int from = t.StemStart;
        var text = seq.Document.Text;
        var article = lex.Affixes.Article;
        int al = text.IndexOf(article, t.Start, t.StemStart - t.Start, StringComparison.Ordinal);
        if (t.Proclitics.Contains(article, StringComparison.Ordinal) && al >= 0) from = al;
        return text[from..seq[start + length - 1].End];
    }

    private static Relation Make(TokenSequence seq, RelationType type, Entity subject, Entity obj, string label, string labelEn, int start, int end)
    {
        var sent = seq.Document.Sentences[seq.Document.SentenceIndexAt(start)];
        return new Relation(type, subject, obj, label, new TextSpan(Math.Min(start, sent.Span.Start), Math.Max(end, sent.Span.End))) { LabelEn = labelEn };
    }

    private static List<Relation> Deduplicate(List<Relation> found)
    {
        var seen = new HashSet<(RelationType, Entity, Entity)>();
        return found.Where(r => r.Subject != r.Object && seen.Add((r.Type, r.Subject, r.Object))).ToList();
    }
}
