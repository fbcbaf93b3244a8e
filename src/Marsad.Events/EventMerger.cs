using Marsad.Core.Model;

namespace Marsad.Events;

/// <summary>
/// Within one document, an event restated several times (التنسيق المصري - الفرنسي in three sentences)
/// is one event: same type and mode, same participants (either direction when symmetric) and no
/// conflicting dates (a month holds its days: 2015-08 and 2015-08-04 agree). The most confident statement
/// is kept; the most precise date, and quantities, places and attributions missing from it, are taken from
/// the others.
/// </summary>
public static class EventMerger
{
    public static List<Event> Merge(IEnumerable<(Event Event, bool Symmetric)> events)
    {
        var kept = new List<(Event Event, bool Symmetric)>();
        foreach (var (e, sym) in events.OrderByDescending(x => x.Event.Confidence))
        {
            int k = kept.FindIndex(x => Same(x.Event, e, sym || x.Symmetric));
            if (k < 0) { kept.Add((e, sym)); continue; }
            var into = kept[k].Event;
            // the restatement with a day says more than the one dated by the month of the article's news
            if (into.Date is null || (e.Date is { } ed && into.Date.Date.Holds(ed.Date))) into.Date = e.Date ?? into.Date;
            into.Mode ??= e.Mode;
            if (into.Cameo is { Length: 3 } && e.Cameo is { } c && c.StartsWith(into.Cameo[..2], StringComparison.Ordinal) && c[2] != '0' && into.Cameo[2] == '0') into.Cameo = c;
            into.Location ??= e.Location;
            if (into.Attribution is null && e.Attribution is not null) { into.Attribution = e.Attribution; into.Modality = e.Modality; }
            foreach (var q in e.Quantities) if (!into.Quantities.Exists(x => x.Span == q.Span)) into.Quantities.Add(q);
            into.Confidence = ConfidenceWeights.Restated(into.Confidence);
        }
        return kept.Select(x => x.Event).OrderBy(e => e.Trigger.Start).ToList();
    }

    private static bool Same(Event a, Event b, bool symmetric)
    {
        if (a.Type != b.Type || (a.Mode != b.Mode && a.Mode is not null && b.Mode is not null) || !Compatible(a.Modality, b.Modality)) return false;
        if (a.Date is { } da && b.Date is { } db && !da.Date.Holds(db.Date) && !db.Date.Holds(da.Date)) return false;
        bool forward = SameSet(a.Sources, b.Sources) && SameSet(a.Targets, b.Targets);
        bool backward = symmetric && SameSet(a.Sources.Concat(a.Targets), b.Sources.Concat(b.Targets));
        return forward || backward;
    }

    /// <summary>A claim asserted in the headline and reported in the body is one claim; a plan and a denial are not.</summary>
    private static bool Compatible(Modality a, Modality b) =>
        a == b || (a is Modality.Asserted or Modality.Reported && b is Modality.Asserted or Modality.Reported);

    private static bool SameSet(IEnumerable<Entity> x, IEnumerable<Entity> y) => x.ToHashSet().SetEquals(y);
}
