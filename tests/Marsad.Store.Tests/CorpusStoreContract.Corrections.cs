using Marsad.Core.Model;

namespace Marsad.Store.Tests;

/// <summary>The analyst's corrections: applied to every view, kept across re-ingest, undoable, audited (both backends).</summary>
public abstract partial class CorpusStoreContract
{
    private long AidEventOfMeeting() =>
        Store.GetDocument("a1")!.Events.Single(e => e.Type == "AID").Id;

    private int AidEdges(long haftar) =>
        Store.Graph(new GraphQuery(haftar)).Edges.Where(e => e.Type == "AID" && e.Target == haftar).Sum(e => e.Count);

    [Fact]
    public void A_flagged_event_leaves_the_timeline_profile_and_graph_survives_reingest_and_comes_back_on_undo()
    {
        IngestAll([.. TestCorpus.All()]);
        var haftar = Store.FindEntity("Khalifa Haftar")!.Id;
        var timeline = Store.Timeline(new TimelineQuery([haftar])).Count;
        var aid = AidEdges(haftar);
        var partners = Store.Profile(haftar)!.Partners.Where(p => p.Type == "AID").Sum(p => p.Count);
        Assert.Equal(2, aid);

        var flaggedEvent = AidEventOfMeeting();
        var flag = Store.FlagEvent(flaggedEvent, "analyst-1", "the aid is denied later in the article")!;
        Assert.Equal("flag_event", flag.Action);
        Assert.Null(flag.UndoneAt);
        Assert.Equal(timeline - 1, Store.Timeline(new TimelineQuery([haftar])).Count);
        Assert.Equal(aid - 1, AidEdges(haftar));
        Assert.Equal(partners - 1, Store.Profile(haftar)!.Partners.Where(p => p.Type == "AID").Sum(p => p.Count));
        Assert.DoesNotContain(Store.Graph(new GraphQuery(haftar, From: new PartialDate(2019))).Edges.SelectMany(e => e.Evidence), x => x.DocumentId == "a1" && x.Sentence.Contains("دعما"));
        // The shared event reads behind exports and network analysis leave it out too.
        Assert.DoesNotContain(Store.ExportEvents(new TimelineQuery([]), pageSize: 2), e => e.Id == flaggedEvent);
        Assert.DoesNotContain(Store.ActorEvents(new ActorEventQuery()).Events, e => e.Id == flaggedEvent);
        Assert.Contains(Store.ActorEvents(new ActorEventQuery()).Events, e => e.DocumentId == "a1");
        // Its document still shows it, marked, and the contract export of the document leaves it out.
        var view = Store.GetDocument("a1")!;
        Assert.True(view.Events.Single(e => e.Id == flaggedEvent).Flagged);
        Assert.Equal(view.Events.Count - 1, Marsad.Store.Export.ContractDocument.From(view).Events.Count);

        // Another version of the article (a sentence added) is extracted again: the same sentence's event stays flagged.
        var meeting = TestCorpus.Meeting();
        var longer = new DocBuilder("a1", meeting.Text + " وتستمر المشاورات الأسبوع المقبل.", published: "2019-03-10", outlet: "الوطن", title: "لقاء في القاهرة")
            .Entity("e1", EntityType.PER, "خليفة حفتر", TestCorpus.HaftarKb, "Khalifa Haftar", "خليفة حفتر", "حفتر")
            .Entity("e3", EntityType.GPE, "مصر", TestCorpus.EgyptKb, "Egypt", "مصر")
            .Event(EventType.AID, "قدمت دعما عسكريا", ["e3"], ["e1"], mode: "military")
            .Build();
        Assert.Equal(IngestStatus.Replaced, Store.Ingest(longer, replace: true).Status);
        Assert.NotEqual(flaggedEvent, AidEventOfMeeting());
        Assert.Equal(aid - 1, AidEdges(haftar));

        var undone = Store.Undo(flag.Id, "analyst-2")!;
        Assert.Equal("analyst-2", undone.UndoneBy);
        Assert.NotNull(undone.UndoneAt);
        Assert.Equal(aid, AidEdges(haftar));
        var audit = Store.Corrections();
        Assert.Equal(undone, Assert.Single(audit));
        Assert.Equal("analyst-1", audit[0].Author);
        Assert.Null(Store.FlagEvent(-5, "analyst-1"));
        Assert.Null(Store.Undo(-5, "analyst-1"));
    }
}
