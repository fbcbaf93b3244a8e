using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>
/// Several writers on one database, as several <c>ingest</c> processes or extraction workers would be:
/// each store below has its own connections, exactly like another process.
/// </summary>
public abstract partial class CorpusStoreContract
{
    private static readonly (string Name, string Kb)[] States =
        [("مصر", "Q79"), ("تركيا", "Q43"), ("روسيا", "Q159"), ("فرنسا", "Q142"), ("الإمارات", "Q878"), ("قطر", "Q846")];

    private const string Envoy = "سالم الورفلي"; // a person without a knowledge-base id, named in every document

    /// <summary>A document naming every state, rotated by <paramref name="turn"/>, with a meeting and a support event.</summary>
    private static Document Crossing(string id, int turn)
    {
        var order = Enumerable.Range(0, States.Length).Select(i => States[(i + turn) % States.Length]).ToArray();
        var b = new DocBuilder(id,
            $"التقى مسؤولون من {order[0].Name} نظراءهم من {order[1].Name} بحضور {Envoy}. " +
            $"وأعلنت {order[2].Name} دعمها لموقف {order[3].Name}، فيما تابعت {order[4].Name} و{order[5].Name} المحادثات.",
            published: "2020-02-0" + (1 + turn % 9));
        for (int i = 0; i < order.Length; i++) b.Entity("s" + i, EntityType.GPE, order[i].Name, order[i].Kb);
        return b.Entity("p", EntityType.PER, Envoy)
            .Event(EventType.CONSULT, "التقى", ["s0"], ["s1"])
            .Event(EventType.SUPPORT, "دعمها", ["s2"], ["s3"])
            .Build();
    }

    private static void RunTogether(int count, Action<int> work)
    {
        using var start = new Barrier(count);
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, count).Select(w => new Thread(() =>
        {
            start.SignalAndWait();
            try { work(w); }
            catch (Exception ex) { errors.Add(ex); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.True(errors.IsEmpty, string.Join("\n---\n", errors));
    }

    [Fact]
    public void Concurrent_writers_neither_deadlock_nor_lose_a_document_nor_split_an_entity()
    {
        const int writers = 3, own = 12, shared = 12;
        var db = NewDatabase();
        CorpusStore.Open(db).Dispose();
        var stores = Enumerable.Range(0, writers).Select(_ => CorpusStore.Open(db)).ToArray();
        try
        {
            RunTogether(writers, w =>
            {
                // Every writer also stores the same shared documents, half of them in the opposite order.
                var ids = Enumerable.Range(0, own).Select(i => ($"w{w}-{i}", i + w))
                    .Concat(Enumerable.Range(0, shared).Select(i => ($"shared-{i}", i)));
                if (w % 2 == 1) ids = ids.Reverse();
                foreach (var (id, turn) in ids) stores[w].Ingest(Crossing(id, turn));
            });
        }
        finally
        {
            foreach (var s in stores) s.Dispose();
        }

        using var check = CorpusStore.Open(db);
        int documents = writers * own + shared;
        var stats = check.Stats();
        Assert.Equal(documents, stats.Documents);
        var entities = check.Entities(new EntityListQuery(Limit: 100));
        Assert.Equal(States.Length + 1, entities.Count);
        Assert.All(entities, e => Assert.Equal(documents, e.Documents));
        Assert.Equal(2 * documents, check.Graph(new GraphQuery(MaxEdges: 1000)).Edges.Sum(e => e.Count));
    }

    [Fact]
    public void Processes_creating_the_same_new_database_at_once_all_succeed()
    {
        const int openers = 6;
        for (int round = 0; round < 3; round++)
        {
            var db = NewDatabase();
            RunTogether(openers, w =>
            {
                using var store = CorpusStore.Open(db);
                store.Ingest(Crossing($"open-{w}", w));
            });
            using var check = CorpusStore.Open(db);
            Assert.Equal(openers, check.Stats().Documents);
        }
    }

    [Fact]
    public void A_text_holding_NUL_characters_is_refused_alike_on_both_backends()
    {
        var doc = new DocBuilder("nul", "أعلنت تركيا\0 دعمها لحكومة الوفاق في طرابلس.").Entity("e1", EntityType.GPE, "تركيا", "Q43", "Turkey").Build();
        var ex = Assert.Throws<ArgumentException>(() => Store.Ingest(doc));
        Assert.Contains("NUL", ex.Message);
        Assert.Equal(0, Store.Stats().Documents);
    }
}
