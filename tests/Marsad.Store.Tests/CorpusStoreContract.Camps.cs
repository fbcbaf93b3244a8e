using Marsad.Core.Model;
using Marsad.Store.Analysis.Camps;

namespace Marsad.Store.Tests;

/// <summary>Events for network analysis and the camps read from a real store (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    private static Document Backers() => new DocBuilder("camp-1",
            "دعمت مصر والإمارات قوات خليفة حفتر. وهاجمت قوات حفتر حكومة الوفاق في طرابلس.",
            published: "2019-01-20", outlet: "الوطن")
        .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
        .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
        .Entity("haftar", EntityType.PER, "خليفة حفتر", "Q1000001", "Khalifa Haftar", "خليفة حفتر", "حفتر")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Event(EventType.SUPPORT, "دعمت", ["egypt", "uae"], ["haftar"])
        .Event(EventType.ASSAULT, "وهاجمت", ["haftar"], ["gna"], date: "2019-01-18")
        .Build();

    private static Document Turkey() => new DocBuilder("camp-2",
            "أرسلت تركيا مساعدات عسكرية إلى حكومة الوفاق. واتهمت تركيا الإمارات بدعم حفتر. ونفت مصر أنها قصفت حكومة الوفاق.",
            published: "2019-04-02", outlet: "المرصد")
        .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
        .Event(EventType.AID, "أرسلت", ["turkey"], ["gna"], mode: "military")
        .Event(EventType.ACCUSE, "واتهمت", ["turkey"], ["uae"])
        .Event(EventType.ASSAULT, "قصفت", ["egypt"], ["gna"], modality: Modality.Denied)
        .Build();

    private static Document Switch() => new DocBuilder("camp-3",
            "أعلنت الإمارات دعمها حكومة الوفاق وتركيا. وهاجمت الإمارات قوات حفتر.",
            published: "2019-08-01", outlet: "المرصد")
        .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Event(EventType.SUPPORT, "دعمها", ["uae"], ["gna", "turkey"])
        .Event(EventType.ASSAULT, "وهاجمت", ["uae"], ["haftar"])
        .Build();

    [Fact]
    public void A_camp_change_comes_with_the_events_and_sentences_that_moved_the_actor()
    {
        IngestAll(Backers(), Turkey(), Switch());
        var report = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery(Window: CampWindow.Quarter));
        Assert.Equal(["2019-Q1", "2019-Q2", "2019-Q3"], report.Periods.Select(x => x.Period));
        var change = Assert.Single(report.Changes);
        Assert.Equal(("United Arab Emirates", "2019-Q3"), (change.Actor.NameEn, change.Period));
        var haftarCamp = report.Periods[0].Camps.Single(c => c.Members.Any(m => m.Actor.NameEn == "Khalifa Haftar")).Id;
        var gnaCamp = report.Periods[0].Camps.Single(c => c.Members.Any(m => m.Actor.NameEn == "Government of National Accord")).Id;
        Assert.Equal((haftarCamp, gnaCamp), (change.FromCamp, change.ToCamp));
        Assert.Equal(["ASSAULT", "SUPPORT"], change.Events.Select(e => e.Type).Order());
        Assert.Equal(change.EventIds, change.Events.Select(e => e.Id));
        Assert.All(change.Events, e => Assert.Equal("camp-3", e.DocumentId));
        Assert.Contains(change.Events, e => e.Evidence == "وهاجمت الإمارات قوات حفتر.");
    }

    [Fact]
    public void Actor_events_carry_type_modality_date_and_actors_within_dates()
    {
        IngestAll(Backers(), Turkey());
        var all = Store.ActorEvents(new ActorEventQuery());
        Assert.Equal(5, all.Events.Count);
        var support = all.Events.Single(e => e.Type == "SUPPORT");
        Assert.Equal(["مصر", "الإمارات"], support.Sources.Select(id => all.Actors[id].Name));
        Assert.Equal("خليفة حفتر", all.Actors[Assert.Single(support.Targets)].Name);
        Assert.Equal(("asserted", "2019-01-20", "camp-1", "الوطن"), (support.Modality, support.Date, support.DocumentId, support.Outlet));
        Assert.Equal(0.75, support.Confidence, 6);
        Assert.Equal("2019-01-18", all.Events.Single(e => e.Type == "ASSAULT" && e.Modality == "asserted").Date);
        Assert.Equal("denied", all.Events.Single(e => e.Type == "ASSAULT" && e.DocumentId == "camp-2").Modality);

        var spring = Store.ActorEvents(new ActorEventQuery(new PartialDate(2019, 3), new PartialDate(2019, 4)));
        Assert.Equal(["AID", "ACCUSE", "ASSAULT"], spring.Events.Select(e => e.Type));
    }

    [Fact]
    public void Camps_from_the_store_put_the_backers_of_haftar_against_turkey_and_the_gna()
    {
        IngestAll(Backers(), Turkey());
        var report = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery());
        var p = Assert.Single(report.Periods);
        var camps = p.Camps.Select(c => c.Members.Select(m => m.Actor.NameEn).Order().ToList()).OrderBy(c => c[0]).ToList();
        Assert.Equal([["Egypt", "Khalifa Haftar", "United Arab Emirates"], ["Government of National Accord", "Turkey"]], camps);
        Assert.Equal(0, p.Frustration);
        Assert.Equal(4, p.Events); // the denied bombing makes no tie

        var quarters = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery(Window: CampWindow.Quarter));
        Assert.Equal(["2019-Q1", "2019-Q2"], quarters.Periods.Select(x => x.Period));
        Assert.Empty(quarters.Changes);
    }

    [Fact]
    public void The_version_rises_with_each_change_and_the_kept_camps_follow_it()
    {
        IngestAll(Backers(), Turkey());
        long version = Store.Version;
        Assert.Equal(IngestStatus.Unchanged, Store.Ingest(Backers()).Status);
        Assert.Equal(version, Store.Version);
        var finder = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins);
        Assert.Contains(finder.Find(new CampQuery()).Periods[0].Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Egypt");
        Assert.Same(finder.Index(), new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Index()); // kept while nothing changes

        // The only event of Egypt's that makes a tie is flagged: Egypt leaves the camps at once.
        var support = Store.ActorEvents(new ActorEventQuery()).Events.Single(e => e.Type == "SUPPORT");
        Assert.NotNull(Store.FlagEvent(support.Id, "analyst"));
        Assert.True(Store.Version > version);
        Assert.DoesNotContain(finder.Find(new CampQuery()).Periods[0].Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Egypt");
        Assert.DoesNotContain(Store.ActorEvents(new ActorEventQuery()).Events, e => e.Id == support.Id);

        version = Store.Version;
        IngestAll(Switch());
        Assert.True(Store.Version > version);
        Assert.Contains(Store.ActorEvents(new ActorEventQuery()).Events, e => e.DocumentId == "camp-3");
    }

    private static string Json(CampReport r) => System.Text.Json.JsonSerializer.Serialize(r);

    /// <summary>The camps computed from scratch: every event read again, the index built again.</summary>
    private string FromScratch(CampQuery q) =>
        Json(new CampAnalysis(TestTables.Value.TieWeights).Run(CampIndex.Build(Store.ActorEvents(new ActorEventQuery()), TestTables.Value.TieWeights,
            TestTables.Value.AlignmentJoins.Map(Store.RelationCounts(TestTables.Value.AlignmentJoins.Types)), Store.CoMentions()), q));

    [Fact]
    public void Documents_added_extend_the_kept_events_and_camps_which_equal_those_computed_again_from_every_event()
    {
        IngestAll(Backers(), Turkey());
        var finder = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins);
        var quarters = new CampQuery(Window: CampWindow.Quarter);
        finder.Find(quarters);
        var read = Store.ActorEvents(new ActorEventQuery());

        IngestAll(Switch());
        var added = Store.ActorEvents(new ActorEventQuery());
        Assert.Equal(read.Lineage, added.Lineage); // extended, not read again
        Assert.Equal(read.Events.Select(e => e.Id), added.Events.Take(read.Events.Count).Select(e => e.Id));
        Assert.All(added.Events.Skip(read.Events.Count), e => Assert.Equal("camp-3", e.DocumentId));
        var report = finder.Find(quarters);
        Assert.Equal("United Arab Emirates", Assert.Single(report.Changes).Actor.NameEn);
        Assert.Equal(FromScratch(quarters), Json(report with { Changes = [.. report.Changes.Select(c => c with { Events = [] })] }));

        // A rewrite (an event flagged) reads every event again.
        Assert.NotNull(Store.FlagEvent(added.Events.First(e => e.Type == "SUPPORT").Id, "analyst"));
        var flagged = Store.ActorEvents(new ActorEventQuery());
        Assert.NotEqual(added.Lineage, flagged.Lineage);
        Assert.Equal(added.Events.Count - 1, flagged.Events.Count);
    }

    [Fact]
    public void A_document_that_joins_a_commander_to_his_force_counts_his_earlier_events_as_the_force_too()
    {
        var first = new DocBuilder("join-1", "دعمت مصر خليفة حفتر. وهاجم الجيش الوطني الليبي حكومة الوفاق.", published: "2019-04-05")
            .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
            .Entity("haftar", EntityType.PER, "خليفة حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("lna", EntityType.ORG, "الجيش الوطني الليبي", null, "Libyan National Army")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.SUPPORT, "دعمت", ["egypt"], ["haftar"])
            .Event(EventType.ASSAULT, "وهاجم", ["lna"], ["gna"])
            .Build();
        var second = new DocBuilder("join-2", "وقال الجيش الوطني الليبي بقيادة خليفة حفتر إنه تقدم.", published: "2019-04-07")
            .Entity("haftar", EntityType.PER, "خليفة حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("lna", EntityType.ORG, "الجيش الوطني الليبي", null, "Libyan National Army")
            .Relation(RelationType.LEADS, "haftar", "lna", "بقيادة", "leads")
            .Build();
        IngestAll(first);
        var finder = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins);
        Assert.Contains(finder.Find(new CampQuery()).Periods[0].Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Khalifa Haftar");
        IngestAll(second);
        var p = Assert.Single(finder.Find(new CampQuery()).Periods);
        Assert.Equal([["Egypt", "Libyan National Army"], ["Government of National Accord"]], CampNames(p));
        Assert.Equal(FromScratch(new CampQuery()), Json(finder.Find(new CampQuery())));
    }

    [Fact]
    public void A_commander_counts_as_the_force_he_leads_for_camps()
    {
        // Egypt backs Haftar; the force he leads attacks the GNA; Turkey backs the GNA. As two nodes, Haftar (one
        // tie, with Egypt) and his force (one tie, with the GNA) would each sit in a camp of their own.
        var doc = new DocBuilder("camp-lead",
                "دعمت مصر خليفة حفتر. وهاجم الجيش الوطني الليبي بقيادة حفتر حكومة الوفاق. ودعمت تركيا حكومة الوفاق.",
                published: "2019-04-05", outlet: "الوطن")
            .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
            .Entity("haftar", EntityType.PER, "خليفة حفتر", "Q1000001", "Khalifa Haftar", "خليفة حفتر", "حفتر")
            .Entity("lna", EntityType.ORG, "الجيش الوطني الليبي", null, "Libyan National Army")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
            .Event(EventType.SUPPORT, "دعمت", ["egypt"], ["haftar"])
            .Event(EventType.ASSAULT, "وهاجم", ["lna"], ["gna"])
            .Event(EventType.SUPPORT, "ودعمت", ["turkey"], ["gna"])
            .Relation(RelationType.LEADS, "haftar", "lna", "بقيادة", "leads")
            .Build();
        IngestAll(doc);
        var p = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery()).Periods);
        var camps = p.Camps.Select(c => c.Members.Select(m => m.Actor.NameEn).Order().ToList()).OrderBy(c => c[0]).ToList();
        Assert.Equal([["Egypt", "Libyan National Army"], ["Government of National Accord", "Turkey"]], camps);
        var lna = p.Camps.SelectMany(c => c.Members).Single(m => m.Actor.NameEn == "Libyan National Army");
        Assert.Equal(("Khalifa Haftar", "LEADS"), (Assert.Single(lna.Joined).Subject.NameEn, lna.Joined[0].Type));
        Assert.Equal(0, p.Frustration);

        var apart = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, AlignmentJoins.None).Find(new CampQuery()).Periods);
        Assert.Contains(apart.Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Khalifa Haftar");
        Assert.Equal(3, apart.Camps.Count);

        // The events behind the Egypt–LNA tie: the pair's timeline with Haftar counted as the LNA.
        long egypt = Store.FindEntity("مصر")!.Id, lnaId = lna.Actor.Id, haftar = lna.Joined[0].Subject.Id;
        Assert.Empty(Store.Timeline(new TimelineQuery([egypt, lnaId])));
        Assert.Equal(["دعمت"], Store.Timeline(new TimelineQuery([egypt, lnaId], With: [[], [haftar]])).Select(e => e.Trigger));
        Assert.Equal(2, Store.Timeline(new TimelineQuery([lnaId], With: [[haftar]])).Count);
    }

    [Fact]
    public void A_head_of_state_counts_as_the_state_he_represents_and_a_defence_minister_stays_apart()
    {
        // Erdoğan's only event is a warning to Haftar; as a node of his own it says nothing of Turkey's side.
        var doc = new DocBuilder("camp-head",
                "أرسلت تركيا مساعدات عسكرية إلى حكومة الوفاق. وهاجم حفتر حكومة الوفاق. وحذّر الرئيس التركي أردوغان حفتر. والتقى وزير الدفاع التركي أكار حفتر.",
                published: "2020-01-10", outlet: "الوطن")
            .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey", "تركيا", "التركي")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("erdogan", EntityType.PER, "أردوغان", "Q39259", "Recep Tayyip Erdoğan")
            .Entity("akar", EntityType.PER, "أكار", "M:hulusi-akar", "Hulusi Akar")
            .Event(EventType.AID, "أرسلت", ["turkey"], ["gna"])
            .Event(EventType.ASSAULT, "وهاجم", ["haftar"], ["gna"])
            .Event(EventType.THREATEN, "وحذّر", ["erdogan"], ["haftar"])
            .Event(EventType.CONSULT, "والتقى", ["akar"], ["haftar"])
            .Relation(RelationType.ROLE, "erdogan", "turkey", "الرئيس", "president")
            .Relation(RelationType.ROLE, "akar", "turkey", "وزير الدفاع", "defence minister")
            .Build();
        IngestAll(doc);
        var p = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery()).Periods);
        Assert.Equal([["Government of National Accord", "Turkey"], ["Hulusi Akar", "Khalifa Haftar"]], CampNames(p));
        var turkey = p.Camps.SelectMany(c => c.Members).Single(m => m.Actor.NameEn == "Turkey");
        Assert.Equal(("Recep Tayyip Erdoğan", "ROLE", "president"), (Assert.Single(turkey.Joined).Subject.NameEn, turkey.Joined[0].Type, turkey.Joined[0].LabelEn));
        Assert.Equal(0, p.Frustration);

        var apart = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, AlignmentJoins.None).Find(new CampQuery()).Periods);
        Assert.Contains(apart.Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Recep Tayyip Erdoğan");
    }
}

/// <summary>A capital named as an actor counts as the government seated there, on the event's day (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    private static Document Offensive(string id, string published) => new DocBuilder(id,
            "دعمت مصر قوات حفتر. وبدأت قوات حفتر هجومها على العاصمة طرابلس. وأرسلت تركيا مساعدات عسكرية إلى حكومة الوفاق.",
            published: published, outlet: "الوطن")
        .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
        .Entity("haftar", EntityType.PER, "حفتر", "M:khalifa-haftar", "Khalifa Haftar")
        .Entity("tripoli", EntityType.LOC, "طرابلس", "Q3579", "Tripoli")
        .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", "M:gna", "Government of National Accord")
        .Event(EventType.SUPPORT, "دعمت", ["egypt"], ["haftar"])
        .Event(EventType.ASSAULT, "هجومها", ["haftar"], ["tripoli"])
        .Event(EventType.AID, "وأرسلت", ["turkey"], ["gna"], mode: "military")
        .Build();

    private static List<List<string>> CampNames(CampPeriod p) =>
        [.. p.Camps.Select(c => c.Members.Select(m => m.Actor.NameEn!).Order().ToList()).OrderBy(c => c[0])];

    [Fact]
    public void An_offensive_on_the_capital_a_government_holds_is_against_that_government()
    {
        IngestAll(Offensive("seat-2019", "2019-04-05"));
        var p = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins, TestTables.Value.Seats).Find(new CampQuery()).Periods);
        Assert.Equal([["Egypt", "Khalifa Haftar"], ["Government of National Accord", "Turkey"]], CampNames(p));
        var gna = p.Camps.SelectMany(c => c.Members).Single(m => m.Actor.NameEn == "Government of National Accord");
        var seat = Assert.Single(gna.Joined);
        Assert.Equal(("Tripoli", "SEAT", "seat of government", 1), (seat.Subject.NameEn, seat.Type, seat.LabelEn, seat.Documents));
        Assert.Equal("Government of National Accord", Store.EntityOfKb("M:gna")?.NameEn); // the government looked up by its id alone
        Assert.Null(Store.EntityOfKb("M:gnu"));

        // Without the seats, Tripoli is a place of its own and nothing sets Haftar against the GNA.
        var apart = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery()).Periods);
        Assert.Contains(apart.Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Tripoli");
    }

    [Fact]
    public void A_capital_held_by_no_one_or_an_undated_event_keeps_the_place()
    {
        IngestAll(Offensive("seat-2015", "2015-06-01")); // Tripoli was held by the General National Congress: neither the GNA nor Libya
        var p = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins, TestTables.Value.Seats).Find(new CampQuery()).Periods);
        Assert.Contains(p.Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Tripoli");
        Assert.DoesNotContain(p.Camps.SelectMany(c => c.Members), m => m.Joined.Any(j => j.Type == "SEAT"));
    }
}
