using Marsad.Broker.Queue;
using Marsad.Core.Model;
using Marsad.Read;
using Marsad.Store;
using Marsad.Store.Ingestion;
using Marsad.Tests.Shared;

namespace Marsad.Broker.Tests;

/// <summary>What the worker tests check in the database the workers filled.</summary>
public static class StoredCorpus
{
    /// <summary>Documents stored so far; 0 before a worker has created the schema (or while the server is down).</summary>
    public static long Count(string db)
    {
        try { return Servers.Scalar(db, "SELECT COUNT(*) FROM documents"); }
        catch (Npgsql.NpgsqlException) { return 0; }
    }

    /// <summary>
    /// Every document once, rows that agree with each other (no annotation without its document, counts equal
    /// to the rows they count, every document indexed), and the same annotations as one local ingest of the
    /// same documents into <paramref name="reference"/>, an empty database.
    /// </summary>
    public static void AssertOnce(string db, IReadOnlyList<Document> docs, string reference)
    {
        Assert.Equal(docs.Count, Servers.Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(docs.Count, Servers.Scalar(db, "SELECT COUNT(DISTINCT doc_id) FROM documents"));
        Assert.Equal(docs.Count, Servers.Scalar(db, "SELECT COUNT(DISTINCT content_hash) FROM documents"));
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM documents WHERE terms = '' OR exact_terms = ''"));
        foreach (var table in new[] { "mentions", "events", "relations", "doc_entities", "edge_evidence", "doc_lsh" })
            Assert.True(Servers.Scalar(db, $"SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = t.doc)") == 0, table + " without its document");
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM event_actors a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = a.event_id)"));
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM doc_entities x WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = x.entity_id)"));
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM entities e WHERE e.documents <> (SELECT COUNT(DISTINCT doc) FROM doc_entities d WHERE d.entity_id = e.id)"));
        Assert.Equal(0, Servers.Scalar(db, "SELECT COUNT(*) FROM edges g WHERE g.count <> (SELECT COUNT(*) FROM edge_evidence x WHERE x.edge_id = g.id)"));

        using (var store = CorpusStore.Open(reference))
            new CorpusIngester(store, TestPipeline.Pipeline, 1).Run(docs.Select(d => DocumentMessage.Of(d).ToDocument()).Select(d => new ReadResult(d, d.Id, null)));
        foreach (var table in new[] { "mentions", "events", "event_actors", "relations", "doc_entities", "edge_evidence" })
            Assert.True(Servers.Scalar(reference, $"SELECT COUNT(*) FROM {table}") == Servers.Scalar(db, $"SELECT COUNT(*) FROM {table}"), table);
    }
}
