using Marsad.Core.Model;

namespace Marsad.Events.Tests;

/// <summary>Restatements of one event merge when their dates agree: a month holds its days.</summary>
public class EventMergerTests
{
    private static readonly Entity Egypt = new("e1", EntityType.GPE, "Egypt"), France = new("e2", EntityType.GPE, "France");

    private static Event Meeting(int start, double confidence, PartialDate? date)
    {
        var ev = new Event(EventType.CONSULT, new TextSpan(start, start + 5), new TextSpan(start, start + 20))
        {
            Confidence = confidence, Date = date is { } d ? new EventDate(d) : null,
        };
        ev.Sources.Add(Egypt);
        ev.Targets.Add(France);
        return ev;
    }

    [Theory]
    [InlineData("2015-08", "2015-08-04", "2015-08-04")] // the month of the article's news and the day of the clause
    [InlineData("2015-08-04", "2015", "2015-08-04")]
    [InlineData("2015-08-04", null, "2015-08-04")]
    public void Merges_restatements_whose_dates_agree_and_keeps_the_most_precise(string first, string? second, string expected)
    {
        PartialDate.TryParse(first, out var a);
        PartialDate? b = PartialDate.TryParse(second, out var p) ? p : null;
        var merged = Assert.Single(EventMerger.Merge([(Meeting(0, 0.9, a), false), (Meeting(100, 0.8, b), false)]));
        Assert.Equal(expected, merged.Date?.Date.ToString());
    }

    [Fact]
    public void Keeps_apart_restatements_whose_dates_conflict()
    {
        PartialDate.TryParse("2015-08", out var a);
        PartialDate.TryParse("2015-07-30", out var b);
        Assert.Equal(2, EventMerger.Merge([(Meeting(0, 0.9, a), false), (Meeting(100, 0.8, b), false)]).Count);
    }
}
