using System.Runtime.CompilerServices;

namespace Marsad.Store.Analysis;

/// <summary>
/// What the analysis views compute from a store, kept until the store's <see cref="ICorpusStore.Version"/> changes
/// (a write in this process or another): the same question asked again costs a version read. A few results per store,
/// the oldest dropped first.
/// </summary>
internal static class VersionedCache
{
    private const int Capacity = 32;

    private sealed class Entries
    {
        public long Version = -1;
        public readonly Dictionary<object, object> Values = [];
        public readonly Queue<object> Order = [];
    }

    private static readonly ConditionalWeakTable<ICorpusStore, Entries> s_stores = [];

    public static T Get<T>(ICorpusStore store, object key, Func<T> compute) where T : class
    {
        long version = store.Version;
        var entries = s_stores.GetValue(store, _ => new Entries());
        lock (entries)
        {
            if (entries.Version != version)
            {
                entries.Values.Clear();
                entries.Order.Clear();
                entries.Version = version;
            }
            if (entries.Values.TryGetValue(key, out var kept)) return (T)kept;
        }
        // Computed outside the lock; a write meanwhile makes the version read above older than the rows read, so the
        // result is kept under that older version and computed again at the next question.
        var value = compute();
        lock (entries)
        {
            if (entries.Version == version && entries.Values.TryAdd(key, value))
            {
                entries.Order.Enqueue(key);
                while (entries.Order.Count > Capacity) entries.Values.Remove(entries.Order.Dequeue());
            }
        }
        return value;
    }
}
