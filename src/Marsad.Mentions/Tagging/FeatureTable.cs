namespace Marsad.Mentions.Tagging;

/// <summary>
/// Open-addressing map from a 64-bit feature key to its row in the weight matrix.
/// Read-only after construction, so lookups are thread-safe; key 0 marks an empty slot.
/// </summary>
public sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        int cap = 16;
        while (cap < keys.Length * 2) cap <<= 1;
        _keys = new ulong[cap];
        _rows = new int[cap];
        _mask = cap - 1;
        Count = keys.Length;
        for (int row = 0; row < keys.Length; row++)
        {
            int i = Slot(keys[row]);
            while (_keys[i] != 0)
            {
                if (_keys[i] == keys[row]) throw new ArgumentException("duplicate feature key", nameof(keys));
                i = (i + 1) & _mask;
            }
            _keys[i] = keys[row];
            _rows[i] = row;
        }
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 when the model has no such feature.</summary>
    public int Find(ulong key)
    {
        int i = Slot(key);
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return _rows[i];
            if (k == 0) return -1;
            i = (i + 1) & _mask;
        }
    }

    private int Slot(ulong key) => (int)(key >> 32) & _mask;
}
