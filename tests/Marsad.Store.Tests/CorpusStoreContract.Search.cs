using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>Search paging, facets, outlets, exact words and English names (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    // Written for these tests: one word in three inflections, three outlets spelled with different case.
    private static IEnumerable<Document> Inflections() =>
    [
        new DocBuilder("x1", "وصل المشير إلى العاصمة صباح اليوم لحضور الاجتماع.", published: "2015-08-01", outlet: "Okaz (okaz.com.sa)")
            .Entity("e1", EntityType.LOC, "العاصمة").Build(),
        new DocBuilder("x2", "صدر القرار أمس مشيرا إلى تحسن الأوضاع في البلاد.", published: "2014-02-01", outlet: "Al-Riyadh (alriyadh.com)").Build(),
        new DocBuilder("x3", "والمشير يلتقي الوفد في العاصمة غدا.", published: "2015-09-03", outlet: "OKAZ weekly")
            .Entity("e1", EntityType.LOC, "العاصمة").Build(),
    ];

    [Fact]
    public void Exact_words_keep_their_endings_and_stemmed_search_does_not()
    {
        IngestAll([.. Inflections()]);
        Assert.Equal(["x1", "x2", "x3"], Ids(Store.Search(new SearchQuery("المشير"))).Order());
        Assert.Equal(["x1", "x3"], Ids(Store.Search(new SearchQuery("المشير", Exact: true))).Order());
        Assert.Equal(["x2"], Ids(Store.Search(new SearchQuery("مشيرا", Exact: true))));
        Assert.Equal(["x3"], Ids(Store.Search(new SearchQuery("\"المشير يلتقي\"", Exact: true))));
        var hit = Store.Search(new SearchQuery("المشير", Exact: true)).Hits.Single(h => h.DocumentId == "x3");
        Assert.Equal(["والمشير"], hit.Highlights.Select(h => hit.Snippet[h.Start..h.End]));
    }

    [Fact]
    public void The_outlet_filter_matches_part_of_the_name_in_any_case_and_outlets_are_listed()
    {
        IngestAll([.. Inflections(), TestCorpus.Meeting()]);
        Assert.Equal(["x1", "x3"], Ids(Store.Search(new SearchQuery("المشير", Outlet: "okaz"))).Order());
        Assert.Equal(["x2"], Ids(Store.Search(new SearchQuery("", Outlet: "RIYADH"))));
        Assert.Empty(Store.Search(new SearchQuery("المشير", Outlet: "%")).Hits);
        Assert.Equal([new OutletCount("Al-Riyadh (alriyadh.com)", 1), new OutletCount("OKAZ weekly", 1), new OutletCount("Okaz (okaz.com.sa)", 1), new OutletCount("الوطن", 1)],
            Store.Outlets().OrderBy(o => o.Outlet, StringComparer.Ordinal));
        Assert.Equal(["OKAZ weekly", "Okaz (okaz.com.sa)"], Store.Outlets("Okaz").Select(o => o.Outlet).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_of_a_search_cover_every_hit_once()
    {
        IngestAll([.. TestCorpus.All(), .. Inflections()]);
        var all = Store.Search(new SearchQuery("", From: new PartialDate(2000), Limit: 100));
        Assert.Equal(8, all.Total);
        var paged = new List<string>();
        for (int offset = 0; offset < all.Total; offset += 3)
        {
            var page = Store.Search(new SearchQuery("", From: new PartialDate(2000), Limit: 3, Offset: offset));
            Assert.Equal(8, page.Total);
            paged.AddRange(page.Hits.Select(h => h.DocumentId));
        }
        Assert.Equal(all.Hits.Select(h => h.DocumentId), paged);
    }

    [Fact]
    public void Facets_count_every_matching_document_by_outlet_year_entity_and_type()
    {
        IngestAll([.. TestCorpus.All(), .. Inflections()]);
        var f = Store.Facets(new SearchQuery("حفتر", Limit: 1));
        Assert.Equal([new FacetCount("الوطن", null, 2), new FacetCount("المرصد", null, 1)], f.Outlets);
        Assert.Equal([new FacetCount("2019", null, 2), new FacetCount("2020", null, 1)], f.Years);
        var haftar = Store.FindEntity("Khalifa Haftar")!;
        Assert.Contains(new FacetCount(haftar.Id.ToString(), haftar.Name, 3), f.Entities);
        Assert.Equal(f.Entities.OrderByDescending(e => e.Count).Select(e => e.Count), f.Entities.Select(e => e.Count));
        Assert.Contains(new FacetCount("AID", null, 2), f.EventTypes);
        Assert.Contains(new FacetCount("ACCUSE", null, 1), f.EventTypes);
        Assert.Contains(new FacetCount("PER", null, 3), f.EntityTypes);
        // A facet value used as a filter gives the count it promised.
        Assert.Equal(2, Store.Search(new SearchQuery("حفتر", Type: "AID")).Total);
        Assert.Equal(2, Store.Search(new SearchQuery("حفتر", From: new PartialDate(2019), To: new PartialDate(2019))).Total);
        Assert.Equal(new SearchFacets([], [], [], [], []), Store.Facets(new SearchQuery("حفتر", Entity: "كيان غير موجود")));
    }

    [Fact]
    public void An_english_name_finds_the_documents_of_its_entity()
    {
        IngestAll([.. TestCorpus.All()]);
        Assert.Equal(["a1", "b1", "c1"], Ids(Store.Search(new SearchQuery("Haftar"))).Order());
        Assert.Equal(["a1", "b1", "c1"], Ids(Store.Search(new SearchQuery("khalifa HAFTAR"))).Order());
        Assert.Equal(["a1", "c1", "r1"], Ids(Store.Search(new SearchQuery("Egypt"))).Order());
        Assert.Empty(Store.Search(new SearchQuery("Haftar Tunisia")).Hits);
        var hit = Store.Search(new SearchQuery("Haftar")).Hits.Single(h => h.DocumentId == "b1");
        Assert.Contains("حفتر", hit.Highlights.Select(h => hit.Snippet[h.Start..h.End]));
    }

    [Fact]
    public void A_common_word_is_ranked_among_its_newest_matches_and_its_total_estimated_past_the_count_limit()
    {
        // Twelve documents with one word, stored oldest first; every third repeats it, so it ranks higher.
        IngestAll([.. Enumerable.Range(1, 12).Select(i => new DocBuilder($"w{i:D2}",
            string.Join(" ", Enumerable.Repeat("اجتمع الوفد", i % 3 == 0 ? 4 : 1)) + " في العاصمة.",
            published: $"2019-01-{i:D2}", outlet: i % 2 == 0 ? "Okaz" : "Riyadh").Build())]);
        var sql = (Sql.SqlCorpusStore)Store;
        (sql.RankWindow, sql.CountLimit) = (4, 6);

        var first = Store.Search(new SearchQuery("الوفد", Limit: 4));
        Assert.Equal(["w09", "w10", "w11", "w12"], first.Hits.Select(h => h.DocumentId).Order());
        Assert.Equal(["w09", "w12"], first.Hits.Take(2).Select(h => h.DocumentId).Order());
        // Seven newest matches fill the seven newest ids: 1 match per id × 12 ids.
        Assert.True(first.TotalEstimated);
        Assert.Equal(12, first.Total);
        // Past the ranked window, older matches follow newest first; the pages cover every match once.
        var paged = new List<string>();
        for (int offset = 0; offset < 12; offset += 5) paged.AddRange(Store.Search(new SearchQuery("الوفد", Limit: 5, Offset: offset)).Hits.Select(h => h.DocumentId));
        Assert.Equal(12, paged.Distinct().Count());
        Assert.Equal(["w08", "w07", "w06", "w05", "w04", "w03", "w02", "w01"], paged.Skip(4));
        // Facets count the newest six and scale them to the estimate.
        var facets = Store.Facets(new SearchQuery("الوفد"));
        Assert.True(facets.Estimated);
        Assert.Equal([new FacetCount("Okaz", null, 6), new FacetCount("Riyadh", null, 6)], facets.Outlets);

        sql.CountLimit = 1000;
        var exact = Store.Search(new SearchQuery("الوفد", Outlet: "okaz"));
        Assert.False(exact.TotalEstimated);
        Assert.Equal(6, exact.Total);
        Assert.False(Store.Facets(new SearchQuery("الوفد")).Estimated);
    }

    [Fact]
    public void A_store_grown_by_copying_rows_holds_each_copy_with_its_index_events_and_edges()
    {
        IngestAll([.. TestCorpus.All()]);
        var before = Store.Stats();
        int hits = Store.Search(new SearchQuery("حفتر")).Total;
        int edgeCount = Store.Graph(new GraphQuery()).Edges.Sum(e => e.Count);
        var haftar = Store.FindEntity("حفتر")!;
        int timeline = Store.Timeline(new TimelineQuery([haftar.Id])).Count;

        Assert.Equal(3 * before.Documents, Benchmarking.CorpusGrowth.GrowTo(Store, 3 * before.Documents));
        var after = Store.Stats();
        Assert.Equal((3 * before.Documents, 3 * before.Events, 3 * before.Relations), (after.Documents, after.Events, after.Relations));
        Assert.Equal(3 * hits, Store.Search(new SearchQuery("حفتر")).Total);
        Assert.Equal(3 * hits, Store.Search(new SearchQuery("حفتر", Exact: true)).Total);
        Assert.Equal(3 * edgeCount, Store.Graph(new GraphQuery()).Edges.Sum(e => e.Count));
        Assert.Equal(3 * timeline, Store.Timeline(new TimelineQuery([haftar.Id])).Count);
        Assert.Equal(3 * haftar.Documents, Store.FindEntity("حفتر")!.Documents);
        // A copy's dates move back by whole years; new documents still get ids of their own.
        Assert.Contains(Store.Search(new SearchQuery("حفتر", Limit: 100)).Hits, h => h.DocumentId.StartsWith("a1~", StringComparison.Ordinal) && h.Published == "2018-03-10");
        // A last copy of only the first originals (by row id).
        Assert.Equal(3 * before.Documents + 2, Benchmarking.CorpusGrowth.GrowTo(Store, 3 * before.Documents + 2));
        Assert.Equal(3 * before.Documents + 2, Store.Stats().Documents);
        Assert.Equal(2, Store.Search(new SearchQuery("", Limit: 1000)).Hits.Count(h => h.DocumentId.EndsWith("~" + (3 * before.Documents + 1), StringComparison.Ordinal) || h.DocumentId.EndsWith("~" + (3 * before.Documents + 2), StringComparison.Ordinal)));
        Assert.Equal(IngestStatus.Stored, Store.Ingest(new DocBuilder("new", "وصل حفتر إلى القاهرة.").Build()).Status);
    }
}

