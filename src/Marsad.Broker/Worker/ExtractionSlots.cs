namespace Marsad.Broker.Worker;

/// <summary>
/// The worker's extraction slots: a document takes one, or all of them when it must run alone (a document handed
/// out again, so that a crash during it is its own). Those that want all of them take them one after another.
/// </summary>
internal sealed class ExtractionSlots(int count)
{
    private readonly SemaphoreSlim _slots = new(count, count);
    private readonly SemaphoreSlim _alone = new(1, 1);

    public async Task<IDisposable> TakeAsync(bool alone, CancellationToken ct)
    {
        if (!alone)
        {
            await _slots.WaitAsync(ct);
            return new Taken(this, 1, false);
        }
        await _alone.WaitAsync(ct);
        int taken = 0;
        try
        {
            for (; taken < count; taken++) await _slots.WaitAsync(ct);
        }
        catch
        {
            if (taken > 0) _slots.Release(taken);
            _alone.Release();
            throw;
        }
        return new Taken(this, count, true);
    }

    private sealed class Taken(ExtractionSlots owner, int slots, bool alone) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1) return;
            owner._slots.Release(slots);
            if (alone) owner._alone.Release();
        }
    }
}
