using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Marsad.Core.Contract;
using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Knowledge;
using Marsad.Knowledge.Geo;
using Marsad.Linking;
using Marsad.Text.Names;
using Marsad.Store.Export;
using Marsad.Tests.Shared;

namespace Marsad.Store.Tests;

/// <summary>Generic actors in the store (DESIGN.md, "Generic actors"), on both backends.</summary>
public abstract partial class CorpusStoreContract
{
    /// <summary>Runs SQL on a database named by <see cref="NewDatabase"/> without Marsad (to build an old one).</summary>
    protected abstract void ExecuteSql(string database, string sql);

    /// <summary>This backend's schema migrations.</summary>
    internal abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>Two short reports written for these tests, with police, security forces, gunmen and protesters.</summary>
    private static readonly string[] s_genericReports =
    [
        """{"id":"gx1","published":"2021-03-02","outlet":"الوطن","text":"هاجم مسلحون مجهولون دورية للشرطة المصرية في شمال سيناء أمس، وقتل ثلاثة جنود مصريين. وتظاهر مئات المحتجين في القاهرة احتجاجا على الهجوم."}""",
        """{"id":"gx2","published":"2021-03-05","outlet":"المرصد","text":"اعتقلت قوات الأمن المصرية عشرة متظاهرين في الإسكندرية. وقال مصدر أمني إن الشرطة المصرية ألقت القبض على مسلحين في سيناء."}""",
    ];

    private static List<Document> ExtractGenericReports() =>
        s_genericReports.Select(line =>
        {
            var j = JsonDocument.Parse(line).RootElement;
            var doc = new Document(j.GetProperty("id").GetString()!, j.GetProperty("text").GetString()!)
            {
                Outlet = j.GetProperty("outlet").GetString(),
                Published = PartialDate.TryParse(j.GetProperty("published").GetString(), out var p) ? p : null,
            };
            return TestPipeline.Pipeline.Process(doc);
        }).ToList();

    [Fact]
    public void Extracted_generic_actors_survive_ingest_grouped_by_type_sector_and_affiliation()
    {
        var docs = ExtractGenericReports();
        IngestAll([.. docs]);
        var all = Store.Entities(new EntityListQuery(Limit: 1000));
        var egypt = all.Single(e => e.Kb == TestCorpus.EgyptKb);
        Assert.Equal((EntityKinds.Named, null), (egypt.Kind, egypt.Sector));
        // الشرطة المصرية (both reports) and قوات الأمن المصرية: one Egyptian police actor, never Egypt itself
        var police = all.Single(e => e is { Kind: EntityKinds.Generic, Sector: "COP", Type: "ORG" });
        Assert.Equal((egypt.Id, 2), (police.Affiliation?.Id, police.Documents));
        Assert.Equal("police (Egypt)", police.NameEn);
        var aliases = Store.Profile(police.Id)!.Aliases.Select(a => a.Alias).ToList();
        Assert.Contains("الشرطة المصرية", aliases);
        Assert.Contains("قوات الأمن المصرية", aliases);
        // مسلحون مجهولون and مسلحين: unaffiliated gunmen of both reports, one actor
        var gunmen = all.Single(e => e is { Kind: EntityKinds.Generic, Sector: "UAF" });
        Assert.Equal((null, 2), (gunmen.Affiliation, gunmen.Documents));
        Assert.DoesNotContain(all, e => e.Kind == EntityKinds.Generic && e.Kb is not null);

        // every stored document gives back what extraction wrote, kind, sector and affiliation included
        foreach (var d in docs)
            Assert.Equal(ExtractionJsonWriter.ToJson(d), ExtractionJsonWriter.ToJson(ContractDocument.From(Store.GetDocument(d.Id)!)));
        var line = Export("jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Single(l => l.Contains("\"gx2\""));
        var exported = JsonDocument.Parse(line).RootElement.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "قوات الأمن المصرية");
        var egyptLocal = JsonDocument.Parse(line).RootElement.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "مصر").GetProperty("id").GetString();
        Assert.Equal(("generic", "COP", egyptLocal), (exported.GetProperty("kind").GetString(), exported.GetProperty("sector").GetString(),
            exported.GetProperty("affiliation").GetString()));

        // events with an Egyptian police actor are coded EGYCOP in GDELT, state forces in ACLED
        int F(string name) => Array.IndexOf(GdeltExport.Columns, name);
        var gdelt = Export("gdelt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        var coded = gdelt.Where(r => r[F("Actor1Name")] == "POLICE (EGYPT)").ToList();
        Assert.NotEmpty(coded);
        Assert.All(coded, r => Assert.Equal(("EGYCOP", "EGY", "COP"), (r[F("Actor1Code")], r[F("Actor1CountryCode")], r[F("Actor1Type1Code")])));
        var acled = ReadCsv(Export("acled"));
        int C(string name) => Array.IndexOf(AcledExport.Columns, name);
        var byPolice = acled.Skip(1).Where(r => r[C("actor1")] == "Police Forces of Egypt").ToList();
        Assert.NotEmpty(byPolice);
        Assert.All(byPolice, r => Assert.Equal("1", r[C("inter1")]));
        Assert.All(byPolice, r => Assert.Contains("actor1_sector=COP", r[C("tags")]));
    }

    /// <summary>Two hand-built reports with Egypt, a named army and generic actors, one of them affiliated to Egypt.</summary>
    private static Document WithGenerics(string id, string text, string soldiers, string gunmen, string published = "2021-03-02") =>
        new DocBuilder(id, text, published: published, outlet: "الوطن")
            .Entity("e1", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt", "مصر")
            .Entity("e2", EntityType.ORG, "الجيش", null, "army")
            .Generic("e3", EntityType.PER, soldiers, "MIL", "e1", "soldiers (Egypt)")
            .Generic("e4", EntityType.PER, gunmen, "UAF", null, "gunmen")
            .Event(EventType.ASSAULT, "هاجم", ["e4"], ["e3"], cameo: "190", quantities: [("اثنين", 2, "killed")])
            .Build();

    private static Document[] SoldierReports() =>
    [
        WithGenerics("g1", "في مصر هاجم مسلحون جنودا مصريين وقتلوا اثنين، وقال الجيش إن الوضع هادئ.", "جنودا مصريين", "مسلحون"),
        WithGenerics("g2", "في مصر هاجم مسلحون مجهولون الجنود المصريين وقتلوا اثنين، وقال الجيش إنه يلاحقهم.", "الجنود المصريين", "مسلحون مجهولون", "2021-03-04"),
    ];

    private void IngestSoldierReports() => IngestAll(SoldierReports());

    [Fact]
    public void A_generic_actor_has_the_same_name_whatever_the_order_of_ingest()
    {
        IngestAll(SoldierReports());
        using var reversed = CreateStore();
        foreach (var d in SoldierReports().Reverse()) reversed.Ingest(d);
        static (string, string?, string, string?) Names(ICorpusStore s)
        {
            var g = s.Entities(new EntityListQuery(Kind: "generic")).OrderBy(e => e.Sector).ToList();
            return (g[0].Name, g[0].NameEn, g[1].Name, g[1].NameEn);
        }
        Assert.Equal(("الجنود المصريين", "soldiers (Egypt)", "مسلحون", "gunmen"), Names(Store));
        Assert.Equal(Names(Store), Names(reversed));
    }

    [Fact]
    public void Generic_actors_are_never_merged_into_a_named_entity_of_the_same_name()
    {
        IngestSoldierReports();
        // a later report names "مسلحون" as if it were a name: it stays apart from the generic gunmen
        Store.Ingest(new DocBuilder("g3", "أعلن تنظيم مسلحون مسؤوليته عن الهجوم.", published: "2021-03-06")
            .Entity("e1", EntityType.ORG, "مسلحون", null, "Musallahun").Build());
        var all = Store.Entities(new EntityListQuery(Limit: 1000));
        var gunmen = all.Where(e => e.Kind == EntityKinds.Generic && e.Sector == "UAF").ToList();
        Assert.Equal(2, Assert.Single(gunmen).Documents);
        var named = all.Single(e => e.Kind == EntityKinds.Named && e.Name == "مسلحون");
        Assert.Equal(1, named.Documents);
        var generic = Store.Entities(new EntityListQuery(Kind: "generic"));
        Assert.Equal(all.Where(e => e.Kind == EntityKinds.Generic).Select(e => e.Id).Order(), generic.Select(e => e.Id).Order());
        Assert.Equal(2, Store.CountEntities(new EntityListQuery(Kind: "generic")));
        Assert.Equal(all.Count - 2, Store.CountEntities(new EntityListQuery(Kind: "named")));
        Assert.Throws<ArgumentException>(() => Store.Entities(new EntityListQuery(Kind: "anonymous")));
        var soldiers = all.Single(e => e.Sector == "MIL");
        Assert.Equal((EntityKinds.Generic, "مصر", "Egypt", 2), (soldiers.Kind, soldiers.Affiliation?.Name, soldiers.Affiliation?.NameEn, soldiers.Documents));
        Assert.DoesNotContain(all, e => e.Kind == EntityKinds.Named && e.Name == "الجيش" && e.Sector is not null);
        // found by any of its spellings; its profile says what it is and whom it belongs to
        var found = Store.FindEntity("الجنود المصريين")!;
        Assert.Equal(soldiers.Id, found.Id);
        var profile = Store.Profile(soldiers.Id)!;
        Assert.Equal(("MIL", TestCorpus.EgyptKb), (profile.Entity.Sector, profile.Entity.Affiliation?.Kb));
        Assert.Contains(profile.Partners, p => p.Type == "ASSAULT" && p.Direction == "in" && p.Entity.Kind == EntityKinds.Generic && p.Entity.Sector == "UAF");
        var json = JsonSerializer.Serialize(profile.Entity, StoreJson.Options);
        Assert.Contains("\"kind\":\"generic\"", json);
        Assert.Contains("\"sector\":\"MIL\"", json);
    }

    [Fact]
    public void Removing_the_last_document_of_a_generic_actor_removes_it()
    {
        IngestSoldierReports();
        Store.Ingest(new DocBuilder("g1", "عقد مؤتمر في القاهرة.", published: "2021-03-02").Entity("e1", EntityType.LOC, "القاهرة", "Q85", "Cairo").Build(), replace: true);
        var soldiers = Store.Entities(new EntityListQuery(Limit: 1000)).Single(e => e.Sector == "MIL");
        Assert.Equal(1, soldiers.Documents);
        Assert.DoesNotContain(Store.Profile(soldiers.Id)!.Aliases, a => a.Alias == "جنودا مصريين");
        Store.Ingest(new DocBuilder("g2", "عقد مؤتمر آخر في القاهرة.", published: "2021-03-04").Entity("e1", EntityType.LOC, "القاهرة", "Q85", "Cairo").Build(), replace: true);
        Assert.DoesNotContain(Store.Entities(new EntityListQuery(Limit: 1000)), e => e.Kind == EntityKinds.Generic);
    }

    [Fact]
    public void Exports_code_generic_actors_by_sector_and_affiliation()
    {
        IngestSoldierReports();
        int F(string name) => Array.IndexOf(GdeltExport.Columns, name);
        var gdelt = Export("gdelt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(2, gdelt.Count);
        Assert.All(gdelt, r => Assert.Equal(58, r.Length));
        Assert.All(gdelt, r => Assert.Equal(("UAF", "GUNMEN", "", "UAF"), (r[F("Actor1Code")], r[F("Actor1Name")], r[F("Actor1CountryCode")], r[F("Actor1Type1Code")])));
        Assert.All(gdelt, r => Assert.Equal(("EGYMIL", "SOLDIERS (EGYPT)", "EGY", "MIL"), (r[F("Actor2Code")], r[F("Actor2Name")], r[F("Actor2CountryCode")], r[F("Actor2Type1Code")])));
        Assert.All(gdelt, r => Assert.Equal(("1", "EG"), (r[F("Actor2Geo_Type")], r[F("Actor2Geo_CountryCode")])));

        // without a sector of their own, Egyptian sources act for Egypt
        var sources = new DocBuilder("g9", "قالت مصادر مصرية إن مصر اتهمت المسلحين بالهجوم.", published: "2021-03-08")
            .Entity("e1", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt")
            .Generic("e2", EntityType.PER, "مصادر مصرية", null, "e1", "sources (Egypt)")
            .Event(EventType.ACCUSE, "اتهمت", ["e2"], [], cameo: "112").Build();
        var coder = new ActorCoder(TestPipeline.Resources.KnowledgeBase, TestTables.Value.Geo, TestTables.Value.ActorSectors);
        var sourcesRef = new EntityRef(1, "مصادر مصرية", "sources (Egypt)", "PER", null)
            { Kind = EntityKinds.Generic, Affiliation = new EntityRef(2, "مصر", "Egypt", "GPE", TestCorpus.EgyptKb) };
        Assert.Equal(("EGY", 1), (coder.Code(sourcesRef).Cameo, coder.Code(sourcesRef).Inter));
        Store.Ingest(sources);
        var accuse = Export("gdelt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).Single(r => r[F("EventCode")] == "112");
        Assert.Equal(("EGY", "EGY", ""), (accuse[F("Actor1Code")], accuse[F("Actor1CountryCode")], accuse[F("Actor1Type1Code")]));

        var acled = ReadCsv(Export("acled", new ExportFilter(Type: "ASSAULT")));
        int C(string name) => Array.IndexOf(AcledExport.Columns, name);
        Assert.Equal(3, acled.Count);
        foreach (var r in acled.Skip(1))
        {
            Assert.Equal(("Unidentified Armed Group", "3", "Military Forces of Egypt", "1", "13"),
                (r[C("actor1")], r[C("inter1")], r[C("actor2")], r[C("inter2")], r[C("interaction")]));
            Assert.Equal(("Political violence", "Battles", "Egypt", "2"), (r[C("disorder_type")], r[C("event_type")], r[C("country")], r[C("fatalities")]));
            Assert.Contains("actor1_sector=UAF", r[C("tags")]);
            Assert.Contains("actor2_sector=MIL; actor2_affiliation=Egypt", r[C("tags")]);
        }

        var gexf = XDocument.Parse(Export("gexf"));
        XNamespace x = "http://gexf.net/1.3";
        var titles = gexf.Descendants(x + "attribute").Where(a => (string?)a.Parent!.Attribute("class") == "node")
            .ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("id")!);
        string? Att(XElement node, string title) =>
            (string?)node.Descendants(x + "attvalue").SingleOrDefault(v => (string?)v.Attribute("for") == titles[title])?.Attribute("value");
        // named by the first of its names in ordinal order, whichever report came first
        var node = gexf.Descendants(x + "node").Single(n => (string?)n.Attribute("label") == "الجنود المصريين");
        Assert.Equal(("generic", "MIL", "Egypt"), (Att(node, "kind"), Att(node, "sector"), Att(node, "affiliation")));
        var gunmenNode = gexf.Descendants(x + "node").Single(n => (string?)n.Attribute("label") == "مسلحون");
        Assert.Equal(("generic", "UAF", null), (Att(gunmenNode, "kind"), Att(gunmenNode, "sector"), Att(gunmenNode, "affiliation")));

        var graphml = XDocument.Parse(Export("graphml"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var soldiers = graphml.Descendants(g + "node").Single(n => n.Elements(g + "data").Any(d => (string?)d.Attribute("key") == "label" && d.Value == "الجنود المصريين"));
        Assert.Equal("Egypt", soldiers.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "affiliation").Value);
    }

    /// <summary>
    /// A database written by Marsad before the exact-word index and generic actors (schema 1): one article with
    /// Egypt, Haftar and an AID event, rows as that version stored them. Opening it upgrades it in place.
    /// </summary>
    [Fact]
    public void A_schema_1_database_is_upgraded_in_place_and_keeps_its_corpus()
    {
        var db = NewDatabase();
        const string text = "قدمت مصر دعما عسكريا لخليفة حفتر في ليبيا.";
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        string egyptKey = EntityResolver.Key(EntityType.GPE, "مصر"), haftarKey = EntityResolver.Key(EntityType.PER, "خليفة حفتر");
        string Doc(string alias = "d") => $"(SELECT {alias}.id FROM documents {alias} WHERE {alias}.doc_id = 'old1')";
        ExecuteSql(db, Migrations[0]);
        ExecuteSql(db, $"""
            CREATE TABLE marsad_schema(version INTEGER NOT NULL);
            INSERT INTO marsad_schema(version) VALUES (1);
            INSERT INTO documents(doc_id, content_hash, published, published_start, outlet, text, story, shingles, ingested_at)
              VALUES ('old1', '{SqlCorpusStoreHash(text)}', '2019-03-10', '2019-03-10', 'الوطن', '{text}', 0, 0, '2019-03-11T00:00:00Z');
            UPDATE documents SET story = id WHERE doc_id = 'old1';
            INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key, documents, mentions)
              VALUES ('{TestCorpus.EgyptKb}', 'GPE', 'مصر', 'Egypt', '{egyptKey}', '{EntityResolver.BlockingKey(EntityType.GPE, "مصر")}', 1, 1);
            INSERT INTO entities(kb, type, name, name_en, name_key, blocking_key, documents, mentions)
              VALUES ('{TestCorpus.HaftarKb}', 'PER', 'خليفة حفتر', 'Khalifa Haftar', '{haftarKey}', '{EntityResolver.BlockingKey(EntityType.PER, "خليفة حفتر")}', 1, 1);
            INSERT INTO entity_aliases(entity_id, alias, alias_key, count) SELECT id, name, CASE WHEN type = 'GPE' THEN '{NameKeys.Normal("مصر")}' ELSE '{NameKeys.Normal("خليفة حفتر")}' END, 1 FROM entities;
            INSERT INTO doc_entities(doc, local_id, entity_id, name, name_en, kb, type)
              SELECT {Doc()}, CASE WHEN n.kb = '{TestCorpus.EgyptKb}' THEN 'e1' ELSE 'e2' END, n.id, n.name, n.name_en, n.kb, n.type FROM entities n;
            INSERT INTO mentions(doc, local_id, start_offset, end_offset, text, nisba) VALUES ({Doc()}, 'e1', {At("مصر")}, {At("مصر") + 3}, 'مصر', 0);
            INSERT INTO mentions(doc, local_id, start_offset, end_offset, text, nisba) VALUES ({Doc()}, 'e2', {At("خليفة")}, {At("خليفة") + 10}, 'خليفة حفتر', 0);
            INSERT INTO events(doc, ordinal, type, mode, cameo, date_value, date_precision, date_start, modality, trigger_start, trigger_end, trigger_text,
              evidence_start, evidence_end, evidence_text, confidence)
              VALUES ({Doc()}, 0, 'AID', 'military', '072', NULL, NULL, NULL, 'asserted', 0, 4, 'قدمت', 0, {text.Length}, '{text}', 0.8);
            INSERT INTO event_actors(event_id, role, ordinal, local_id, entity_id)
              SELECT e.id, CASE WHEN n.kb = '{TestCorpus.EgyptKb}' THEN 0 ELSE 1 END, 0, CASE WHEN n.kb = '{TestCorpus.EgyptKb}' THEN 'e1' ELSE 'e2' END, n.id
              FROM events e, entities n;
            INSERT INTO edges(source_entity, target_entity, kind, type, count, first_date, last_date)
              SELECT s.id, t.id, 'event', 'AID', 1, '2019-03-10', '2019-03-10' FROM entities s, entities t WHERE s.kb = '{TestCorpus.EgyptKb}' AND t.kb = '{TestCorpus.HaftarKb}';
            INSERT INTO edge_evidence(edge_id, doc, event_id, relation_id, date_value)
              SELECT g.id, {Doc()}, (SELECT id FROM events), NULL, '2019-03-10' FROM edges g;
            """);

        using (var upgraded = CorpusStore.Open(db))
        {
            var egypt = upgraded.FindEntity("مصر")!;
            Assert.Equal((EntityKinds.Named, null, null), (egypt.Kind, egypt.Sector, egypt.Affiliation));
            var view = upgraded.GetDocument("old1")!;
            Assert.All(view.Entities, e => Assert.Equal((EntityKinds.Named, null, null), (e.Kind, e.Sector, e.Affiliation)));
            var contract = JsonDocument.Parse(ExtractionJsonWriter.ToJson(ContractDocument.From(view))).RootElement;
            Assert.All(contract.GetProperty("entities").EnumerateArray(), e => Assert.Equal("named", e.GetProperty("kind").GetString()));
            Assert.Equal("AID", contract.GetProperty("events")[0].GetProperty("type").GetString());
            // the exact-word index of schema 2 was built for the old document when the store opened
            Assert.Equal(["old1"], upgraded.Search(new SearchQuery("عسكريا", Exact: true)).Hits.Select(h => h.DocumentId));
            // new documents with generic actors join the old entities
            upgraded.Ingest(WithGenerics("g1", "في مصر هاجم مسلحون جنودا مصريين وقتلوا اثنين، وقال الجيش إن الوضع هادئ.", "جنودا مصريين", "مسلحون"));
            var soldiers = upgraded.Entities(new EntityListQuery(Limit: 100)).Single(e => e.Sector == "MIL");
            Assert.Equal(egypt.Id, soldiers.Affiliation?.Id);
            Assert.Equal(2, upgraded.FindEntity("مصر")!.Documents);
            Assert.Equal(2, upgraded.Stats().Events);
        }
        // opened again: nothing left to migrate, the data as it was
        using var again = CorpusStore.Open(db);
        Assert.Equal(2, again.Stats().Documents);
        Assert.Equal("Khalifa Haftar", again.Profile(again.FindEntity("مصر")!.Id)!.Partners.Single(p => p.Type == "AID").Entity.NameEn);
    }

    private static string SqlCorpusStoreHash(string text) => Sql.SqlCorpusStore.ContentHash(text);
}
