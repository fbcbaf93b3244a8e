using System.Data.Common;
using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Store.Search;

namespace Marsad.Store.Sql;

internal abstract partial class SqlCorpusStore
{
    private const string DocumentColumns = "d.id, d.doc_id, d.title, d.published, d.url, d.outlet, d.origin, d.text, d.content_hash, d.story";

    public DocumentView? GetDocument(string documentId) => Run(db =>
    {
        var row = db.Query($"SELECT {DocumentColumns} FROM documents d WHERE d.doc_id = @id", ReadHeader, ("id", documentId));
        return row.Count == 0 ? null : Assemble(db, row[0]);
    });

    public IEnumerable<DocumentView> Documents()
    {
        // Ids first, then each document on its own: readers never hold a cursor across another query.
        var rows = Run(db => db.Query("SELECT doc_id FROM documents ORDER BY id", r => r.S(0)));
        foreach (var id in rows)
            if (GetDocument(id) is { } d) yield return d;
    }

    private sealed record Header(long Row, string Id, string? Title, string? Published, string? Url, string? Outlet, string? Origin, string Text, string Hash, long Story);

    private static Header ReadHeader(DbDataReader r) =>
        new(r.L(0), r.S(1), r.N(2), r.N(3), r.N(4), r.N(5), r.N(6), r.S(7), r.S(8), r.L(9));

    private static DocumentView Assemble(Db db, Header h)
    {
        var story = StorySources(db, h.Story);
        var mentions = db.Query("SELECT local_id, start_offset, end_offset, text, nisba FROM mentions WHERE doc = @d ORDER BY start_offset",
            r => (Local: r.S(0), M: new DocumentMention(r.I(1), r.I(2), r.S(3), r.I(4) != 0)), ("d", h.Row)).ToLookup(x => x.Local, x => x.M);
        // Each as the analyst's corrections leave it: the entity it was merged into (c), else its own fixes (n).
        var entities = db.Query("""
            SELECT de.local_id, COALESCE(c.id, de.entity_id), de.name,
              CASE WHEN c.id IS NULL THEN COALESCE(n.fixed_name_en, de.name_en) ELSE COALESCE(c.fixed_name_en, c.name_en, de.name_en) END,
              CASE WHEN c.id IS NULL THEN COALESCE(n.fixed_type, de.type) ELSE COALESCE(c.fixed_type, c.type) END,
              CASE WHEN c.id IS NULL THEN de.kb ELSE COALESCE(c.kb, de.kb) END, de.kind, de.sector, de.affiliation_local
            FROM doc_entities de LEFT JOIN entities n ON n.id = de.entity_id LEFT JOIN entities c ON c.id = n.merged_into
            WHERE de.doc = @d
            """,
            r => new DocumentEntity(r.S(0), r.L(1), r.S(2), r.N(3), r.S(4), r.N(5), []) { Kind = r.S(6), Sector = r.N(7), Affiliation = r.N(8) }, ("d", h.Row))
            .Select(e => e with { Mentions = mentions[e.LocalId].ToList() })
            .OrderBy(e => LocalOrder(e.LocalId)).ToList();
        var actors = db.Query("""
            SELECT a.event_id, a.role, a.local_id FROM event_actors a JOIN events e ON e.id = a.event_id
            WHERE e.doc = @d ORDER BY a.event_id, a.role, a.ordinal
            """, r => (Event: r.L(0), Role: r.I(1), Local: r.S(2)), ("d", h.Row)).ToLookup(a => (a.Event, a.Role), a => a.Local);
        var events = db.Query($"""
            SELECT id, type, mode, cameo, date_value, date_precision, location_local, modality, attribution_local, attribution_text,
              attribution_start, attribution_end, quantities, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, confidence,
              CASE WHEN {NotFlagged("events")} THEN 0 ELSE 1 END
            FROM events WHERE doc = @d ORDER BY ordinal
            """, r =>
            {
                long id = r.L(0);
                AttributionView? attribution = r.IsDBNull(8) && r.IsDBNull(9) ? null
                    : new AttributionView(r.N(8), r.N(9), r.NI(10) is { } s && r.NI(11) is { } e ? new SpanText(s, e, h.Text[s..e]) : null);
                return new DocumentEvent(id, r.S(1), r.N(2), r.N(3), actors[(id, 0)].ToList(), actors[(id, 1)].ToList(),
                    r.N(4), r.N(5), r.N(6), r.S(7), attribution, Quantities(r.N(12)),
                    new SpanText(r.I(13), r.I(14), r.S(15)), new SpanText(r.I(16), r.I(17), r.S(18)), r.D(19)) { Flagged = r.I(20) != 0 };
            }, ("d", h.Row));
        var relations = db.Query("""
            SELECT type, subject_local, object_local, label, label_en, evidence_start, evidence_end, evidence_text
            FROM relations WHERE doc = @d ORDER BY ordinal
            """, r => new DocumentRelation(r.S(0), r.S(1), r.S(2), r.S(3), r.N(4), new SpanText(r.I(5), r.I(6), r.S(7))), ("d", h.Row));
        return new DocumentView(h.Id, h.Title, h.Published, h.Url, h.Outlet, h.Origin, h.Text, h.Hash, h.Story, story, entities, events, relations);
    }

    private static int LocalOrder(string localId) =>
        localId.Length > 1 && localId[0] == 'e' && int.TryParse(localId.AsSpan(1), out var n) ? n : int.MaxValue;

    internal static IReadOnlyList<QuantityView> Quantities(string? json) =>
        json is null ? [] : JsonSerializer.Deserialize<List<QuantityView>>(json, StoreJson.Options) ?? [];

    private static List<StorySource> StorySources(Db db, long story) =>
        db.Query($"SELECT doc_id, title, outlet, url, published FROM documents WHERE story = @s ORDER BY {NullsLast("published_start")}, id",
            r => new StorySource(r.S(0), r.N(1), r.N(2), r.N(3), r.N(4)), ("s", story));

    /// <summary>
    /// What a search selects: the FROM source, the row id of a match in it, the conditions, the score, their
    /// arguments and the keys to highlight.
    /// </summary>
    private protected sealed record SearchScope(string From, string Id, List<string> Where, string Score, List<(string, object?)> Args, HashSet<string> Keys)
    {
        /// <summary>The full-text condition alone when it is one (not a Latin name's entity OR), else null; the filters are then <see cref="Filters"/>.</summary>
        public string? Match { get; init; }

        public IEnumerable<string> Filters => Match is null ? Where : Where.Skip(1);

        public string WhereSql => Where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", Where);

        /// <summary>The conditions and one more.</summary>
        public string WhereAnd(string condition) => "WHERE " + string.Join(" AND ", Where.Append(condition));
    }

    /// <summary>The scope of a query, or null when a filter can match nothing (an unknown entity).</summary>
    private SearchScope? Scope(Db db, SearchQuery q)
    {
        var parsed = ParsedQuery.Parse(q.Text ?? "", q.Exact);
        var args = new List<(string, object?)>();
        var where = new List<string>();
        var keys = parsed.AllKeys.ToHashSet();
        string from = "documents d", id = "d.id", score = "0";
        string? match = null;
        if (!parsed.IsEmpty)
        {
            var named = EntitiesNamedInEnglish(db, q.Text ?? "");
            if (named.Count == 0)
            {
                var m = Match(parsed, args);
                from = m.From; id = m.Id; score = m.Score;
                where.Add(m.Where);
                match = m.Where;
            }
            else
            {
                // "Haftar" finds the documents that mention the entity whose English name it is, under any Arabic spelling.
                var ids = string.Join(",", named.Select(n => n.Members));
                where.Add($"(d.id IN ({MatchDocIds(parsed, args)}) OR d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id IN ({ids})))");
                foreach (var alias in named.SelectMany(n => n.Aliases)) keys.UnionWith(SearchKeys.KeysOf(alias, q.Exact));
            }
        }
        int matchConditions = where.Count;
        if (!AddFilters(db, q, where, args)) return null;
        // A full-text index of its own (SQLite) is joined to the documents only when a filter reads them.
        if (where.Count > matchConditions && id != "d.id") from += $" JOIN {FilteredDocuments} ON d.id = {id}";
        return new SearchScope(from, id, where, score, args, keys) { Match = match };
    }

    /// <summary>The documents (d) as a full-text index of their own is joined to them to filter its matches.</summary>
    protected virtual string FilteredDocuments => "documents d";

    /// <summary>Entities whose English name holds every word of a Latin-letter query, with their aliases (at most 20).</summary>
    private static List<(string Members, List<string> Aliases)> EntitiesNamedInEnglish(Db db, string text)
    {
        var words = LatinWords(text);
        if (words.Count == 0 || text.Any(c => c >= '\u0600' && c <= '\u06FF')) return [];
        var candidates = db.Query($"SELECT n.id, {NameEnSql} FROM entities n WHERE n.documents > 0 AND n.merged_into IS NULL AND LOWER({NameEnSql}) LIKE @like ESCAPE '\\' ORDER BY {MentionsSql} DESC, n.id LIMIT 200",
            r => (Id: r.L(0), NameEn: r.S(1)), ("like", "%" + EscapeLike(words.OrderByDescending(w => w.Length).First()) + "%"));
        var named = candidates.Where(c => words.All(LatinWords(c.NameEn).Contains)).Take(20).ToList();
        return named.Select(n => (MembersSql(db, n.Id), db.Query($"SELECT alias FROM entity_aliases WHERE entity_id IN ({MembersSql(db, n.Id)}) AND count > 0", r => r.S(0)))).ToList();
    }

    private static HashSet<string> LatinWords(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0).ToHashSet();

    /// <summary>
    /// Matches counted exactly; beyond it a search's total is estimated and its facets are counted over the newest
    /// this many matches, scaled to the estimate. Counting a common word's every match is what made search slow.
    /// </summary>
    internal int CountLimit { get; set; } = 1000;

    /// <summary>
    /// Matches ranked by relevance: the newest this many (by row id); older ones follow, newest first. Ranking
    /// (bm25, ts_rank) reads each match's positions, so ranking all of a word found in most documents takes seconds.
    /// </summary>
    internal int RankWindow { get; set; } = 200;

    public SearchResults Search(SearchQuery q) => RunPage(db =>
    {
        if (Scope(db, q) is not { } s) return new SearchResults(q.Text ?? "", 0, []);
        int limit = Math.Clamp(q.Limit, 1, 1000), offset = Math.Max(0, q.Offset);
        var (newest, total, estimated) = NewestMatches(db, s, Math.Min(RankWindow, CountLimit + 1));
        var page = Page(db, s, newest, total, limit, offset);
        if (page.Count == 0) return new SearchResults(q.Text ?? "", total, []) { TotalEstimated = estimated };
        // The page's rows, story sizes and snippets are read for the page alone.
        var ids = string.Join(",", page.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var rows = db.Query($"SELECT d.id, d.doc_id, d.title, d.published, d.outlet, d.text, d.story FROM documents d WHERE d.id IN ({ids})",
            r => (Row: r.L(0), Id: r.S(1), Title: r.N(2), Published: r.N(3), Outlet: r.N(4), Text: r.S(5), Story: r.L(6))).ToDictionary(r => r.Row);
        var stories = db.Query($"SELECT story, COUNT(*) FROM documents WHERE story IN ({string.Join(",", rows.Values.Select(r => r.Story).Distinct())}) GROUP BY story",
            r => (Story: r.L(0), Size: r.I(1))).ToDictionary(r => r.Story, r => r.Size);
        var hits = page.Where(x => rows.ContainsKey(x.Id)).Select(x =>
        {
            var r = rows[x.Id];
            var (snippet, marks) = SnippetBuilder.Build(r.Text, s.Keys, q.Exact);
            return new SearchHit(r.Id, r.Title, r.Published, r.Outlet, x.Score, snippet, marks, r.Story, stories.GetValueOrDefault(r.Story));
        }).ToList();
        return new SearchResults(q.Text ?? "", Math.Max(total, offset + hits.Count), hits) { TotalEstimated = estimated };
    });

    /// <summary>
    /// The row ids and scores of one page. Without words: newest publication first. With words: the newest
    /// <see cref="RankWindow"/> matches by score, then the older ones by row id, newest first.
    /// </summary>
    private List<(long Id, double Score)> Page(Db db, SearchScope s, List<long> newest, int total, int limit, int offset)
    {
        var args = new List<(string, object?)>(s.Args) { ("limit", limit), ("offset", offset) };
        if (s.Score == "0")
            return db.Query($"SELECT d.id FROM {s.From} {s.WhereSql} ORDER BY {NullsLast("d.published_start", descending: true)}, d.id DESC LIMIT @limit OFFSET @offset",
                r => (r.L(0), 0.0), [.. args]);
        // Ranked: the newest RankWindow matches, or all when the total is no more (a store may know fewer newest matches than RankWindow).
        int ranked = Math.Min(RankWindow, newest.Count);
        bool windowed = total > ranked;
        var page = new List<(long Id, double Score)>();
        if (!windowed || offset < ranked)
        {
            if (windowed) args.Add(("lo", newest[ranked - 1]));
            page.AddRange(db.Query($"""
                SELECT {s.Id}, {s.Score} AS score FROM {s.From} {(windowed ? RankedWindow(s, newest[..ranked]) : s.WhereSql)}
                ORDER BY score DESC, {s.Id} LIMIT @limit OFFSET @offset
                """, r => (r.L(0), r.D(1)), [.. args]));
        }
        if (windowed && page.Count < limit)
        {
            var older = new List<(string, object?)>(s.Args)
                { ("lo", newest[ranked - 1]), ("limit", limit - page.Count), ("offset", Math.Max(0, offset - ranked)) };
            page.AddRange(db.Query($"SELECT {s.Id}, {s.Score} FROM {s.From} {s.WhereAnd($"{s.Id} < @lo")} ORDER BY {s.Id} DESC LIMIT @limit OFFSET @offset",
                r => (r.L(0), r.D(1)), [.. older]));
        }
        return page;
    }

    /// <summary>The WHERE clause of the ranked window: the matches from its oldest id (@lo) up.</summary>
    private protected virtual string RankedWindow(SearchScope s, List<long> window) => s.WhereAnd($"{s.Id} >= @lo");

    /// <summary>
    /// The newest matches (by row id, at most <see cref="CountLimit"/>) and the total: exact when they are all,
    /// else estimated from how densely they fill the newest ids (matches per id × the highest id). A store may
    /// return fewer than CountLimit, but no fewer than <paramref name="need"/> when there are as many.
    /// </summary>
    private protected virtual (List<long> Newest, int Total, bool Estimated) NewestMatches(Db db, SearchScope s, int need)
    {
        var args = new List<(string, object?)>(s.Args) { ("cap", CountLimit + 1) };
        var newest = db.Query($"SELECT {s.Id} FROM {s.From} {s.WhereSql} ORDER BY {s.Id} DESC LIMIT @cap", r => r.L(0), [.. args]);
        if (newest.Count <= CountLimit) return (newest, newest.Count, false);
        long max = db.ScalarLong("SELECT MAX(id) FROM documents") ?? newest[0];
        double perId = (double)newest.Count / (newest[0] - newest[^1] + 1);
        return (newest[..CountLimit], (int)Math.Min(int.MaxValue, Math.Max(newest.Count, Math.Round(perId * max))), true);
    }

    public SearchFacets Facets(SearchQuery q, int top = 20) => RunPage(db =>
    {
        if (Scope(db, q) is not { } s) return new SearchFacets([], [], [], [], []);
        var (newest, total, estimated) = NewestMatches(db, s, CountLimit + 1);
        if (newest.Count == 0) return new SearchFacets([], [], [], [], []);
        // Counted over the matches themselves (at most CountLimit, the newest); with more, scaled to the estimated total.
        var matched = string.Join(",", newest.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        double scale = estimated ? (double)total / newest.Count : 1;
        int Scaled(int n) => estimated ? (int)Math.Round(n * scale) : n;
        var args = new (string, object?)[] { ("top", Math.Clamp(top, 1, 200)) };
        List<FacetCount> Counts(string sql) => db.Query(sql, r => new FacetCount(r.S(0), null, Scaled(r.I(1))), args);
        var outlets = Counts($"""
            SELECT d.outlet, COUNT(*) FROM documents d WHERE d.id IN ({matched}) AND d.outlet IS NOT NULL
            GROUP BY d.outlet ORDER BY COUNT(*) DESC, d.outlet LIMIT @top
            """);
        var years = Counts($"""
            SELECT SUBSTR(d.published_start, 1, 4), COUNT(*) FROM documents d WHERE d.id IN ({matched}) AND d.published_start IS NOT NULL
            GROUP BY SUBSTR(d.published_start, 1, 4) ORDER BY SUBSTR(d.published_start, 1, 4)
            """);
        var eventTypes = Counts($"""
            SELECT e.type, COUNT(DISTINCT e.doc) FROM events e WHERE e.doc IN ({matched})
            GROUP BY e.type ORDER BY COUNT(DISTINCT e.doc) DESC, e.type LIMIT @top
            """);
        var entityTypes = Counts($"""
            SELECT COALESCE(n.fixed_type, de.type), COUNT(DISTINCT de.doc) FROM doc_entities de LEFT JOIN entities n ON n.id = de.entity_id WHERE de.doc IN ({matched})
            GROUP BY COALESCE(n.fixed_type, de.type) ORDER BY COUNT(DISTINCT de.doc) DESC, COALESCE(n.fixed_type, de.type) LIMIT @top
            """);
        // Entities merged into one count as one.
        var entityCounts = db.Query($"""
            SELECT COALESCE(n.merged_into, de.entity_id), COUNT(DISTINCT de.doc) FROM doc_entities de LEFT JOIN entities n ON n.id = de.entity_id
            WHERE de.doc IN ({matched})
            GROUP BY COALESCE(n.merged_into, de.entity_id) ORDER BY COUNT(DISTINCT de.doc) DESC, COALESCE(n.merged_into, de.entity_id) LIMIT @top
            """, r => (Id: r.L(0), Count: Scaled(r.I(1))), args);
        var refs = new Dictionary<long, EntityRef>();
        LoadRefs(db, refs, entityCounts.Select(e => e.Id));
        var entities = entityCounts.Where(e => refs.ContainsKey(e.Id))
            .Select(e => new FacetCount(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), refs[e.Id].Name, e.Count)).ToList();
        return new SearchFacets(outlets, years, entities, eventTypes, entityTypes) { Estimated = estimated };
    });

    public IReadOnlyList<OutletCount> Outlets(string? contains = null, int limit = 100) => Run(db =>
    {
        var args = new List<(string, object?)> { ("limit", Math.Clamp(limit, 1, 10000)) };
        var where = "d.outlet IS NOT NULL";
        if (!string.IsNullOrWhiteSpace(contains))
        {
            where += " AND LOWER(d.outlet) LIKE @like ESCAPE '\\'";
            args.Add(("like", "%" + EscapeLike(contains.Trim().ToLowerInvariant()) + "%"));
        }
        return (IReadOnlyList<OutletCount>)db.Query($"SELECT d.outlet, COUNT(*) FROM documents d WHERE {where} GROUP BY d.outlet ORDER BY COUNT(*) DESC, d.outlet LIMIT @limit",
            r => new OutletCount(r.S(0), r.I(1)), [.. args]);
    });

    /// <summary>Adds the filter conditions; false when a filter can match nothing (an unknown entity).</summary>
    private bool AddFilters(Db db, SearchQuery q, List<string> where, List<(string, object?)> args)
    {
        if (!string.IsNullOrWhiteSpace(q.Entity))
        {
            if (FindEntity(db, q.Entity) is not { } entity) return false;
            where.Add($"d.id IN (SELECT de.doc FROM doc_entities de WHERE de.entity_id IN ({MembersSql(db, entity.Id)}))");
        }
        if (!string.IsNullOrWhiteSpace(q.Type))
        {
            var t = q.Type.Trim().ToUpperInvariant();
            if (Enum.TryParse<EventType>(t, out var et) && !int.TryParse(t, out _))
            {
                where.Add("EXISTS (SELECT 1 FROM events e WHERE e.doc = d.id AND e.type = @type)");
                args.Add(("type", et.ToString()));
            }
            else if (EntityTypes.TryParse(t, out var nt))
            {
                where.Add("EXISTS (SELECT 1 FROM doc_entities de WHERE de.doc = d.id AND de.type = @type)");
                args.Add(("type", nt.ToString()));
            }
            else throw new ArgumentException($"unknown type '{q.Type}': give an event type ({string.Join(", ", Enum.GetNames<EventType>())}) or an entity type (PER, ORG, GPE, LOC, MISC)");
        }
        if (q.From is { } from) { where.Add("d.published_start >= @from"); args.Add(("from", Iso(from.Start))); }
        if (q.To is { } to) { where.Add("d.published_start <= @to"); args.Add(("to", Iso(End(to)))); }
        if (!string.IsNullOrWhiteSpace(q.Outlet))
        {
            // Part of the name, any case: "okaz" finds "Okaz (okaz.com.sa)". ASCII case only on SQLite, so lowered here for both.
            where.Add("LOWER(d.outlet) LIKE @outlet ESCAPE '\\'");
            args.Add(("outlet", "%" + EscapeLike(q.Outlet.Trim().ToLowerInvariant()) + "%"));
        }
        return true;
    }

    /// <summary>The last day a partial date can denote.</summary>
    internal static DateOnly End(PartialDate d) => d.Precision switch
    {
        DatePrecision.Day => d.Start,
        DatePrecision.Month => d.Start.AddMonths(1).AddDays(-1),
        _ => new DateOnly(d.Year, 12, 31),
    };
}
