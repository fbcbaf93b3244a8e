using System.Text;
using Marsad.Core.Model;
using Marsad.Text;

namespace Marsad.Store.Benchmarking;

/// <summary>
/// Generates a large synthetic corpus from a few processed articles, for storage benchmarks. Each
/// document mixes annotated sentences taken from the sources (their mentions, events and relations
/// moved to the new offsets) with filler sentences drawn from a word-bigram model of the sources, so
/// that documents share entities and vocabulary like real coverage of one conflict but are not
/// copies of each other (the near-duplicate detector must not fold them into a few stories).
/// Deterministic for a given seed.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] s_outlets = ["الوطن", "المرصد", "الأهرام", "العربي الجديد", "الشرق", "بوابة الوسط", "سبوتنيك", "الأناضول"];

    private readonly List<(Document Source, Sentence Sentence)> _annotated = [];
    private readonly Dictionary<string, List<string>> _next = [];
    private readonly List<string> _starts = [];
    private readonly TextStage _text = new(LanguageResources.Compiled.Words);   // a benchmark generator, given no data folder

    /// <param name="sources">Documents already run through the pipeline.</param>
    public SyntheticCorpus(IEnumerable<Document> sources)
    {
        foreach (var doc in sources)
        {
            foreach (var s in doc.Sentences)
                if (doc.Mentions.Any(m => m.Entity is not null && s.Span.Contains(m.Span))) _annotated.Add((doc, s));
            var words = doc.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => doc.TextOf(t.Span)).ToList();
            for (int i = 0; i + 1 < words.Count; i++)
            {
                if (!_next.TryGetValue(words[i], out var list)) _next[words[i]] = list = [];
                list.Add(words[i + 1]);
                if (i % 12 == 0) _starts.Add(words[i]);
            }
        }
        if (_annotated.Count == 0 || _starts.Count == 0) throw new ArgumentException("the sources hold no annotated sentences to build documents from");
    }

    public IEnumerable<Document> Generate(int count, int seed = 20260101, bool annotate = true)
    {
        var rng = new Random(seed);
        for (int i = 0; i < count; i++) yield return Make(rng, $"syn-{i:D7}", annotate);
    }

    /// <summary>Distinct words of the sources, for query workloads.</summary>
    public IReadOnlyList<string> Vocabulary => [.. _next.Keys.Where(w => w.Length >= 4).Order(StringComparer.Ordinal)];

    private Document Make(Random rng, string id, bool annotate)
    {
        var pieces = new List<(Document? Source, Sentence? Sentence, string Text)>();
        int annotated = rng.Next(3, 7), filler = rng.Next(6, 12);
        for (int k = 0; k < annotated; k++)
        {
            var (src, s) = _annotated[rng.Next(_annotated.Count)];
            pieces.Add((src, s, src.TextOf(s.Span)));
        }
        for (int k = 0; k < filler; k++) pieces.Add((null, null, Babble(rng)));
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pieces));

        var sb = new StringBuilder();
        var placed = new List<(Document Source, Sentence Sentence, int Shift)>();
        foreach (var (src, s, text) in pieces)
        {
            if (sb.Length > 0) sb.Append(rng.Next(4) == 0 ? "\n" : " ");
            if (src is not null) placed.Add((src, s!, sb.Length - s!.Span.Start));
            sb.Append(text);
        }
        var doc = new Document(id, sb.ToString())
        {
            Published = PartialDate.FromDate(new DateOnly(2015, 1, 1).AddDays(rng.Next(3650))),
            Outlet = s_outlets[rng.Next(s_outlets.Length)],
            Title = pieces[0].Text.Length > 80 ? pieces[0].Text[..80] : pieces[0].Text,
        };
        if (!annotate) return doc;
        _text.Process(doc);
        var entities = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        Entity Map(Entity e)
        {
            if (!entities.TryGetValue(e, out var copy))
            {
                copy = new Entity("e" + (entities.Count + 1), e.Type, e.Name) { Kb = e.Kb, NameEn = e.NameEn };
                entities[e] = copy;
                doc.Entities.Add(copy);
            }
            return copy;
        }
        foreach (var (src, s, shift) in placed)
        {
            TextSpan Move(TextSpan t) => new(t.Start + shift, t.End + shift);
            foreach (var m in src.Mentions.Where(m => m.Entity is not null && s.Span.Contains(m.Span)))
            {
                var e = Map(m.Entity!);
                var copy = new Mention(Move(m.Span), m.Type, m.Source) { Nisba = m.Nisba, KbId = m.KbId, Entity = e };
                e.Mentions.Add(copy);
                doc.Mentions.Add(copy);
            }
            foreach (var ev in src.Events.Where(ev => s.Span.Contains(ev.Trigger)))
            {
                var copy = new Event(ev.Type, Move(ev.Trigger), Move(s.Span))
                {
                    Mode = ev.Mode, Cameo = ev.Cameo, Date = ev.Date is { } d ? new EventDate(d.Date) : null, Modality = ev.Modality,
                    Confidence = ev.Confidence, Location = ev.Location is { } l ? Map(l) : null,
                };
                copy.Sources.AddRange(ev.Sources.Select(Map));
                copy.Targets.AddRange(ev.Targets.Select(Map));
                if (ev.Attribution is { } a)
                    copy.Attribution = new Attribution(a.Entity is { } ae ? Map(ae) : null, a.Text, a.Span is { } sp && s.Span.Contains(sp) ? Move(sp) : null);
                copy.Quantities.AddRange(ev.Quantities.Where(q => s.Span.Contains(q.Span)).Select(q => q with { Span = Move(q.Span) }));
                doc.Events.Add(copy);
            }
            foreach (var r in src.Relations.Where(r => s.Span.Overlaps(r.Evidence) && r.Subject.Mentions.Concat(r.Object.Mentions).Any(m => s.Span.Contains(m.Span))))
                doc.Relations.Add(new Relation(r.Type, Map(r.Subject), Map(r.Object), r.Label, Move(s.Span)) { LabelEn = r.LabelEn });
        }
        return doc;
    }

    /// <summary>A sentence of 8–24 words walked along the sources' word bigrams.</summary>
    private string Babble(Random rng)
    {
        var sb = new StringBuilder();
        var w = _starts[rng.Next(_starts.Count)];
        int n = rng.Next(8, 25);
        for (int i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(w);
            w = _next.TryGetValue(w, out var next) && next.Count > 0 && rng.Next(8) > 0 ? next[rng.Next(next.Count)] : _starts[rng.Next(_starts.Count)];
        }
        return sb.Append('.').ToString();
    }
}
