using Marsad.Core.Model;
using Marsad.Store.Export;

namespace Marsad.Store.Tests;

/// <summary>Merging, splitting and fixing entities: every view and export, kept across re-ingest, undoable, audited (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    /// <summary>One man under his nom de guerre and his own name, which no spelling rule can link; a magazine tagged as a person.</summary>
    private static Document NomDeGuerre(string extra = "") => new DocBuilder("j1",
            "اتهم أبو محمد الجولاني تركيا بإغلاق المعابر. " + extra,
            published: "2020-02-01", outlet: "الوطن")
        .Entity("e1", EntityType.PER, "أبو محمد الجولاني", null, null, "أبو محمد الجولاني")
        .Entity("e2", EntityType.GPE, "تركيا", "Q43", "Turkey")
        .Event(EventType.ACCUSE, "اتهم", ["e1"], ["e2"], date: "2020-01-31")
        .Build();

    private static Document OwnName(string extra = "") => new DocBuilder("j2",
            "التقى أحمد الشرع وزير الخارجية التركي في دمشق، ونقلت مجلة جون أفريك عن مصدر أن تركيا دعمت الشرع. " + extra,
            published: "2025-01-15", outlet: "المرصد")
        .Entity("e1", EntityType.PER, "أحمد الشرع", null, null, "أحمد الشرع", "الشرع")
        .Entity("e2", EntityType.GPE, "تركيا", "Q43", "Turkey", "تركيا", "التركي")
        .Entity("e3", EntityType.PER, "جون أفريك", null, null, "جون أفريك")
        .Event(EventType.SUPPORT, "دعمت", ["e2"], ["e1"])
        .Build();

    private long Id(string name) => Store.FindEntity(name)!.Id;

    [Fact]
    public void A_merge_shows_one_entity_everywhere_lasts_through_reingest_and_a_split_undoes_it()
    {
        IngestAll([.. TestCorpus.All(), NomDeGuerre(), OwnName()]);
        long jolani = Id("أبو محمد الجولاني"), sharaa = Id("أحمد الشرع"), turkey = Id("Turkey");
        Assert.NotEqual(jolani, sharaa);
        var entitiesBefore = Store.Stats().Entities;

        var merge = Store.MergeEntities(jolani, sharaa, "analyst-1", "the same man")!;
        Assert.Equal((CorrectionActions.MergeEntities, "analyst-1", "the same man"), (merge.Action, merge.Author, merge.Reason));
        AssertMerged();
        Assert.Equal(entitiesBefore - 1, Store.Stats().Entities);

        // Both articles are stored again (a sentence added): both entity rows are deleted and made anew, without
        // the derived columns; the merge, kept by entity key, is applied to the new rows.
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(NomDeGuerre("وتستمر المشاورات."), replace: true).Status);
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(OwnName("وتستمر المشاورات."), replace: true).Status);
        sharaa = Id("أحمد الشرع"); // a new row (SQLite may give it the old number)
        AssertMerged();

        var split = Store.SplitEntity(Id("الجولاني"), "analyst-2");
        Assert.Equal(merge.Id, Assert.Single(split).Id);
        Assert.Equal("analyst-2", split[0].UndoneBy);
        Assert.NotEqual(Id("أبو محمد الجولاني"), Id("أحمد الشرع"));
        Assert.DoesNotContain(Store.Profile(sharaa)!.Aliases, a => a.Alias == "أبو محمد الجولاني");
        Assert.Single(Store.Timeline(new TimelineQuery([sharaa])));
        Assert.Equal(entitiesBefore, Store.Stats().Entities);
        Assert.Empty(Store.SplitEntity(sharaa, "analyst-2"));
        Assert.Contains(Store.Corrections(), c => c.Id == merge.Id && c.UndoneBy == "analyst-2");

        void AssertMerged()
        {
            long j = Store.FindEntity("أبو محمد الجولاني")!.Id;
            Assert.Equal(sharaa, j);
            var profile = Store.Profile(Store.Entities(new EntityListQuery(NameContains: "الجولاني")).Single().Id)!;
            Assert.Equal(sharaa, profile.Entity.Id);
            Assert.Equal(2, profile.Entity.Documents);
            Assert.Contains(profile.Aliases, a => a.Alias == "أبو محمد الجولاني");
            Assert.Contains(profile.Aliases, a => a.Alias == "أحمد الشرع");
            Assert.Equal(["j2", "j1"], profile.Documents.Select(d => d.DocumentId));
            Assert.Equal(2, Store.EntityDocuments(sharaa).Total);
            Assert.Contains(profile.Corrections, c => c.Action == CorrectionActions.MergeEntities);
            var partner = profile.Partners.Where(p => p.Entity.Id == turkey).ToList();
            Assert.Equal(["ACCUSE:out", "SUPPORT:in"], partner.Select(p => $"{p.Type}:{p.Direction}").Order());
            // Timelines, exports and network analysis name the merged entity as the actor.
            var events = Store.Timeline(new TimelineQuery([sharaa]));
            Assert.Equal(["ACCUSE", "SUPPORT"], events.Select(e => e.Type).Order());
            Assert.All(events, e => Assert.Contains(e.Sources.Concat(e.Targets), a => a.Id == sharaa));
            Assert.Contains(Store.ExportEvents(new TimelineQuery([])), e => e.Type == "ACCUSE" && e.DocumentId == "j1" && e.Sources.Single().Id == sharaa);
            Assert.Contains(Store.ActorEvents(new ActorEventQuery()).Events, e => e.DocumentId == "j1" && e.Sources.SequenceEqual([sharaa]));
            var graph = Store.Graph(new GraphQuery(sharaa));
            Assert.DoesNotContain(graph.Nodes, n => n.Name == "أبو محمد الجولاني");
            Assert.Contains(graph.Edges, e => e.Type == "ACCUSE" && e.Source == sharaa && e.Target == turkey);
            Assert.Equal(sharaa, Store.GetDocument("j1")!.Entities.Single(e => e.LocalId == "e1").EntityId);
            Assert.Contains(Store.Search(new SearchQuery("", Entity: "أحمد الشرع")).Hits, h => h.DocumentId == "j1");
            Assert.DoesNotContain(Store.Entities(new EntityListQuery(Limit: 1000)), e => e.Name == "أبو محمد الجولاني");
        }
    }

    [Fact]
    public void A_fixed_type_and_english_name_apply_to_every_view_last_through_reingest_and_undo()
    {
        IngestAll([.. TestCorpus.All(), NomDeGuerre(), OwnName()]);
        long magazine = Id("جون أفريك"), sharaa = Id("أحمد الشرع");
        var type = Store.SetEntityType(magazine, "org", "analyst-1", "a magazine")!;
        var name = Store.SetEntityNameEn(sharaa, "Ahmed al-Sharaa", "analyst-1")!;
        Assert.Equal(("ORG", "Ahmed al-Sharaa"), (type.Value, name.Value));

        Assert.Equal(IngestStatus.Replaced, Store.Ingest(OwnName("وتستمر المشاورات."), replace: true).Status);
        Assert.Equal("ORG", Store.FindEntity("جون أفريك")!.Type);
        Assert.Contains(Store.Entities(new EntityListQuery(Type: "ORG")), e => e.Name == "جون أفريك");
        Assert.DoesNotContain(Store.Entities(new EntityListQuery(Type: "PER")), e => e.Name == "جون أفريك");
        var doc = Store.GetDocument("j2")!;
        Assert.Equal("ORG", doc.Entities.Single(e => e.Name == "جون أفريك").Type);
        Assert.Equal("Ahmed al-Sharaa", doc.Entities.Single(e => e.Name == "أحمد الشرع").NameEn);
        Assert.Equal(EntityType.ORG, ContractDocument.From(doc).Entities.Single(e => e.Name == "جون أفريك").Type);
        Assert.Equal(Id("أحمد الشرع"), Id("Ahmed al-Sharaa"));
        Assert.Contains(Store.Search(new SearchQuery("Sharaa")).Hits, h => h.DocumentId == "j2");
        Assert.Contains(Store.Timeline(new TimelineQuery([Id("أحمد الشرع")])).SelectMany(e => e.Targets), a => a.NameEn == "Ahmed al-Sharaa");

        Store.Undo(type.Id, "analyst-2");
        Assert.Equal("PER", Store.FindEntity("جون أفريك")!.Type);
        Store.Undo(name.Id, "analyst-2");
        Assert.Null(Store.FindEntity("أحمد الشرع")!.NameEn);
        Assert.Null(Store.FindEntity("Ahmed al-Sharaa"));
        Assert.Equal(2, Store.Corrections().Count(c => c.UndoneBy == "analyst-2"));
    }

    [Fact]
    public void Entity_corrections_refuse_what_makes_no_sense()
    {
        IngestAll([.. TestCorpus.All(), NomDeGuerre(), OwnName()]);
        long sharaa = Id("أحمد الشرع");
        Assert.Throws<ArgumentException>(() => Store.MergeEntities(sharaa, sharaa, "a"));
        Assert.Throws<ArgumentException>(() => Store.SetEntityType(sharaa, "ANIMAL", "a"));
        Assert.Throws<ArgumentException>(() => Store.SetEntityNameEn(sharaa, "  ", "a"));
        Assert.Null(Store.MergeEntities(-1, sharaa, "a"));
        Assert.Null(Store.SetEntityType(-1, "ORG", "a"));
        // A merge back the other way is refused as already one; a chain shows the last entity.
        Store.MergeEntities(Id("أبو محمد الجولاني"), sharaa, "a");
        Assert.Throws<ArgumentException>(() => Store.MergeEntities(sharaa, Id("أبو محمد الجولاني"), "a"));
        Store.MergeEntities(sharaa, Id("جون أفريك"), "a");
        Assert.Equal(Id("جون أفريك"), Id("أبو محمد الجولاني"));
        Assert.DoesNotContain(Store.Corrections(), c => c.UndoneAt is not null);
    }

    /// <summary>A report whose party has no knowledge-base id and two generic actors of its own.</summary>
    private static Document PartyReport(string more = "") =>
        new DocBuilder("g1", "تظاهر أنصار حزب الأمة في الخرطوم أمس، وحرس عناصر الحزب المقر." + more, published: "2021-02-01", outlet: "الوطن")
            .Entity("e1", EntityType.ORG, "حزب الأمة", null, null, "حزب الأمة", "الحزب")
            .Generic("e2", EntityType.PER, "أنصار", "OPP", "e1")
            .Generic("e3", EntityType.PER, "عناصر", "MLT", "e1")
            .Build();

    [Fact]
    public void Corrections_of_entities_without_a_kb_id_and_of_their_generic_actors_survive_their_rows_stored_again()
    {
        // another report after it, so that rows stored again get new ids on SQLite too (it reuses the largest one)
        IngestAll(PartyReport(), TestCorpus.Fuel());
        var party = Store.FindEntity("حزب الأمة")!;
        var generic = Store.Entities(new EntityListQuery(Kind: EntityKinds.Generic));
        long supporters = generic.Single(e => e.Sector == "OPP").Id, members = generic.Single(e => e.Sector == "MLT").Id;
        Store.SetEntityNameEn(party.Id, "Umma Party", "analyst-1");
        Store.SetEntityNameEn(supporters, "Umma Party supporters", "analyst-1", "the party's, not any");
        Store.SetEntityType(supporters, "ORG", "analyst-1");
        Store.MergeEntities(members, supporters, "analyst-1", "one crowd");

        // the only report is replaced: the party and its generic actors are stored again under new row ids
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(PartyReport(" وطالبوا بالإصلاح."), replace: true).Status);
        var partyAgain = Store.FindEntity("حزب الأمة")!;
        Assert.NotEqual(party.Id, partyAgain.Id);
        Assert.Equal("Umma Party", partyAgain.NameEn);
        var again = Assert.Single(Store.Entities(new EntityListQuery(Kind: EntityKinds.Generic)));
        Assert.DoesNotContain(again.Id, new[] { supporters, members });
        Assert.Equal(("Umma Party supporters", "ORG", partyAgain.Id), (again.NameEn, again.Type, again.Affiliation!.Id));
        var profile = Store.Profile(again.Id)!;
        Assert.Contains(profile.Aliases, a => a.Alias == "عناصر");
        Assert.Equal(3, profile.Corrections.Count); // its English name, its type, the merge

        // and a split still finds the merge
        Assert.Single(Store.SplitEntity(again.Id, "analyst-2"));
        Assert.Equal(2, Store.Entities(new EntityListQuery(Kind: EntityKinds.Generic)).Count);
    }
}
