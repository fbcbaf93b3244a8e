using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>The map's reads: events by where they happened, documents by the places they mention (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    private PlaceCount? Place(PlaceQuery q, string name) => Store.PlaceCounts(q).SingleOrDefault(p => p.Place.NameEn == name);

    [Fact]
    public void Places_count_their_events_and_documents_within_the_filters()
    {
        IngestAll([.. TestCorpus.All()]);
        var all = new PlaceQuery();
        var cairo = Place(all, "Cairo")!;
        Assert.Equal((1, 1), (cairo.Events, cairo.Documents));
        Assert.Equal((0, 3), (Place(all, "Egypt")!.Events, Place(all, "Egypt")!.Documents));
        Assert.Equal(1, Place(all, "Tunisia")!.Documents);
        Assert.DoesNotContain(Store.PlaceCounts(all), p => p.Place.Type is not ("GPE" or "LOC"));

        var meeting = Assert.Single(Store.PlaceEvents(all with { Places = [cairo.Place.Id] }));
        Assert.Equal(("CONSULT", "2019-03-09", "a1", "التقى", cairo.Place.Id), (meeting.Type, meeting.Date, meeting.DocumentId, meeting.Trigger, meeting.Place));
        Assert.Empty(Store.PlaceEvents(all with { Places = [] }));

        // dates bound events by their date and documents by publication; a type narrows the events
        var since2020 = new PlaceQuery(From: new PartialDate(2020));
        Assert.Null(Place(since2020, "Cairo"));
        Assert.Equal(2, Place(since2020, "Egypt")!.Documents);
        Assert.Equal(1, Place(new PlaceQuery(To: new PartialDate(2019, 3)), "Cairo")!.Events);
        Assert.Equal(0, Place(new PlaceQuery(Type: "AID"), "Cairo")!.Events);
        Assert.Empty(Store.PlaceEvents(new PlaceQuery(Type: "AID")));
    }

    [Fact]
    public void Places_follow_the_analysts_corrections()
    {
        IngestAll([.. TestCorpus.All()]);
        var cairo = Place(new PlaceQuery(), "Cairo")!.Place.Id;
        var consult = Store.PlaceEvents(new PlaceQuery()).Single().Id;

        var flag = Store.FlagEvent(consult, "analyst-1", "not a meeting")!;
        Assert.Equal(0, Place(new PlaceQuery(), "Cairo")!.Events);
        Assert.Empty(Store.PlaceEvents(new PlaceQuery()));
        Store.Undo(flag.Id, "analyst-1");
        Assert.Equal(1, Place(new PlaceQuery(), "Cairo")!.Events);

        // a place merged into another is counted as that one
        var egypt = Place(new PlaceQuery(), "Egypt")!.Place.Id;
        Store.MergeEntities(cairo, egypt, "analyst-1", "the capital stands for the state here");
        Assert.Null(Place(new PlaceQuery(), "Cairo"));
        Assert.Equal((1, 3), (Place(new PlaceQuery(), "Egypt")!.Events, Place(new PlaceQuery(), "Egypt")!.Documents));
        Assert.Equal(egypt, Store.PlaceEvents(new PlaceQuery(Places: [egypt])).Single().Place);

        // an entity whose type is fixed to a person is no longer a place
        Store.SetEntityType(Place(new PlaceQuery(), "Tunisia")!.Place.Id, "PER", "analyst-1");
        Assert.Null(Place(new PlaceQuery(), "Tunisia"));
    }
}
