using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Geo;
using Marsad.Store.Export;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

/// <summary>
/// The storage suite. Each backend runs every test here against a real database
/// (<see cref="SqliteCorpusStoreTests"/>, <see cref="PostgresCorpusStoreTests"/>), each test on a fresh one.
/// </summary>
public abstract partial class CorpusStoreContract : IDisposable
{
    private ICorpusStore? _store;

    /// <summary>Names a new, empty database (a --db value: a SQLite path or a PostgreSQL connection string).</summary>
    protected abstract string NewDatabase();

    /// <summary>Creates a new, empty store.</summary>
    protected virtual ICorpusStore CreateStore() => CorpusStore.Open(NewDatabase());

    protected ICorpusStore Store => _store ??= CreateStore();

    public virtual void Dispose()
    {
        _store?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void IngestAll(params Document[] docs)
    {
        foreach (var d in docs) Store.Ingest(d);
    }

    private static HashSet<string> Ids(SearchResults r) => r.Hits.Select(h => h.DocumentId).ToHashSet();

    [Fact]
    public void Ingesting_the_same_documents_twice_changes_nothing()
    {
        IngestAll([.. TestCorpus.All()]);
        var before = Store.Stats();
        var again = TestCorpus.All().Select(d => Store.Ingest(d)).ToList();
        Assert.All(again, r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        Assert.Equal(before, Store.Stats());
        Assert.Equal(5, before.Documents);
        Assert.True(Store.IsStored(TestCorpus.Meeting()));
        Assert.False(Store.IsStored(new Document("a1", "نص آخر")));
    }

    [Fact]
    public void Ingesting_the_same_text_with_new_metadata_updates_it()
    {
        IngestAll(TestCorpus.Meeting());
        var fixedDoc = TestCorpus.Meeting();
        fixedDoc.Published = new PartialDate(2019, 3, 11);
        fixedDoc.Url = "https://example.org/a1";
        Assert.False(Store.IsStored(fixedDoc));
        Assert.Equal(IngestStatus.Updated, Store.Ingest(fixedDoc).Status);
        var stored = Store.GetDocument("a1")!;
        Assert.Equal(("2019-03-11", "https://example.org/a1"), (stored.Published, stored.Url));
        Assert.Equal(1, Store.Stats().Documents);
        Assert.Equal(IngestStatus.Unchanged, Store.Ingest(fixedDoc).Status);
    }

    [Fact]
    public void A_new_text_under_a_stored_id_replaces_the_old_version_only_when_asked()
    {
        IngestAll(TestCorpus.Meeting(), TestCorpus.Emirates());
        var edgesBefore = Store.Graph(new GraphQuery()).Edges.Sum(e => e.Count);
        var replacement = new DocBuilder("a1", "عقد وزراء الزراعة العرب اجتماعا في الرباط لبحث الأمن الغذائي.", published: "2019-03-11")
            .Entity("e1", EntityType.LOC, "الرباط", "Q3551", "Rabat").Build();
        Assert.Equal(IngestStatus.Conflict, Store.Ingest(replacement).Status);
        Assert.Single(Store.Search(new SearchQuery("السيسي")).Hits);
        Assert.Equal(edgesBefore, Store.Graph(new GraphQuery()).Edges.Sum(e => e.Count));
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(replacement, replace: true).Status);
        var stats = Store.Stats();
        Assert.Equal(2, stats.Documents);
        Assert.Empty(Store.Search(new SearchQuery("السيسي")).Hits);
        Assert.Single(Store.Search(new SearchQuery("الرباط")).Hits);
        Assert.Null(Store.FindEntity("عبد الفتاح السيسي"));
        // The meeting's edges are gone; the Emirates article's remain.
        Assert.Equal(edgesBefore - 3, Store.Graph(new GraphQuery()).Edges.Sum(e => e.Count));
        var haftar = Store.FindEntity("حفتر")!;
        Assert.Equal(1, haftar.Documents);
    }

    [Theory]
    [InlineData("فايز السراج", new[] { "a1", "b1" })]      // فائز in one article, فايز in the other
    [InlineData("فائز السراج", new[] { "a1", "b1" })]
    [InlineData("الإماراتي", new[] { "b1", "c1" })]          // الإمارات، الإماراتية، والإماراتيين
    [InlineData("حفتر", new[] { "a1", "b1", "c1" })]         // لحفتر, خليفه حفتر
    [InlineData("المصري", new[] { "a1", "c1", "r1" })]        // المصري، المصريين، المصرية
    [InlineData("\"الرئيس المصري\"", new[] { "a1" })]        // a phrase
    [InlineData("الوقود تونس", new[] { "f1" })]
    public void Search_ignores_spelling_variants_clitics_and_endings(string query, string[] expected)
    {
        IngestAll([.. TestCorpus.All()]);
        var result = Store.Search(new SearchQuery(query));
        Assert.Equal(expected.ToHashSet(), Ids(result));
        Assert.Equal(expected.Length, result.Total);
    }

    [Fact]
    public void Search_snippets_mark_the_matched_words_in_the_original_text()
    {
        IngestAll([.. TestCorpus.All()]);
        var hit = Store.Search(new SearchQuery("حفتر")).Hits.Single(h => h.DocumentId == "a1");
        Assert.NotEmpty(hit.Highlights);
        var marked = hit.Highlights.Select(h => hit.Snippet[h.Start..h.End]).ToList();
        Assert.Contains("حفتر", marked);
        Assert.Contains("لحفتر", marked);
    }

    [Fact]
    public void Search_filters_by_entity_type_dates_and_outlet()
    {
        IngestAll([.. TestCorpus.All()]);
        Assert.Equal(["b1", "c1"], Ids(Store.Search(new SearchQuery("حفتر", From: new PartialDate(2019, 4)))).Order());
        Assert.Equal(["a1", "b1"], Ids(Store.Search(new SearchQuery("حفتر", To: new PartialDate(2019)))).Order());
        Assert.Equal(["a1", "c1"], Ids(Store.Search(new SearchQuery("حفتر", Outlet: "الوطن"))).Order());
        Assert.Equal(["b1"], Ids(Store.Search(new SearchQuery("حفتر", Type: "ACCUSE"))));
        Assert.Equal(["a1", "c1", "r1"], Ids(Store.Search(new SearchQuery("", Entity: "Egypt"))).Order());
        Assert.Equal(["a1", "b1"], Ids(Store.Search(new SearchQuery("", Entity: "فايز السراج"))).Order());
        Assert.Empty(Store.Search(new SearchQuery("حفتر", Entity: "كيان غير موجود")).Hits);
        Assert.Throws<ArgumentException>(() => Store.Search(new SearchQuery("حفتر", Type: "WEATHER")));
    }

    [Theory]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("حفتر OR NEAR(\"x\" *) ^ - :")]
    [InlineData("\"\"\"")]
    [InlineData("%_\\")]
    public void Hostile_queries_are_just_text(string query)
    {
        IngestAll(TestCorpus.Meeting());
        Store.Search(new SearchQuery(query));
        Store.FindEntity(query);
        Store.Entities(new EntityListQuery(NameContains: query));
        Assert.Equal(1, Store.Stats().Documents);
    }

    [Fact]
    public void A_cut_and_retitled_copy_joins_the_original_story()
    {
        IngestAll([.. TestCorpus.All()]);
        var copy = Store.Ingest(TestCorpus.Roads("r2", text: TestCorpus.RoadsCopyText(), outlet: "مصراوي"));
        Assert.Equal("r1", copy.DuplicateOf);
        var stats = Store.Stats();
        Assert.Equal(6, stats.Documents);
        Assert.Equal(5, stats.Stories);
        Assert.Equal(1, stats.NearDuplicates);
        var view = Store.GetDocument("r2")!;
        Assert.Equal(["r1", "r2"], view.Story.Select(s => s.DocumentId).Order());
        Assert.Equal(2, Store.Search(new SearchQuery("الصعيد")).Hits[0].StorySize);
        // Articles on other subjects stay apart.
        Assert.Single(Store.GetDocument("f1")!.Story);
    }

    [Fact]
    public void Entities_merge_across_documents_by_kb_id_then_by_name()
    {
        IngestAll([.. TestCorpus.All()]);
        var haftar = Store.FindEntity("Khalifa Haftar")!;
        Assert.Equal(TestCorpus.HaftarKb, haftar.Kb);
        Assert.Equal(3, haftar.Documents);                       // خليفة حفتر (KB), حفتر (KB), خليفه حفتر (no KB: same name)
        Assert.Equal(haftar.Id, Store.FindEntity("خليفه حفتر")!.Id);
        Assert.Equal(haftar.Id, Store.FindEntity(TestCorpus.HaftarKb)!.Id);
        var sarraj = Store.FindEntity("فائز السراج")!;
        Assert.Equal(sarraj.Id, Store.FindEntity("فايز السراج")!.Id);
        Assert.Equal(2, sarraj.Documents);
        Assert.Equal(3, Store.FindEntity("مصر")!.Documents);
        Assert.Equal(3, Store.Entities(new EntityListQuery(Type: "GPE")).Count);  // مصر، الإمارات، تونس
    }

    [Fact]
    public void An_entity_profile_lists_aliases_roles_partners_and_events_over_time()
    {
        IngestAll([.. TestCorpus.All()]);
        var haftar = Store.FindEntity("حفتر")!;
        var p = Store.Profile(haftar.Id)!;
        Assert.Equal("Khalifa Haftar", p.Entity.NameEn);
        Assert.Contains(p.Aliases, a => a.Alias == "خليفة حفتر");
        Assert.Contains(p.Aliases, a => a.Alias == "خليفه حفتر");
        Assert.Contains(p.Aliases, a => a.Alias == "حفتر");
        var egypt = p.Partners.Where(x => x.Entity.NameEn == "Egypt").ToList();
        Assert.Equal(["AID", "COOPERATE", "SUPPORT"], egypt.Select(x => x.Type).Order());
        Assert.All(egypt, x => Assert.Equal("in", x.Direction));
        Assert.Contains(p.Partners, x => x.Type == "AID" && x.Entity.NameEn == "United Arab Emirates");
        Assert.Contains(p.Partners, x => x.Type == "CONSULT" && x.Entity.Name == "عبد الفتاح السيسي" && x.Direction == "out");
        Assert.Equal(["2019-03", "2019-05", "2019-12", "2020-01"], p.EventsOverTime.Select(x => x.Period));
        var sisi = Store.Profile(Store.FindEntity("السيسي")!.Id)!;
        var role = Assert.Single(sisi.Relations);
        Assert.Equal(("ROLE", "الرئيس", "Egypt", "out"), (role.Type, role.Label, role.Other.NameEn, role.Direction));
    }

    [Fact]
    public void Graph_edges_aggregate_count_dates_and_evidence()
    {
        IngestAll([.. TestCorpus.All()]);
        var egypt = Store.FindEntity("مصر")!.Id;
        var haftar = Store.FindEntity("حفتر")!.Id;
        var graph = Store.Graph(new GraphQuery(Entity: haftar));
        var aid = graph.Edges.Single(e => e.Source == egypt && e.Target == haftar && e.Type == "AID");
        Assert.Equal(("event", 1, "2019-03-10", 1), (aid.Kind, aid.Count, aid.First, aid.Polarity));
        var ev = Assert.Single(aid.Evidence);
        Assert.Equal(("a1", "مصادر دبلوماسية", "reported"), (ev.DocumentId, ev.Attribution, ev.Modality));
        Assert.Contains("قدمت دعما عسكريا", ev.Sentence);
        Assert.Contains(graph.Nodes, n => n.Id == egypt);
        Assert.All(graph.Edges, e => Assert.True(e.Source == haftar || e.Target == haftar));
        var dated = Store.Graph(new GraphQuery(From: new PartialDate(2019, 12), To: new PartialDate(2020)));
        Assert.Equal(["COOPERATE", "SUPPORT"], dated.Edges.Select(e => e.Type).Order());
        var roles = Store.Graph(new GraphQuery()).Edges.Single(e => e.Kind == "relation");
        Assert.Equal(("ROLE", 0), (roles.Type, roles.Polarity));
        Assert.Equal(-1, Store.Graph(new GraphQuery(Type: "ACCUSE")).Edges.Single().Polarity);
    }

    [Fact]
    public void A_graph_over_dates_sums_per_date_counts_kept_equal_to_the_evidence_through_ingest_replace_and_growth()
    {
        var sql = (Sql.SqlCorpusStore)Store;
        List<string> Graphs(long entity)
        {
            GraphQuery[] queries =
            [
                new(From: new PartialDate(2019), To: new PartialDate(2019)), new(From: new PartialDate(2019, 12), To: new PartialDate(2020)),
                new(To: new PartialDate(2019, 6)), new(From: new PartialDate(2020)), new(entity, From: new PartialDate(2016), To: new PartialDate(2019)),
                new(Type: "SUPPORT", From: new PartialDate(2010)), new(From: new PartialDate(2010), MinCount: 2),
            ];
            return [.. queries.Select(q => string.Join(" ", Store.Graph(q).Edges.Select(e => $"{e.Source}>{e.Target}:{e.Type}:{e.Count}:{e.First}:{e.Last}")))];
        }
        void SameAsEvidence(long entity)
        {
            sql.CountByDate = false;
            var recounted = Graphs(entity);
            sql.CountByDate = true;
            Assert.Equal(recounted, Graphs(entity));
            Assert.All(recounted.Take(5), g => Assert.NotEmpty(g));
        }
        IngestAll([.. TestCorpus.All()]);
        var haftar = Store.FindEntity("حفتر")!.Id;
        SameAsEvidence(haftar);
        // A second article on the same dates adds to the same per-date rows; replacing it takes them off again.
        var again = new DocBuilder("a2", "قدمت مصر دعما عسكريا لخليفة حفتر.", published: "2019-03-10")
            .Entity("e1", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt").Entity("e2", EntityType.PER, "خليفة حفتر", TestCorpus.HaftarKb)
            .Event(EventType.AID, "قدمت", ["e1"], ["e2"]).Build();
        Store.Ingest(again);
        SameAsEvidence(haftar);
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(new DocBuilder("a2", "لا خبر.", published: "2019-03-10").Build(), replace: true).Status);
        SameAsEvidence(haftar);
        Benchmarking.CorpusGrowth.GrowTo(Store, 3 * Store.Stats().Documents);
        SameAsEvidence(haftar);
    }

    [Fact]
    public void Timelines_order_events_by_date_and_pairs_keep_only_shared_events()
    {
        IngestAll([.. TestCorpus.All()]);
        var haftar = Store.FindEntity("حفتر")!.Id;
        var egypt = Store.FindEntity("مصر")!.Id;
        var all = Store.Timeline(new TimelineQuery([haftar]));
        Assert.Equal(["CONSULT", "AID", "AID", "SUPPORT", "COOPERATE"], all.Select(e => e.Type));
        var pair = Store.Timeline(new TimelineQuery([haftar, egypt]));
        Assert.Equal(["AID", "SUPPORT", "COOPERATE"], pair.Select(e => e.Type));
        Assert.Equal(("2019-12", "month", "2020-01-15"), (pair[1].Date, pair[1].DatePrecision, pair[1].Published));
        Assert.Equal("Egypt", pair[0].Sources.Single().NameEn);
        Assert.Equal("مصادر دبلوماسية", pair[0].Attribution);
        var meeting = all[0];
        Assert.Equal("القاهرة", meeting.Location?.Name);

        // An event with no date in an article with no publication date comes last on every backend.
        Store.Ingest(new DocBuilder("u1", "ودعمت مصر خليفة حفتر مرة أخرى.")
            .Entity("e1", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt").Entity("e2", EntityType.PER, "خليفة حفتر", TestCorpus.HaftarKb)
            .Event(EventType.SUPPORT, "دعمت", ["e1"], ["e2"]).Build());
        var withUndated = Store.Timeline(new TimelineQuery([haftar, egypt]));
        Assert.Equal(("u1", null, null), (withUndated[^1].DocumentId, withUndated[^1].Date, withUndated[^1].Published));
        Assert.Equal("u1", Store.Search(new SearchQuery("", Entity: "مصر")).Hits[^1].DocumentId);

        // An actor on both sides of an event, or twice on one side, still lists the event once; a date window keeps dated events only.
        Store.Ingest(new DocBuilder("s1", "اتهم حفتر حفتر نفسه بالتقصير.", published: "2022-02-02").Entity("e1", EntityType.PER, "حفتر", TestCorpus.HaftarKb)
            .Event(EventType.ACCUSE, "اتهم", ["e1", "e1"], ["e1"]).Build());
        var again = Store.Timeline(new TimelineQuery([haftar]));
        Assert.Equal(all.Count + 2, again.Count);
        Assert.Equal(["s1", "u1"], again.TakeLast(2).Select(e => e.DocumentId));
        Assert.Equal(["s1"], Store.Timeline(new TimelineQuery([haftar], From: new PartialDate(2022))).Select(e => e.DocumentId));
        Assert.Equal(["AID", "SUPPORT"], Store.Timeline(new TimelineQuery([haftar, egypt], Limit: 2)).Select(e => e.Type));
        // The first events of a page named more than once: the page still holds as many events as asked for.
        Store.Ingest(new DocBuilder("s0", "اتهم حفتر حفتر نفسه بالتقصير.", published: "2000-01-01").Entity("e1", EntityType.PER, "حفتر", TestCorpus.HaftarKb)
            .Event(EventType.ACCUSE, "اتهم", ["e1", "e1"], ["e1"]).Build());
        var whole = Store.Timeline(new TimelineQuery([haftar]));
        Assert.Equal("s0", whole[0].DocumentId);
        Assert.Equal(whole.Take(2).Select(e => e.Id), Store.Timeline(new TimelineQuery([haftar], Limit: 2)).Select(e => e.Id));
    }

    [Fact]
    public void A_pairs_timeline_read_from_its_index_or_walked_through_one_entity_is_the_one_intersected()
    {
        IngestAll([.. TestCorpus.All()]);
        Store.Ingest(new DocBuilder("u1", "ودعمت مصر خليفة حفتر مرة أخرى.")
            .Entity("e1", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt").Entity("e2", EntityType.PER, "خليفة حفتر", TestCorpus.HaftarKb)
            .Event(EventType.SUPPORT, "دعمت", ["e1"], ["e2"]).Build());
        var haftar = Store.FindEntity("حفتر")!.Id;
        var egypt = Store.FindEntity("مصر")!.Id;
        TimelineQuery[] queries = [new([haftar, egypt]), new([egypt, haftar], Limit: 2), new([haftar, egypt], From: new PartialDate(2019, 12))];
        var sql = (Sql.SqlCorpusStore)Store;
        List<List<(long Id, string DocumentId)>> Ways()
        {
            List<List<(long Id, string DocumentId)>> Read() => [.. queries.Select(q => Store.Timeline(q).Select(e => (e.Id, e.DocumentId)).ToList())];
            sql.PairTable = false;
            sql.MaxPairWalk = 0; // never walked: intersected
            var intersected = Read();
            sql.MaxPairWalk = int.MaxValue; // walked as soon as the sample holds one shared event
            Assert.Equal(intersected, Read());
            sql.PairTable = true;
            Assert.Equal(intersected, Read());
            return intersected;
        }
        var pairs = Ways();
        Assert.Equal(4, pairs[0].Count);
        Assert.Equal("u1", pairs[0][^1].DocumentId); // the undated event last
        // The pairs follow a replaced document and copies of the corpus.
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(new DocBuilder("u1", "لا خبر.").Build(), replace: true).Status);
        Assert.Equal(3, Ways()[0].Count);
        Benchmarking.CorpusGrowth.GrowTo(Store, 3 * Store.Stats().Documents);
        Assert.Equal(9, Ways()[0].Count);
    }

    [Fact]
    public void A_stored_document_gives_back_the_extraction_contract()
    {
        var original = TestCorpus.Meeting();
        Store.Ingest(original);
        var view = Store.GetDocument("a1")!;
        Assert.Equal(original.Text, view.Text);
        Assert.All(view.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(original.Text[m.Start..m.End], m.Text));
        Assert.Equal(ExtractionJsonWriter.ToJson(original), ExtractionJsonWriter.ToJson(ContractDocument.From(view)));
        Assert.Null(Store.GetDocument("nope"));
    }

    [Fact]
    public void Stats_count_what_was_stored()
    {
        IngestAll([.. TestCorpus.All()]);
        var s = Store.Stats();
        Assert.Equal((5, 5, 0), (s.Documents, s.Stories, s.NearDuplicates));
        Assert.Equal(6, s.Events);
        Assert.Equal(1, s.Relations);
        Assert.Equal(7, s.Entities); // حفتر، السيسي، مصر، السراج، القاهرة، الإمارات، تونس
        Assert.True(s.SizeBytes > 0);
        var json = JsonSerializer.Serialize(s, StoreJson.Options);
        Assert.Contains("\"near_duplicates\":0", json);
    }

    [Fact]
    public void Seeds_ingested_twice_with_a_near_copy_make_five_stories_searchable_in_any_spelling()
    {
        foreach (var d in SeedCorpus.Processed) Store.Ingest(d);
        Assert.All(SeedCorpus.Processed.Select(d => Store.Ingest(d)), r => Assert.Equal(IngestStatus.Unchanged, r.Status));
        var copy = Store.Ingest(SeedCorpus.NearCopy(1));
        Assert.Equal(SeedCorpus.Processed[1].Id, copy.DuplicateOf);
        var stats = Store.Stats();
        Assert.Equal((6, 5), (stats.Documents, stats.Stories));
        Assert.True(stats.NearDuplicates >= 1);
        // One article spells the name فائز, another فايز: either spelling finds both.
        var withHamza = SeedCorpus.Processed.Where(d => d.Text.Contains("فائز السراج")).Select(d => d.Id).ToHashSet();
        var withYa = SeedCorpus.Processed.Where(d => d.Text.Contains("فايز السراج")).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(withHamza);
        Assert.NotEmpty(withYa);
        Assert.Superset(withHamza.Union(withYa).ToHashSet(), Ids(Store.Search(new SearchQuery("فايز السراج"))));
        Assert.Superset(withHamza.Union(withYa).ToHashSet(), Ids(Store.Search(new SearchQuery("فائز السراج"))));
        Assert.True(Store.Search(new SearchQuery("الإماراتي")).Total >= 3);
        // Khalifa Haftar, merged across the articles: his spellings and Egypt among his partners.
        var haftar = Store.Profile(Store.FindEntity("خليفة حفتر")!.Id)!;
        Assert.True(haftar.Entity.Documents >= 4);
        Assert.Contains(haftar.Aliases, a => a.Alias == "حفتر");
        Assert.Contains(haftar.Aliases, a => a.Alias == "خليفة حفتر");
        Assert.Contains(haftar.Partners, p => p.Kind == "event" && p.Entity.NameEn == "Egypt");
    }

    [Fact]
    public void GraphML_and_GEXF_are_XML_holding_the_network()
    {
        IngestAll([.. TestCorpus.All()]);
        var graph = Store.Graph(new GraphQuery(EvidencePerEdge: 0));
        var ms = new MemoryStream();
        GraphExport.WriteGraphMl(ms, graph);
        var graphml = XDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(graph.Nodes.Count, graphml.Descendants(g + "node").Count());
        Assert.Equal(graph.Edges.Count, graphml.Descendants(g + "edge").Count());
        Assert.Contains(graphml.Descendants(g + "data"), d => (string?)d.Attribute("key") == "label" && d.Value == "خليفة حفتر");
        var keys = graphml.Descendants(g + "key").Select(k => (string?)k.Attribute("id")).ToHashSet();
        Assert.All(graphml.Descendants(g + "data"), d => Assert.Contains((string?)d.Attribute("key"), keys));
        var nodeIds = graphml.Descendants(g + "node").Select(n => (string?)n.Attribute("id")).ToHashSet();
        Assert.All(graphml.Descendants(g + "edge"), e => Assert.Contains((string?)e.Attribute("source"), nodeIds));

        ms = new MemoryStream();
        GraphExport.WriteGexf(ms, graph);
        var gexf = XDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        XNamespace x = "http://gexf.net/1.3";
        Assert.Equal(graph.Nodes.Count, gexf.Descendants(x + "node").Count());
        var aid = gexf.Descendants(x + "edge").Where(e => (string?)e.Attribute("label") == "AID").ToList();
        Assert.Equal(2, aid.Count);
        Assert.All(aid, e => Assert.Equal("1", (string?)e.Attribute("weight")));
        var egypt = gexf.Descendants(x + "node").Single(n => (string?)n.Attribute("label") == "مصر");
        Assert.Contains(egypt.Descendants(x + "attvalue"), v => (string?)v.Attribute("value") == "Egypt");
    }

    private CorpusExporter Exporter() => new(Store, new ActorCoder(TestPipeline.Resources.KnowledgeBase, TestTables.Value.Geo, TestTables.Value.ActorSectors), TestTables.Value.CameoScale);

    private string Export(string format, ExportFilter? filter = null, ExportOptions? options = null)
    {
        var ms = new MemoryStream();
        Exporter().Write(ms, format, filter ?? new ExportFilter(), options, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>A short report of an attack with casualties, written for these tests.</summary>
    private static Document Attack() => new DocBuilder("k1",
            "قتل سبعة مدنيين وأصيب عشرة آخرون في هجوم شنه مسلحون على سوق في بنغازي يوم 2019-06-04.",
            published: "2019-06-05", outlet: "Libya Observer (libyaobserver.ly)")
        .Entity("e1", EntityType.ORG, "مسلحون", null, "gunmen")
        .Entity("e2", EntityType.LOC, "بنغازي", "Q40816", "Benghazi")
        .Event(EventType.ASSAULT, "هجوم", ["e1"], [], date: "2019-06-04", location: "e2", cameo: "190",
            quantities: [("سبعة", 7, "killed"), ("عشرة", 10, "wounded")])
        .Event(EventType.REQUEST, "أصيب", [], [], cameo: "100")
        .Build();

    /// <summary>Parses CSV with .NET's own RFC 4180 reader (independent of the writer).</summary>
    private static List<string[]> ReadCsv(string text)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    [Fact]
    public void ACLED_export_has_the_codebook_columns_and_codes()
    {
        IngestAll([.. TestCorpus.All(), Attack()]);
        var text = Export("acled", options: new ExportOptions(Bom: true));
        Assert.Equal('\uFEFF', text[0]);
        var rows = ReadCsv(text[1..]);
        string[] codebook =
        [
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
            "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        ];
        Assert.Equal(codebook, rows[0]);
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal(31, r.Length));
        var col = codebook.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var consult = rows.Single(r => r[col["tags"]].Contains("plover=CONSULT"));
        Assert.Equal(("2019-03-09", "2019", "1", "Khalifa Haftar", "Abdel Fattah el-Sisi"),
            (consult[col["event_date"]], consult[col["year"]], consult[col["time_precision"]], consult[col["actor1"]], consult[col["actor2"]]));
        Assert.Equal(("Egypt", "818", "Cairo", "1"), (consult[col["country"]], consult[col["iso"]], consult[col["location"]], consult[col["geo_precision"]]));
        Assert.Equal(30.06, double.Parse(consult[col["latitude"]], System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.StartsWith("EGY", consult[col["event_id_cnty"]]);
        var aid = rows.Single(r => r[col["tags"]].Contains("plover=AID") && r[col["tags"]].Contains("document=a1"));
        Assert.Equal(("2019-03-10", "2"), (aid[col["event_date"]], aid[col["time_precision"]]));   // publication date only
        Assert.Contains("according_to=مصادر دبلوماسية", aid[col["tags"]]);
        var attack = rows.Single(r => r[col["tags"]].Contains("plover=ASSAULT"));
        Assert.Equal(("Political violence", "Violence against civilians", "Attack", "7"),
            (attack[col["disorder_type"]], attack[col["event_type"]], attack[col["sub_event_type"]], attack[col["fatalities"]]));
        Assert.Equal(("Libya", "Benghazi", "1767323045"), (attack[col["country"]], attack[col["location"]], attack[col["timestamp"]]));
        Assert.Equal("Libya Observer (libyaobserver.ly)", attack[col["source"]]);
    }

    [Fact]
    public void GDELT_export_has_58_tab_separated_fields_and_codes_from_the_CAMEO_code()
    {
        IngestAll([.. TestCorpus.All(), Attack()]);
        var text = Export("gdelt");
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(58, r.Length));
        Assert.DoesNotContain(rows, r => r[0] == "GLOBALEVENTID");
        Assert.Equal(GdeltExport.Columns, Export("gdelt", options: new ExportOptions(Header: true)).Split('\n')[0].Split('\t'));
        int F(string name) => Array.IndexOf(GdeltExport.Columns, name);
        var consult = rows.Single(r => r[F("EventCode")] == "04");
        Assert.Equal(("20190309", "201903", "2019", "1", "1.0"), (consult[F("SQLDATE")], consult[F("MonthYear")], consult[F("Year")], consult[F("QuadClass")], consult[F("GoldsteinScale")]));
        Assert.Equal(("ABDEL FATTAH EL-SISI", "EG", "Q85", "Cairo, Cairo, Egypt"),
            (consult[F("Actor2Name")], consult[F("ActionGeo_CountryCode")], consult[F("ActionGeo_FeatureID")], consult[F("ActionGeo_FullName")]));
        var aid = rows.First(r => r[F("EventRootCode")] == "07" && r[F("Actor1Name")] == "EGYPT");
        Assert.Equal(("EGY", "EGY", "1", "27"), (aid[F("Actor1Code")], aid[F("Actor1CountryCode")], aid[F("Actor1Geo_Type")], aid[F("Actor1Geo_Lat")]));
        Assert.Equal("20260102", consult[F("DATEADDED")]);
        var demand = rows.Single(r => r[F("EventCode")] == "100");
        Assert.Equal(("3", "-5.0", "10", "100"), (demand[F("QuadClass")], demand[F("GoldsteinScale")], demand[F("EventRootCode")], demand[F("EventBaseCode")]));
        var attack = rows.Single(r => r[F("EventCode")] == "190");
        Assert.Equal(("4", "-10.0", "1", "1"), (attack[F("QuadClass")], attack[F("GoldsteinScale")], attack[F("NumArticles")], attack[F("NumSources")]));
    }

    [Fact]
    public void GEXF_is_dynamic_with_dated_edges_and_no_attribute_clash()
    {
        IngestAll([.. TestCorpus.All()]);
        var xml = Export("gexf");
        var gexf = XDocument.Parse(xml);
        XNamespace x = "http://gexf.net/1.3";
        var graph = gexf.Descendants(x + "graph").Single();
        Assert.Equal(("dynamic", "date"), ((string?)graph.Attribute("mode"), (string?)graph.Attribute("timeformat")));
        var titles = gexf.Descendants(x + "attribute").Where(a => (string?)a.Parent!.Attribute("class") == "edge").Select(a => (string?)a.Attribute("title")).ToList();
        Assert.DoesNotContain("kind", titles);
        var consult = gexf.Descendants(x + "edge").Single(e => (string?)e.Attribute("kind") == "CONSULT");
        Assert.Equal(("2019-03-09", "2019-03-09"), ((string?)consult.Attribute("start"), (string?)consult.Attribute("end")));
        var haftar = gexf.Descendants(x + "node").Single(n => (string?)n.Attribute("label") == "خليفة حفتر");
        Assert.NotNull(haftar.Attribute("start"));
        // a real consumer: networkx reads the file as a dynamic multigraph
        var file = Path.Combine(Path.GetTempPath(), $"marsad-{Guid.NewGuid():N}.gexf");
        File.WriteAllText(file, xml);
        try
        {
            var (code, output) = RunPython("import networkx as nx,sys; g=nx.read_gexf(sys.argv[1]); print(g.number_of_edges(), g.graph.get('mode'))", file);
            if (code != 127) Assert.Equal($"{gexf.Descendants(x + "edge").Count()} dynamic", output.Trim());
        }
        finally { File.Delete(file); }
    }

    /// <summary>Runs python3 when the machine has it with networkx; 127 when it does not.</summary>
    private static (int Code, string Output) RunPython(string script, string arg)
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add("-c"); psi.ArgumentList.Add("import networkx"); 
            using (var probe = System.Diagnostics.Process.Start(psi)!) { probe.WaitForExit(); if (probe.ExitCode != 0) return (127, ""); }
            psi.ArgumentList.Clear(); psi.ArgumentList.Add("-c"); psi.ArgumentList.Add(script); psi.ArgumentList.Add(arg);
            using var p = System.Diagnostics.Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            var error = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, output + error);
        }
        catch (System.ComponentModel.Win32Exception) { return (127, ""); }
    }

    [Fact]
    public void Every_export_honours_its_filters_or_refuses_them()
    {
        IngestAll([.. TestCorpus.All(), Attack()]);
        var haftar = Store.FindEntity("حفتر")!.Id;
        var jsonl = Export("jsonl", new ExportFilter(Entity: haftar)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["a1", "b1", "c1"], jsonl.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).Order().ToArray());
        var byOutlet = Export("jsonl", new ExportFilter(Outlet: "libya observer")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(byOutlet);
        var acled = ReadCsv(Export("acled", new ExportFilter(Type: "assault", From: new PartialDate(2019, 6))));
        Assert.Equal(2, acled.Count);
        Assert.Empty(ReadCsv(Export("acled", new ExportFilter(To: new PartialDate(2018)))).Skip(1));
        Assert.Throws<ExportRefusedException>(() => Export("gexf", new ExportFilter(Outlet: "x")));
        Assert.Throws<ExportRefusedException>(() => Export("gdelt", options: new ExportOptions(Bom: true)));
    }
}
