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
}
