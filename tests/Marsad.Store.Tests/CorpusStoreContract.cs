using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Store.Export;

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
        Assert.True(Store.IsStored("a1", TestCorpus.Meeting().Text));
        Assert.False(Store.IsStored("a1", "نص آخر"));
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

    [Fact]
    public void Event_tables_have_one_row_per_event_or_dyad()
    {
        IngestAll([.. TestCorpus.All()]);
        var events = Store.Timeline(new TimelineQuery([]));
        Assert.Equal(6, events.Count);
        var csv = new StringWriter();
        EventExport.WriteCsv(csv, events);
        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", EventExport.CsvColumns), lines[0]);
        Assert.Equal(7, lines.Length);
        var aid = lines.Single(l => l.Contains("مصادر دبلوماسية"));
        Assert.StartsWith(",2019-03-10,published,AID,military,مصر,خليفة حفتر,", aid[aid.IndexOf(',')..]);
        var cameo = new StringWriter();
        EventExport.WriteCameo(cameo, events);
        var rows = cameo.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Split('\t')).ToList();
        Assert.All(rows, r => Assert.Equal(EventExport.CameoColumns.Length, r.Length));
        var consult = rows.Single(r => r[10] == "04");
        Assert.Equal(("20190309", "Khalifa Haftar", "Abdel Fattah el-Sisi", "1"), (consult[1], consult[4], consult[7], consult[13]));
    }
}
