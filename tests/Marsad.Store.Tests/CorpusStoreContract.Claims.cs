using Marsad.Core.Model;
using Marsad.Store.Analysis.Claims;

namespace Marsad.Store.Tests;

/// <summary>Contested claims read from a real store (both backends): documents written to assert, deny and count one happening differently.</summary>
public abstract partial class CorpusStoreContract
{
    /// <summary>The GNA says Haftar's forces bombed Mitiga and killed seven.</summary>
    private static Document Bombing() => new DocBuilder("claim-1",
            "قالت حكومة الوفاق إن قوات حفتر قصفت مطار معيتيقة وقتلت سبعة مدنيين.",
            published: "2019-04-08", outlet: "الوسط")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("mitiga", EntityType.LOC, "معيتيقة", null, "Mitiga")
        .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"], location: "mitiga", attribution: "حكومة الوفاق",
            quantities: [("سبعة مدنيين", 7, "killed")])
        .Build();

    /// <summary>Haftar's spokesman denies it the next day.</summary>
    private static Document Denial() => new DocBuilder("claim-2",
            "نفى المتحدث باسم حفتر أن تكون قواته قصفت حكومة الوفاق في معيتيقة.",
            published: "2019-04-09", outlet: "العربية")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("mitiga", EntityType.LOC, "معيتيقة", null, "Mitiga")
        .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"], location: "mitiga", attribution: "المتحدث باسم حفتر", modality: Modality.Denied)
        .Build();

    /// <summary>A third outlet counts twelve dead, naming only the attacker.</summary>
    private static Document Toll() => new DocBuilder("claim-3",
            "قتل 12 مدنيا في قصف لقوات حفتر على معيتيقة.",
            published: "2019-04-10", outlet: "المرصد")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("mitiga", EntityType.LOC, "معيتيقة", null, "Mitiga")
        .Event(EventType.ASSAULT, "قصف", ["haftar"], [], location: "mitiga", quantities: [("12 مدنيا", 12, "killed")])
        .Build();

    /// <summary>Two months later, another bombing by the same sides: another happening.</summary>
    private static Document LaterBombing() => new DocBuilder("claim-4",
            "قصفت قوات حفتر مواقع حكومة الوفاق جنوب طرابلس.",
            published: "2019-06-20", outlet: "الوسط")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"])
        .Build();

    /// <summary>Turkey and the UAE accuse each other over the same week, in two outlets.</summary>
    private static Document[] Accusations() =>
    [
        new DocBuilder("claim-5", "اتهمت تركيا الإمارات بإرسال أسلحة إلى ليبيا.", published: "2019-05-01", outlet: "الأناضول")
            .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
            .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
            .Event(EventType.ACCUSE, "اتهمت", ["turkey"], ["uae"])
            .Build(),
        new DocBuilder("claim-6", "اتهمت الإمارات تركيا بتأجيج الحرب في ليبيا.", published: "2019-05-03", outlet: "سكاي نيوز عربية")
            .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
            .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
            .Event(EventType.ACCUSE, "اتهمت", ["uae"], ["turkey"])
            .Build(),
    ];

    /// <summary>Two outlets tell Egypt's backing of Haftar alike (one calls it support, the other aid): corroborated, not contested.</summary>
    private static Document[] Backing() =>
    [
        new DocBuilder("claim-7", "أعلنت مصر دعمها لحفتر.", published: "2019-04-05", outlet: "الأهرام")
            .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Event(EventType.SUPPORT, "دعمها", ["egypt"], ["haftar"])
            .Build(),
        new DocBuilder("claim-8", "قدمت مصر مساعدات عسكرية لحفتر.", published: "2019-04-06", outlet: "الوسط")
            .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Event(EventType.AID, "مساعدات", ["egypt"], ["haftar"], mode: "military")
            .Build(),
    ];

    /// <summary>Unnamed gunmen (a generic actor, one group across documents) attack a checkpoint; two tolls.</summary>
    private static Document[] Ambush() =>
    [
        new DocBuilder("claim-9", "هاجم مسلحون الشرطة في سيناء وقتلوا ثلاثة جنود.", published: "2021-03-02", outlet: "الوطن")
            .Generic("gunmen", EntityType.ORG, "مسلحون", "UAF", nameEn: "gunmen")
            .Generic("police", EntityType.ORG, "الشرطة", "COP", nameEn: "police")
            .Event(EventType.ASSAULT, "هاجم", ["gunmen"], ["police"], quantities: [("ثلاثة جنود", 3, "killed")])
            .Build(),
        new DocBuilder("claim-10", "قتل خمسة من الشرطة في هجوم شنه مسلحون في سيناء.", published: "2021-03-03", outlet: "المرصد")
            .Generic("gunmen", EntityType.ORG, "مسلحون", "UAF", nameEn: "gunmen")
            .Generic("police", EntityType.ORG, "الشرطة", "COP", nameEn: "police")
            .Event(EventType.ASSAULT, "هجوم", ["gunmen"], ["police"], quantities: [("خمسة", 5, "killed")])
            .Build(),
    ];

    private void IngestClaims() => IngestAll([Bombing(), Denial(), Toll(), LaterBombing(), .. Accusations(), .. Backing(), .. Ambush()]);

    private static ClaimGroup GroupOf(ClaimReport r, string documentId) => r.Groups.Single(g => g.Claims.Any(c => c.DocumentId == documentId));

    [Fact]
    public void An_assertion_a_denial_and_two_tolls_of_one_bombing_are_one_contested_group()
    {
        IngestClaims();
        var report = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery());
        var bombing = GroupOf(report, "claim-1");
        Assert.Equal("force", bombing.Family);
        Assert.Equal(["claim-1", "claim-2", "claim-3"], bombing.Claims.Select(c => c.DocumentId));
        Assert.Equal((3, 3, 3), (bombing.Documents, bombing.Stories, bombing.Outlets));
        Assert.Equal(("2019-04-08", "2019-04-10", "Mitiga"), (bombing.From, bombing.To, bombing.Place?.NameEn));
        Assert.Equal(["Khalifa Haftar", "Government of National Accord"], bombing.Actors.Select(a => a.NameEn));

        var ids = bombing.Claims.ToDictionary(c => c.DocumentId, c => c.Id);
        var denial = bombing.Disagreements.Single(d => d.Kind == DisagreementKinds.Denial);
        Assert.Equal([("affirmed", new[] { ids["claim-1"], ids["claim-3"] }), ("denied", [ids["claim-2"]])],
            denial.Sides.Select(s => (s.Value, s.Events.ToArray())));
        var count = bombing.Disagreements.Single(d => d.Kind == DisagreementKinds.Count);
        Assert.Equal("killed", count.Unit);
        Assert.Equal([("7", new[] { ids["claim-1"] }), ("12", [ids["claim-3"]])], count.Sides.Select(s => (s.Value, s.Events.ToArray())));
        Assert.Equal(2, bombing.Disagreements.Count);

        // Each claim keeps who claims it, its modality, outlet and sentence.
        var denied = bombing.Claims.Single(c => c.DocumentId == "claim-2");
        Assert.Equal(("denied", "المتحدث باسم حفتر", "العربية"), (denied.Modality, denied.Attribution, denied.Outlet));
        Assert.Equal("نفى المتحدث باسم حفتر أن تكون قواته قصفت حكومة الوفاق في معيتيقة.", denied.Evidence);

        // The bombing two months later is another happening.
        Assert.DoesNotContain(report.Groups, g => g.Claims.Any(c => c.DocumentId == "claim-4"));
    }

    [Fact]
    public void Mutual_accusations_disagree_on_direction_and_a_corroborated_backing_is_not_contested()
    {
        IngestClaims();
        var report = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery());
        var accusations = GroupOf(report, "claim-5");
        Assert.Equal("accusation", accusations.Family);
        var direction = Assert.Single(accusations.Disagreements);
        Assert.Equal(DisagreementKinds.Direction, direction.Kind);
        Assert.Equal(["تركيا → الإمارات", "الإمارات → تركيا"], direction.Sides.Select(s => s.Value).Order(StringComparer.Ordinal).Reverse());

        var backing = GroupOf(report, "claim-7");
        Assert.Equal(("backing", 2, false), (backing.Family, backing.Claims.Count, backing.Contested));
        Assert.Equal(["AID", "SUPPORT"], backing.Claims.Select(c => c.Type).Order());

        // A group shows at most so many claims, counting them all, and keeps one claim per side of each disagreement.
        var few = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery(ClaimsPerGroup: 1));
        var oneBacking = few.Groups.Single(g => g.Family == "backing");
        Assert.Equal((1, 2), (oneBacking.Claims.Count, oneBacking.ClaimCount));
        Assert.Equal(backing.Claims[0].Evidence, oneBacking.Claims[0].Evidence);
        Assert.Equal(2, GroupOf(few, "claim-5").Claims.Count);

        // Generic actors are compared by their group across documents: the two tolls of one ambush.
        var ambush = GroupOf(report, "claim-9");
        Assert.Equal(["claim-9", "claim-10"], ambush.Claims.Select(c => c.DocumentId));
        Assert.Equal(["3", "5"], Assert.Single(ambush.Disagreements).Sides.Select(s => s.Value));

        Assert.Equal((4, 3), (report.Total, report.Contested));
        Assert.True(report.Groups.Take(3).All(g => g.Contested), "contested groups come first");
        var contested = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery(ContestedOnly: true));
        Assert.Equal(3, contested.Total);
        Assert.DoesNotContain(contested.Groups, g => g.Claims.Any(c => c.DocumentId == "claim-7"));
    }

    [Fact]
    public void Claims_filter_by_entity_document_and_dates_and_a_narrow_window_splits_a_happening()
    {
        IngestClaims();
        var finder = new ClaimFinder(Store, TestTables.Value.ClaimFamilies);
        var turkey = Store.FindEntity("تركيا")!.Id;
        Assert.Equal("claim-5", Assert.Single(finder.Find(new ClaimQuery(Entity: turkey)).Groups).Claims[0].DocumentId);
        Assert.Equal("force", Assert.Single(finder.Find(new ClaimQuery(Document: "claim-2")).Groups).Family);
        // A claim inside the dates brings its group, with the claims just outside them.
        var april10 = Assert.Single(finder.Find(new ClaimQuery(From: new PartialDate(2019, 4, 10), To: new PartialDate(2019, 4, 30))).Groups);
        Assert.Equal(3, april10.Claims.Count);
        Assert.Empty(finder.Find(new ClaimQuery(From: new PartialDate(2022))).Groups);
        // With a window of 0 days, claims a day apart are separate happenings.
        Assert.DoesNotContain(finder.Find(new ClaimQuery(WindowDays: 0)).Groups, g => g.Family == "force" && g.Claims.Count == 3);
    }

    [Fact]
    public void A_denial_flagged_as_wrong_leaves_the_group_and_returns_when_unflagged()
    {
        IngestClaims();
        var finder = new ClaimFinder(Store, TestTables.Value.ClaimFamilies);
        var denied = GroupOf(finder.Find(new ClaimQuery()), "claim-2").Claims.Single(c => c.DocumentId == "claim-2");
        Assert.NotNull(Store.FlagEvent(denied.Id, "analyst", "the spokesman denied another strike"));
        var bombing = GroupOf(finder.Find(new ClaimQuery()), "claim-1");
        Assert.Equal(["claim-1", "claim-3"], bombing.Claims.Select(c => c.DocumentId));
        Assert.Equal([DisagreementKinds.Count], bombing.Disagreements.Select(d => d.Kind));

        Store.UnflagEvent(denied.Id, "analyst");
        Assert.Contains(DisagreementKinds.Denial, GroupOf(finder.Find(new ClaimQuery()), "claim-1").Disagreements.Select(d => d.Kind));
    }

    /// <summary>A toll naming neither the attacker nor a place, the next day: an attack on the GNA, but not one that can be told apart.</summary>
    private static Document VagueToll() => new DocBuilder("claim-12",
            "قتل عشرون مدنيا في قصف على مواقع حكومة الوفاق.",
            published: "2019-04-09", outlet: "المرصد")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Event(EventType.ASSAULT, "قصف", [], ["gna"], quantities: [("عشرون مدنيا", 20, "killed")])
        .Build();

    [Fact]
    public void A_claim_naming_one_side_without_a_place_is_not_taken_for_a_happening_of_those_actors()
    {
        // Before: the toll joined the Mitiga bombing (its actor within the bombing's, the next day, no place to differ) and
        // made a count disagreement (7 against 20 killed) no outlet made; the one-sided toll at Mitiga still joins.
        IngestAll([Bombing(), Denial(), Toll(), VagueToll()]);
        var report = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery(MinClaims: 1));
        var bombing = GroupOf(report, "claim-1");
        Assert.Equal(["claim-1", "claim-2", "claim-3"], bombing.Claims.Select(c => c.DocumentId));
        Assert.Equal(["7", "12"], bombing.Disagreements.Single(d => d.Kind == DisagreementKinds.Count).Sides.Select(s => s.Value));
        Assert.Equal("claim-12", Assert.Single(GroupOf(report, "claim-12").Claims).DocumentId);
    }

    [Fact]
    public void Merged_entities_are_one_actor_for_claims()
    {
        IngestAll(Bombing(), new DocBuilder("claim-11", "نفى المشير أن تكون قواته قصفت حكومة الوفاق.", published: "2019-04-09", outlet: "العربية")
            .Entity("marshal", EntityType.PER, "المشير", null, "the Marshal")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.ASSAULT, "قصفت", ["marshal"], ["gna"], modality: Modality.Denied)
            .Build());
        var finder = new ClaimFinder(Store, TestTables.Value.ClaimFamilies);
        Assert.Empty(finder.Find(new ClaimQuery()).Groups);
        Assert.NotNull(Store.MergeEntities(Store.FindEntity("المشير")!.Id, Store.FindEntity("حفتر")!.Id, "analyst"));
        var group = Assert.Single(finder.Find(new ClaimQuery()).Groups);
        Assert.Equal([DisagreementKinds.Denial], group.Disagreements.Select(d => d.Kind));
    }
}

/// <summary>Co-mentions beside a claim group: its actors named together without an event around its dates (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    private static Document NamedTogether(string id, string published) => new DocBuilder(id,
            "وتبادلت حكومة الوفاق وقوات حفتر الروايات حول معيتيقة.", published: published, outlet: "الوسط")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Build();

    [Fact]
    public void A_claim_group_shows_its_actors_named_together_without_an_event_around_its_dates()
    {
        IngestAll(Bombing(), Denial(), NamedTogether("co-near", "2019-04-12"), NamedTogether("co-far", "2019-06-01"));
        var g = new ClaimFinder(Store, TestTables.Value.ClaimFamilies).Find(new ClaimQuery()).Groups.Single(x => x.Claims.Any(c => c.DocumentId == "claim-1"));
        var co = Assert.Single(g.CoMentions);
        // The sentence of April 12 lies within the week after the claims (April 8–9); the one of June does not.
        Assert.Equal((1, "2019-04-01", "2019-04-16"), (co.Sentences, co.From, co.To));
        Assert.Equal(["Government of National Accord", "Khalifa Haftar"], new[] { co.A.NameEn, co.B.NameEn }.Order());
        var sentences = Store.CoMentionSentences(new CoMentionQuery(co.A.Id, co.B.Id, PartialDate.FromDate(DateOnly.ParseExact(co.From, "yyyy-MM-dd")), PartialDate.FromDate(DateOnly.ParseExact(co.To, "yyyy-MM-dd"))))!;
        Assert.Equal("co-near", Assert.Single(sentences.Sentences).DocumentId);
    }
}
