using Marsad.Core.Model;
using Marsad.Core.Pipeline;
using Marsad.Knowledge;
using Marsad.Knowledge.Matching;
using Marsad.Knowledge.Model;
using Marsad.Linking.Candidates;
using Marsad.Linking.Context;
using Marsad.Linking.Names;
using Marsad.Linking.Resolution;
using Marsad.Text.Names;

namespace Marsad.Linking;

/// <summary>
/// Pipeline stage "linking": turns <see cref="Document.Mentions"/> (repaired and split by the mention stage)
/// into <see cref="Document.Entities"/>.
/// <list type="number">
/// <item>Each mention's name is cleaned (<see cref="MentionForm"/>) and linked to the knowledge base
/// (<see cref="CandidateGenerator"/>, <see cref="CandidateRanker"/>).</item>
/// <item>A nationality adjective becomes its state; a capital or seat of power becomes its state
/// when it acts and stays a place otherwise (<see cref="PlaceOrActorRule"/>).</item>
/// <item>People are grouped with partial names resolved (<see cref="PersonResolver"/>); other
/// unknown names by spelling (<see cref="NameGrouper"/>).</item>
/// <item>Entities get ids e1, e2 … in order of first mention, the knowledge base's names or the
/// fullest form seen and a transliteration (<see cref="Transliterator"/>).</item>
/// <item>Generic actors (<see cref="Mention.Generic"/>) become generic entities grouped by head, sector
/// and affiliation, never linked to a name (<see cref="GenericActorLinker"/>).</item>
/// </list>
/// Mentions that name nothing are removed from the document, and every mention left has its entity. These
/// deletions stay here because each needs what linking finds (a span's own repairs are the mention stage's):
/// a bare title (it has no name to link); a place named as a gazetteer town that the document's context
/// rejected; a one-word guess that links to nothing and is a common word by corpus statistics
/// (<see cref="CommonWordRule"/>); and one alone in its group after people are resolved that has low
/// confidence, tanween, or no full name to support it. Thread-safe: all state is per document.
/// </summary>
public sealed class LinkingStage(KnowledgeBase kb, LinkingLexicons lexicons, KnownNameParts nameParts, KbVariantIndex variants) : IDocumentStage
{
    /// <summary>A tagger mention of one word that links to nothing is kept only at this confidence or above.</summary>
    public const double StrayConfidence = 0.5;

    private readonly CandidateGenerator _candidates = new(kb, variants);
    private readonly CommonWordRule _common = new(lexicons.CommonWords, nameParts);

    /// <summary>The stage with the known name parts and spelling variants of <paramref name="kb"/> built here (tests with a small knowledge base).</summary>
    public LinkingStage(KnowledgeBase kb, LinkingLexicons lexicons) : this(kb, lexicons, new KnownNameParts(kb, lexicons.Transliterator), new KbVariantIndex(kb)) { }

    public string Name => "linking";
    public DocumentLayers Reads => DocumentLayers.Tokens | DocumentLayers.Sentences | DocumentLayers.Mentions;
    /// <summary>The publication date: a knowledge-base entry that did not exist then is no candidate (<see cref="CandidateRanker"/>).</summary>
    public DocumentLayers ReadsIfPresent => DocumentLayers.Dateline;
    public DocumentLayers Writes => DocumentLayers.Mentions | DocumentLayers.Entities;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Entities.Clear();
        var items = new List<LinkItem>();
        var generic = document.Mentions.Where(m => m.Generic is not null).ToList();
        foreach (var m in document.Mentions)
        {
            if (m.Generic is not null) continue;
            var form = MentionForm.Of(document, m, kb, lexicons.Titles, lexicons.Words);
            if (form.Text.Length == 0 || form.TitleOnly) continue;
            items.Add(new LinkItem(m, form));
        }
        var candidates = items.Select(Candidates).ToList();
        var context = new DocumentContext(document.Published, items.Select((item, i) => (item.Name, (IReadOnlyList<Candidate>)candidates[i])), lexicons.CommonWords);
        var homographs = new HashSet<LinkItem>();
        for (int i = 0; i < items.Count; i++)
        {
            Link(document, items[i], candidates[i], context);
            // A place named exactly as a gazetteer town the context rejected (دمر in a story about Libya) is the ordinary word.
            if (items[i] is { Entry: null, Type: EntityType.LOC or EntityType.GPE } && candidates[i].Exists(c => CandidateGenerator.IsExact(c) && CandidateRanker.NeedsEvidence(c, items[i].Name, lexicons.CommonWords)))
                homographs.Add(items[i]);
        }
        items.RemoveAll(homographs.Contains);
        // A common word is no name, whatever the tagger said; a person's one word is judged with its group (IsStray).
        items.RemoveAll(i => i.Entry is null && i.Words.Count == 1 && i.Type != EntityType.PER && _common.IsCommonWord(i.Name));

        PersonResolver.Resolve(items.Where(i => i.Group is null && i.Type == EntityType.PER).ToList());
        NameGrouper.Resolve(items.Where(i => i.Group is null).ToList());
        var groupSizes = items.CountBy(i => i.Group!).ToDictionary(kv => kv.Key, kv => kv.Value);
        items.RemoveAll(i => groupSizes[i.Group!] == 1 && IsStray(document, i));

        var kept = new HashSet<Mention>(items.Select(i => i.Mention));
        document.Mentions.Clear();
        document.Mentions.AddRange(kept.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End));
        foreach (var m in document.Mentions) m.Entity = null;
        EntityAssembler.Build(document, items, lexicons.Transliterator);
        GenericActorLinker.Link(document, generic, lexicons.Transliterator, lexicons.Words.Affixes);
        lexicons.StateDescriptions.Link(document, kb);
    }

    /// <summary>The knowledge-base candidates of a mention's name, and the mention stage's proposal when it fits.</summary>
    private List<Candidate> Candidates(LinkItem item)
    {
        var candidates = _candidates.Generate(item.Form);
        if (item.Mention.KbId is { } proposed && kb.Get(proposed) is { } entry && !candidates.Exists(c => c.Entry == entry)
            && ProposalFits(item, entry) is > 0 and var fit)
            candidates.Add(new Candidate(entry, item.Mention.Nisba, fit));
        return candidates;
    }

    private void Link(Document doc, LinkItem item, List<Candidate> candidates, DocumentContext context)
    {
        var best = CandidateRanker.Choose(candidates, item.Mention, item.Name, context);
        if (best is null) return;
        if (!kb.LookupText(item.Form.Text).Any() && item.Form.Stripped is { } s && kb.LookupText(s).Any(h => h.Entry == best.Entry)) item.Rename(s);
        (item.Entry, item.Type) = Target(doc, item.Mention, best);
        if (item.Type != EntityType.PER) item.Group = "kb:" + item.Entry.Id;
    }

    /// <summary>
    /// How far to trust the mention stage's knowledge-base id for a mention whose own name is not an
    /// alias of it (a tagger span around a knowledge-base name). A person must be the same person
    /// (محمود السيسي around السيسي is his son, not him); a longer organisation or place name keeps it.
    /// </summary>
    private static double ProposalFits(LinkItem item, KbEntry entry)
    {
        if (item.Type != EntityType.PER && entry.Type != EntityType.PER) return 0.9;
        foreach (var alias in entry.Aliases.Append(entry.NameAr))
            if (EntityResolver.SameName(EntityType.PER, item.Form.Text, alias)) return 0.95;
        return 0;
    }

    /// <summary>What a linked mention stands for: a nisba its state; a capital or seat its state
    /// unless its context makes it a place (political news names governments by their capitals far
    /// more often than it describes the cities, and the place cues are the reliable ones).</summary>
    private (KbEntry, EntityType) Target(Document doc, Mention m, Candidate c)
    {
        if (c.Nisba) return (c.Entry, EntityType.GPE);
        if (!KbKinds.StandsForState(c.Entry.Kind)) return (c.Entry, c.Entry.Type);
        if (lexicons.PlaceOrActor.Decide(doc, m.Span) != CapitalReading.Place && kb.StateOf(c.Entry) is { } state)
            return (state, EntityType.GPE);
        return (c.Entry, c.Entry.Type);
    }

    /// <summary>
    /// A guess of one word that links to nothing, alone in its group: low confidence; written with
    /// tanween (ميدانياً، سريعاً), which news gives adverbs and indefinite nouns, not names; or a
    /// person named once by one word with no full name, title or knowledge-base entry to support it
    /// (news introduces people by their full names: a lone "صدام" is more likely the noun "clash"). A compound
    /// name written in two words (أبو مجاهد، عبد الرحمن، نور الدين) is one name word but no such guess: its particle
    /// makes it a name.
    /// </summary>
    private bool IsStray(Document doc, LinkItem item)
    {
        if (item.Entry is not null || item.Words.Count != 1) return false;
        if (item.Mention.Confidence < StrayConfidence) return true;
        if (item.Form.Text.AsSpan().IndexOfAnyInRange('\u064B', '\u064D') >= 0) return true;
        if (item.Type != EntityType.PER || item.Form.Text != doc.TextOf(item.Mention.Span).Trim()) return false;
        return !AfterTitle(doc, item.Mention) && !item.Form.Text.Contains(' ');
    }

    /// <summary>Whether the word before the mention is a title (الرئيس صالح).</summary>
    private bool AfterTitle(Document doc, Mention m)
    {
        int t = doc.TokenIndexAtOrAfter(m.Span.Start) - 1;
        return t >= 0 && doc.Tokens[t].Kind == TokenKind.Word && lexicons.Titles.IsTitle(doc.Tokens[t].Norm);
    }
}
