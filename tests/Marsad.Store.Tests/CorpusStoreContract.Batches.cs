using System.Text.Json;
using Marsad.Core.Model;
using Marsad.Store.Ingestion;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

public abstract partial class CorpusStoreContract
{
    /// <summary>
    /// Seeds, a near-copy of one, a seed again with new metadata, a seed again unchanged and a conflicting
    /// text under a stored id: every path of an ingest, several of them reading what the batch wrote before.
    /// </summary>
    private static List<Document> MixedBatch()
    {
        var again = new Document(SeedCorpus.Processed[0].Id, SeedCorpus.Processed[0].Text) { Url = "https://example.org/again" };
        TestPipeline.Pipeline.Process(again);
        return [.. SeedCorpus.Processed, SeedCorpus.NearCopy(1), again, SeedCorpus.Processed[2], TestCorpus.Meeting(),
            new Document("a1", "نص آخر تحت المعرف نفسه"), TestCorpus.Emirates()];
    }

    /// <summary>What a store holds, as its readers show it (documents with their annotations and stories, entities, graph, counts).</summary>
    private static string Contents(ICorpusStore store) => JsonSerializer.Serialize(new
    {
        documents = store.Documents().ToList(),
        entities = store.Entities(new EntityListQuery(Limit: 1000)),
        graph = store.Graph(new GraphQuery(MaxEdges: 1000)),
        stats = store.Stats() with { SizeBytes = null },
        version = store.Version,
    }, StoreJson.Options);

    [Fact]
    public void A_batch_in_one_transaction_stores_what_one_document_at_a_time_stores()
    {
        var docs = MixedBatch();
        var single = docs.Select(d => Store.Ingest(d)).ToList();
        using var batched = CreateStore();
        var results = batched.IngestBatch(docs);
        Assert.Equal(single, results);
        Assert.Contains(results, r => r.Status == IngestStatus.Updated);
        Assert.Contains(results, r => r.Status == IngestStatus.Conflict);
        Assert.Contains(results, r => r.DuplicateOf == SeedCorpus.Processed[1].Id);
        Assert.Equal(Contents(Store), Contents(batched));
        long version = batched.Version;
        Assert.All(batched.IngestBatch(docs[1..SeedCorpus.Processed.Count]), r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        Assert.Equal(version, batched.Version);
    }

    [Fact]
    public void A_bad_document_fails_its_batch_and_then_alone()
    {
        var bad = new Document("bad1", "نص فيه\0محرف فارغ");
        List<Document> batch = [TestCorpus.Meeting(), bad, TestCorpus.Emirates()];
        long version = Store.Version;
        Assert.Throws<ArgumentException>(() => Store.IngestBatch(batch));
        Assert.Equal(0, Store.Stats().Documents); // all or none
        var outcomes = IngestBatches.Store(Store, batch).ToList();
        Assert.Equal([IngestStatus.Stored, null, IngestStatus.Stored], outcomes.Select(o => o.Result?.Status));
        Assert.Contains("'bad1'", Assert.IsType<ArgumentException>(outcomes[1].Error).Message);
        Assert.Equal(2, Store.Stats().Documents);
        Assert.Equal(version + 2, Store.Version);
    }

    [Fact]
    public void Batches_hold_at_most_their_documents_and_characters()
    {
        var small = Enumerable.Range(0, IngestBatches.MaxDocuments * 2 + 1).Select(i => new Document("s" + i, "نص")).ToList();
        Assert.Equal([IngestBatches.MaxDocuments, IngestBatches.MaxDocuments, 1], IngestBatches.Of(small).Select(b => b.Count));
        var large = new string('ن', IngestBatches.MaxChars / 2 + 1);
        var big = Enumerable.Range(0, 3).Select(i => new Document("l" + i, large)).ToList();
        Assert.Equal([1, 1, 1], IngestBatches.Of(big).Select(b => b.Count));
        Assert.Equal(small.Concat(big).Select(d => d.Id), IngestBatches.Of(small.Concat(big)).SelectMany(b => b).Select(d => d.Id));
    }
}
