namespace Marsad.Store.Sql;

/// <summary>
/// Reads of co-mentions (two actors named in one sentence that no event or relation of it connects: weaker evidence,
/// stored at ingest by <see cref="Ingestion.SentenceCoMentions"/>). Merged entities are their group.
/// </summary>
internal abstract partial class SqlCorpusStore
{
    public CoMentionSet CoMentions(DocumentRange? documents = null) => Run(db =>
    {
        var merged = db.Query("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL", r => (r.L(0), r.L(1))).ToDictionary();
        var pairs = new Dictionary<(long, long, string?), int>();
        string range = documents is null ? "" : "WHERE doc > @after AND doc <= @upto";
        foreach (var r in db.Stream($"SELECT entity_a, entity_b, sort_date, COUNT(*) FROM co_mentions {range} GROUP BY entity_a, entity_b, sort_date",
            r => (A: r.L(0), B: r.L(1), Date: r.N(2), Count: r.I(3)), documents is { } d ? [("after", d.After), ("upto", d.UpTo)] : []))
        {
            long a = merged.GetValueOrDefault(r.A, r.A), b = merged.GetValueOrDefault(r.B, r.B);
            if (a == b) continue; // inside a merged group
            var key = (Math.Min(a, b), Math.Max(a, b), r.Date);
            pairs[key] = pairs.GetValueOrDefault(key) + r.Count;
        }
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, pairs.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }));
        return new CoMentionSet([.. pairs.Select(kv => new CoMention(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value))
            .OrderBy(c => c.A).ThenBy(c => c.B).ThenBy(c => c.Date, StringComparer.Ordinal)], refs);
    });

    public CoMentionSentences? CoMentionSentences(CoMentionQuery q) => Run(db =>
    {
        long a = Canonical(db, q.A), b = Canonical(db, q.B);
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, [a, b]);
        if (!refs.ContainsKey(a) || !refs.ContainsKey(b)) return null;
        if (a == b) return new CoMentionSentences(refs[a], refs[b], 0, []);
        string ma = MembersSql(db, a), mb = MembersSql(db, b);
        var where = new List<string> { $"((c.entity_a IN ({ma}) AND c.entity_b IN ({mb})) OR (c.entity_a IN ({mb}) AND c.entity_b IN ({ma})))" };
        var args = new List<(string, object?)>();
        if (q.From is { } f) { where.Add("c.sort_date >= @from"); args.Add(("from", Iso(f.Start))); }
        if (q.To is { } t) { where.Add("c.sort_date <= @to"); args.Add(("to", Iso(End(t)))); }
        var filter = string.Join(" AND ", where);
        int total = (int)(db.ScalarLong($"SELECT COUNT(*) FROM (SELECT DISTINCT c.doc, c.sentence_start FROM co_mentions c WHERE {filter}) x", [.. args]) ?? 0);
        var rows = db.Query($"""
            SELECT c.doc, c.sentence_start, c.sentence_end, c.sort_date FROM co_mentions c WHERE {filter}
            GROUP BY c.doc, c.sentence_start, c.sentence_end, c.sort_date ORDER BY {NullsLast("c.sort_date", descending: true)}, c.doc DESC, c.sentence_start LIMIT @limit
            """, r => (Doc: r.L(0), Start: r.I(1), End: r.I(2)), [.. args, ("limit", Math.Clamp(q.Limit, 1, 1000))]);
        // The sentences are cut from their documents' text here: offsets are C# string indices, which SQL substrings are not.
        var docs = rows.Select(r => r.Doc).Distinct().ToDictionary(d => d, d => db.Query(
            "SELECT doc_id, title, outlet, published, text FROM documents WHERE id = @d",
            r => (Id: r.S(0), Title: r.N(1), Outlet: r.N(2), Published: r.N(3), Text: r.S(4)), ("d", d)).Single());
        return new CoMentionSentences(refs[a], refs[b], total, [.. rows.Select(r =>
        {
            var d = docs[r.Doc];
            int start = Math.Clamp(r.Start, 0, d.Text.Length), end = Math.Clamp(r.End, start, d.Text.Length);
            return new CoMentionSentence(d.Id, d.Title, d.Outlet, d.Published, start, end, d.Text[start..end]);
        })]);
    });

    /// <summary>The actors co-mentioned with an entity's group, most sentences first.</summary>
    private static List<CoMentionPartner> CoMentioned(Db db, string members, HashSet<long> isMember, int limit)
    {
        var rows = db.Query($"""
            SELECT CASE WHEN c.entity_a IN ({members}) THEN c.entity_b ELSE c.entity_a END AS other, c.doc, c.sentence_start, c.sort_date
            FROM co_mentions c WHERE c.entity_a IN ({members}) OR c.entity_b IN ({members})
            """, r => (Other: r.L(0), Doc: r.L(1), Start: r.I(2), Date: r.N(3))).Where(r => !isMember.Contains(r.Other)).ToList();
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, rows.Select(r => r.Other));
        return [.. rows.GroupBy(r => refs[r.Other].Id)
            .Select(g => new CoMentionPartner(refs[g.First().Other], g.Select(r => (r.Doc, r.Start)).Distinct().Count(), g.Select(r => r.Doc).Distinct().Count(),
                g.Min(r => r.Date), g.Max(r => r.Date)))
            .OrderByDescending(p => p.Sentences).ThenBy(p => p.Entity.Id).Take(limit)];
    }
}
