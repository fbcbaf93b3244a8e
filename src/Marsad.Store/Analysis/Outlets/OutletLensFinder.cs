namespace Marsad.Store.Analysis.Outlets;

/// <summary>
/// Each outlet's lens read from a corpus store (events through the shared reads: flagged events left out, merged entities
/// one); a report is kept until the store changes.
/// </summary>
public sealed class OutletLensFinder(ICorpusStore store)
{
    public OutletLensReport Find(OutletLensQuery q) =>
        VersionedCache.Get(store, q, () => OutletLensAnalysis.Run(store.ActorEvents(new ActorEventQuery(q.From, q.To)), q));
}
