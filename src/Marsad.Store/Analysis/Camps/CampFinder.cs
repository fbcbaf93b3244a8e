namespace Marsad.Store.Analysis.Camps;

/// <summary>Camps over time read from a corpus store, each change of camp with the events (and their evidence) that moved the actor.</summary>
public sealed class CampFinder(ICorpusStore store, TieWeights? weights = null)
{
    public CampReport Find(CampQuery query)
    {
        var set = store.ActorEvents(new ActorEventQuery(query.From, query.To));
        var report = new CampAnalysis(weights ?? TieWeights.Default).Run(set, query);
        var periods = report.Periods.ToDictionary(p => p.Period);
        var changes = report.Changes.Select(c =>
        {
            if (c.EventIds.Count == 0) return c;
            var p = periods[c.Period];
            var timeline = store.Timeline(new TimelineQuery([c.Actor.Id], Date(p.From), Date(p.To), Limit: 100_000)).ToDictionary(e => e.Id);
            return c with { Events = c.EventIds.Where(timeline.ContainsKey).Select(id => timeline[id]).ToList() };
        }).ToList();
        return report with { Changes = changes };
    }

    private static Core.Model.PartialDate? Date(string? iso) =>
        Core.Model.PartialDate.TryParse(iso, out var d) ? d : null;
}
