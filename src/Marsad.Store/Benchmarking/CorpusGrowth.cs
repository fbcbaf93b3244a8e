using Marsad.Store.Sql;

namespace Marsad.Store.Benchmarking;

/// <summary>Grows a benchmark store by copying its stored documents' rows (see SqlCorpusStore.GrowTo).</summary>
public static class CorpusGrowth
{
    /// <summary>Copies documents until the store holds <paramref name="documents"/>; the count reached.</summary>
    public static long GrowTo(ICorpusStore store, long documents, Action<long>? progress = null) =>
        store is SqlCorpusStore sql ? sql.GrowTo(documents, progress) : throw new ArgumentException("only SQL stores can be grown");
}
