using Marsad.Core.Model;
using Marsad.Store.Analysis.Outlets;

namespace Marsad.Store.Tests;

/// <summary>Each outlet's lens read from a real store (both backends): one outlet reports Haftar's attacks, the other his backers.</summary>
public abstract partial class CorpusStoreContract
{
    private static Document[] Lenses() =>
    [
        new DocBuilder("lens-1", "قصفت قوات حفتر مواقع حكومة الوفاق بحسب حكومة الوفاق.", published: "2019-04-10", outlet: "الوسط")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"], modality: Modality.Reported, attribution: "بحسب حكومة الوفاق")
            .Build(),
        new DocBuilder("lens-2", "حاصرت قوات حفتر حكومة الوفاق في طرابلس.", published: "2019-04-12", outlet: "الوسط")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.COERCE, "حاصرت", ["haftar"], ["gna"])
            .Build(),
        new DocBuilder("lens-3", "أعلنت مصر دعمها لحفتر، وأرسلت الإمارات أسلحة إلى حفتر.", published: "2019-04-11", outlet: "العربية")
            .Entity("egypt", EntityType.GPE, "مصر", "Q79", "Egypt")
            .Entity("uae", EntityType.GPE, "الإمارات", "Q878", "United Arab Emirates")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar", "لحفتر", "حفتر")
            .Event(EventType.SUPPORT, "دعمها", ["egypt"], ["haftar"])
            .Event(EventType.AID, "وأرسلت", ["uae"], ["haftar"], mode: "military")
            .Build(),
    ];

    [Fact]
    public void Each_outlet_shows_its_tone_about_an_actor_beside_the_rest_of_the_corpus()
    {
        IngestAll(Lenses());
        var report = new OutletLensFinder(Store).Find(new OutletLensQuery());
        Assert.Equal((4, 3), (report.Corpus.Events, report.Corpus.Documents));
        Assert.Equal(["العربية", "الوسط"], report.Outlets.Select(o => o.Outlet)); // two events each: by name

        var wasat = report.Outlets[1];
        var haftar = wasat.Actors.Single(a => a.Actor.NameEn == "Khalifa Haftar");
        Assert.Equal((2, 0, 2, 2, 0), (haftar.Events, haftar.Cooperative, haftar.Hostile, haftar.HostileBy, haftar.HostileAgainst));
        Assert.Equal((1.0, 0.0), (haftar.HostileShare, haftar.RestHostileShare));
        Assert.Equal(2, haftar.EventIds.Count);
        Assert.Null(wasat.Actors.Single(a => a.Actor.NameEn == "Government of National Accord").RestHostileShare); // no one else reports it
        Assert.Equal(1.0, wasat.ToneDivergence);
        Assert.Equal((2, 1), (wasat.Documents, wasat.Attributed));
        Assert.Equal("بحسب حكومة الوفاق", Assert.Single(wasat.Sources).Source);
        // Its mix (½ asserted, ½ reported) against the rest's (all asserted): 0.3113 by hand (DivergenceTests).
        Assert.Equal(0.3113, wasat.ModalityDivergence);
        var reported = wasat.Modalities.Single(m => m.Modality == "reported");
        Assert.Equal((1, 0.5, 0.0), (reported.Events, reported.Share, reported.RestShare));

        var arabiya = report.Outlets[0];
        var backed = arabiya.Actors.Single(a => a.Actor.NameEn == "Khalifa Haftar");
        Assert.Equal((2, 0.0, 1.0), (backed.Cooperative, backed.HostileShare, backed.RestHostileShare));
        Assert.Equal(1.0, arabiya.ToneDivergence); // Egypt and the UAE, in one event each, are under the minimum of two
        Assert.Empty(arabiya.Sources);

        Assert.Equal(["العربية"], new OutletLensFinder(Store).Find(new OutletLensQuery(Outlet: "عربي")).Outlets.Select(o => o.Outlet));
    }

    private static Document Sourced(string id, string text, string attribution) => new DocBuilder(id, text, published: "2019-04-10", outlet: "الوسط")
        .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
        .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
        .Entity("mismari", EntityType.PER, "أحمد المسماري", "Q1000009", "Ahmed al-Mismari", "المسماري")
        .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"], modality: Modality.Reported, attribution: attribution, attributionEntity: "mismari")
        .Build();

    [Fact]
    public void Attributions_linked_to_one_entity_are_one_source_named_by_the_phrase_used_most()
    {
        // Before: three sources of one event each (the spokesman by title and name, by surname twice as one).
        IngestAll(
            Sourced("src-1", "قصفت قوات حفتر حكومة الوفاق، قال المتحدث باسم الجيش أحمد المسماري.", "المتحدث باسم الجيش أحمد المسماري"),
            Sourced("src-2", "قصفت قوات حفتر حكومة الوفاق، بحسب المسماري.", "المسماري"),
            Sourced("src-3", "وقال المسماري إن قوات حفتر قصفت حكومة الوفاق.", "المسماري"),
            new DocBuilder("src-4", "قصفت قوات حفتر حكومة الوفاق بحسب مصادر محلية.", published: "2019-04-11", outlet: "الوسط")
                .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
                .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
                .Event(EventType.ASSAULT, "قصفت", ["haftar"], ["gna"], modality: Modality.Reported, attribution: "مصادر محلية")
                .Build());
        var wasat = Assert.Single(new OutletLensFinder(Store).Find(new OutletLensQuery()).Outlets);
        Assert.Equal([("المسماري", 3), ("مصادر محلية", 1)], wasat.Sources.Select(x => (x.Source, x.Events)));
        Assert.Equal(["المتحدث باسم الجيش أحمد المسماري"], wasat.Sources[0].Forms);
        Assert.Equal(Store.FindEntity("أحمد المسماري")!.Id, wasat.Sources[0].Entity);
        Assert.Null(wasat.Sources[1].Entity);
    }

    [Fact]
    public void A_denial_counts_in_the_modality_mix_but_not_in_the_tone()
    {
        IngestAll([.. Lenses(), new DocBuilder("lens-4", "نفت قوات حفتر قصف حكومة الوفاق.", published: "2019-04-13", outlet: "الساعة 24")
            .Entity("haftar", EntityType.PER, "حفتر", "Q1000001", "Khalifa Haftar")
            .Entity("gna", EntityType.ORG, "حكومة الوفاق", null, "Government of National Accord")
            .Event(EventType.ASSAULT, "قصف", ["haftar"], ["gna"], modality: Modality.Denied)
            .Build()]);
        var denier = new OutletLensFinder(Store).Find(new OutletLensQuery(Outlet: "الساعة")).Outlets.Single();
        Assert.Equal((1, "denied", 1.0), (denier.Events, denier.Modalities.Single().Modality, denier.Modalities.Single().Share));
        Assert.Empty(denier.Actors);
        Assert.Null(denier.ToneDivergence);
    }

    [Fact]
    public void A_flagged_event_leaves_its_outlet_lens()
    {
        IngestAll(Lenses());
        var siege = Store.Timeline(new TimelineQuery([Store.FindEntity("حفتر")!.Id], Type: "COERCE")).Single();
        Store.FlagEvent(siege.Id, "analyst");
        var wasat = new OutletLensFinder(Store).Find(new OutletLensQuery()).Outlets.Single(o => o.Outlet == "الوسط");
        Assert.Equal(1, wasat.Events);
        Assert.DoesNotContain(siege.Id, wasat.Actors.SelectMany(a => a.EventIds));
    }
}
