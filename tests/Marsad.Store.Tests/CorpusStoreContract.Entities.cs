using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>The entity browser's list and an entity's documents (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    [Fact]
    public void An_entitys_documents_come_newest_first_a_page_at_a_time()
    {
        IngestAll([.. TestCorpus.All()]);
        var egypt = Store.FindEntity("Egypt")!;
        var all = Store.EntityDocuments(egypt.Id, 10);
        Assert.Equal(3, all.Total);
        Assert.Equal(["r1", "c1", "a1"], all.Documents.Select(d => d.DocumentId));
        var pages = new[] { Store.EntityDocuments(egypt.Id, 2, 0), Store.EntityDocuments(egypt.Id, 2, 2) };
        Assert.All(pages, p => Assert.Equal(3, p.Total));
        Assert.Equal(all.Documents, pages.SelectMany(p => p.Documents));
        Assert.Equal(0, Store.EntityDocuments(-1).Total);
    }

    [Fact]
    public void Entities_are_listed_by_type_document_count_and_sort_with_a_total()
    {
        IngestAll([.. TestCorpus.All()]);
        var gpe = new EntityListQuery(Type: "GPE");
        Assert.Equal(Store.Entities(gpe).Count, Store.CountEntities(gpe));
        var inTwo = new EntityListQuery(MinDocuments: 2, Sort: EntitySort.Documents);
        var listed = Store.Entities(inTwo);
        Assert.All(listed, e => Assert.True(e.Documents >= 2));
        Assert.Contains(listed, e => e.NameEn == "Egypt");
        Assert.Equal(listed.OrderByDescending(e => e.Documents).Select(e => e.Id), listed.Select(e => e.Id));
        Assert.Equal(listed.Count, Store.CountEntities(inTwo));
        Assert.True(Store.CountEntities(new EntityListQuery()) > listed.Count);
        var byName = Store.Entities(new EntityListQuery(Sort: EntitySort.Name, Limit: 2, Offset: 1));
        var names = Store.Entities(new EntityListQuery(Sort: EntitySort.Name)).Select(e => e.Id).Skip(1).Take(2);
        Assert.Equal(names, byName.Select(e => e.Id));
    }
}
