using Marsad.Core.Model;
using Marsad.Store.Analysis.Camps;

namespace Marsad.Store.Tests;

/// <summary>Co-mentions (two actors in a sentence without an event connecting them) stored, read and shown beside the camps (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    // Sentence 1: Qatar and the GNA are named together, no event. Sentence 2: an event ties Turkey to the GNA, so that
    // pair is no co-mention, but Qatar, named there too, is co-mentioned with both. Sentence 3: a ROLE relation explains
    // Erdogan with Turkey. Sentence 4 lists seven actors: a list, no co-mention.
    private static Document Mentioned() => new DocBuilder("co-1",
            "ذكرت قطر وحكومة الوفاق في البيان. وأرسلت تركيا مساعدات إلى حكومة الوفاق بعد زيارة وزير قطر. " +
            "وقال الرئيس التركي أردوغان كلمته. وحضر مندوبو مصر والأردن وفرنسا وإيطاليا وروسيا والجزائر وتونس.",
            published: "2019-12-01", outlet: "المرصد")
        .Entity("qatar", EntityType.GPE, "قطر", "Q846", "Qatar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey", "تركيا", "التركي")
        .Entity("erdogan", EntityType.PER, "أردوغان", "Q39723", "Recep Tayyip Erdoğan")
        .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
        .Entity("jordan", EntityType.GPE, "الأردن", "Q810", "Jordan")
        .Entity("france", EntityType.GPE, "فرنسا", "Q142", "France")
        .Entity("italy", EntityType.GPE, "إيطاليا", "Q38", "Italy")
        .Entity("russia", EntityType.GPE, "روسيا", "Q159", "Russia")
        .Entity("algeria", EntityType.GPE, "الجزائر", "Q262", "Algeria")
        .Entity("tunisia", EntityType.GPE, "تونس", "Q948", "Tunisia")
        .Event(EventType.AID, "وأرسلت", ["turkey"], ["gna"])
        .Relation(RelationType.ROLE, "erdogan", "turkey", "الرئيس", "president")
        .Build();

    private static string Pair(CoMention c, CoMentionSet set) =>
        string.Join(" – ", new[] { set.Actors[c.A].NameEn, set.Actors[c.B].NameEn }.Order());

    [Fact]
    public void Actors_named_in_a_sentence_without_an_event_between_them_are_co_mentions()
    {
        IngestAll(Mentioned());
        var set = Store.CoMentions();
        Assert.Equal(["Government of National Accord – Qatar", "Qatar – Turkey"], set.Pairs.Select(c => Pair(c, set)).Order());
        Assert.Equal(2, set.Pairs.Single(c => Pair(c, set) == "Government of National Accord – Qatar").Sentences);
        Assert.All(set.Pairs, c => Assert.Equal("2019-12-01", c.Date));

        long qatar = Store.FindEntity("قطر")!.Id, gna = Store.FindEntity("حكومة الوفاق")!.Id;
        var sentences = Store.CoMentionSentences(new CoMentionQuery(qatar, gna))!;
        Assert.Equal(2, sentences.Total);
        Assert.Equal(["ذكرت قطر وحكومة الوفاق في البيان.", "وأرسلت تركيا مساعدات إلى حكومة الوفاق بعد زيارة وزير قطر."],
            sentences.Sentences.Select(s => s.Sentence.Trim()));
        Assert.Equal(0, Store.CoMentionSentences(new CoMentionQuery(qatar, gna, From: new PartialDate(2020)))!.Total);
        Assert.Null(Store.CoMentionSentences(new CoMentionQuery(qatar, 999_999)));

        var profile = Store.Profile(qatar)!;
        Assert.Equal([("Government of National Accord", 2, 1), ("Turkey", 1, 1)],
            profile.CoMentioned.Select(p => (p.Entity.NameEn!, p.Sentences, p.Documents)));
    }

    [Fact]
    public void Co_mentions_leave_with_their_document_and_follow_merges()
    {
        IngestAll(Mentioned());
        long qatar = Store.FindEntity("قطر")!.Id, turkey = Store.FindEntity("تركيا")!.Id;
        Assert.NotNull(Store.MergeEntities(qatar, turkey, "analyst"));
        var merged = Store.CoMentions();
        // Qatar is now Turkey: its pair with Turkey is inside one entity, its pair with the GNA is Turkey's.
        Assert.Equal(["Government of National Accord – Turkey"], merged.Pairs.Select(c => Pair(c, merged)));

        var replaced = new DocBuilder("co-1", "أرسلت تركيا مساعدات إلى حكومة الوفاق.", published: "2019-12-01")
            .Entity("turkey", EntityType.GPE, "تركيا", "Q43", "Turkey")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.AID, "أرسلت", ["turkey"], ["gna"])
            .Build();
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(replaced, replace: true).Status);
        Assert.Empty(Store.CoMentions().Pairs);
    }

    [Fact]
    public void Camps_show_co_mentions_apart_from_the_ties_and_never_count_them()
    {
        IngestAll(Backers(), Turkey(), Mentioned());
        var p = Assert.Single(new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery()).Periods);
        // Qatar has no event: it is in no camp, shown only with the actor it is named with.
        Assert.DoesNotContain(p.Camps.SelectMany(c => c.Members), m => m.Actor.NameEn == "Qatar");
        Assert.Equal([("Government of National Accord", 2), ("Turkey", 1)], p.CoMentions.Where(c => c.A.NameEn == "Qatar" || c.B.NameEn == "Qatar")
            .Select(c => (c.A.NameEn == "Qatar" ? c.B.NameEn! : c.A.NameEn!, c.Sentences)));
        // Turkey and the GNA have a tie: their co-mentions would be none anyway, and no tie's weight counts co-mentions.
        Assert.DoesNotContain(p.CoMentions, c => new[] { c.A.NameEn, c.B.NameEn }.Order().SequenceEqual(["Government of National Accord", "Turkey"]));
        Assert.Equal(0, p.Frustration);

        var outside = new CampFinder(Store, TestTables.Value.TieWeights, TestTables.Value.AlignmentJoins).Find(new CampQuery(From: new PartialDate(2019, 1), To: new PartialDate(2019, 6)));
        // Qatar's co-mentions are of December; in April Turkey accused the UAE of backing Haftar: Turkey and Haftar are
        // named together without an event between them.
        Assert.Equal([("Khalifa Haftar", "Turkey", 1)], outside.Periods[0].CoMentions.Select(c => (c.A.NameEn!, c.B.NameEn!, c.Sentences)));
    }
}
