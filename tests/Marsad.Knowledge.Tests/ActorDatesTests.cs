using Marsad.Core.Model;
using Marsad.Knowledge.Index;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Tests;

public class ActorDatesTests
{
    private static KbEntry Entry(string id, PartialDate? from = null, PartialDate? to = null) => new()
    {
        Id = id, Kind = KbKind.Government, Type = EntityType.ORG, NameAr = "حكومة", Aliases = ["حكومة"], Source = "test", From = from, To = to,
    };

    [Theory]
    [InlineData(2015, 11, false)]
    [InlineData(2015, 12, true)]
    [InlineData(2018, 0, true)]
    [InlineData(2021, 0, true)]   // a text dated only by year overlaps an actor that ended in March
    [InlineData(2021, 4, false)]
    public void An_actor_exists_between_its_dates(int year, int month, bool exists) =>
        Assert.Equal(exists, Entry("M:g", new PartialDate(2015, 12), new PartialDate(2021, 3)).ExistsAt(new PartialDate(year, month)));

    [Fact]
    public void An_actor_without_dates_always_exists() => Assert.True(Entry("M:g").ExistsAt(new PartialDate(1990)));

    [Fact]
    public void The_index_keeps_dates_and_writes_them_only_for_dated_actors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-kb-dates-{Guid.NewGuid():N}.tsv");
        try
        {
            KbIndexFile.Write(path, [Entry("M:a", new PartialDate(2014, 8), null), Entry("M:b")], []);
            var lines = File.ReadAllLines(path).Where(l => l.StartsWith("M:", StringComparison.Ordinal)).ToList();
            Assert.Equal([16, 14], lines.Select(l => l.Split('\t').Length));
            var (entries, _) = KbIndexFile.Read(path);
            Assert.Equal((new PartialDate(2014, 8), (PartialDate?)null), (entries[0].From, entries[0].To));
            Assert.Null(entries[1].From);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void The_committed_knowledge_base_dates_libyan_governments_and_shares_institution_names()
    {
        var kb = CommittedKb.Kb;
        var gna = kb.Get("M:gna")!;
        Assert.False(gna.ExistsAt(new PartialDate(2015, 6)));
        Assert.True(gna.ExistsAt(new PartialDate(2018, 2)));
        Assert.True(kb.Get("M:nsg-ly")!.ExistsAt(new PartialDate(2015, 6)));
        var houses = kb.LookupText("مجلس النواب").Select(h => h.Entry.StateId).Distinct().ToList();
        Assert.Contains("Q79", houses);
        Assert.Contains("Q1016", houses);
    }
}
