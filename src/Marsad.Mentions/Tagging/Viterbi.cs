namespace Marsad.Mentions.Tagging;

/// <summary>
/// First-order Viterbi decoding over per-token label scores and label-to-label transition
/// scores. <c>transitions</c> is (L+1)×L: row p is the previous label, row L the sentence start.
/// </summary>
public static class Viterbi
{
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int labels, Span<int> best)
    {
        int n = best.Length;
        if (n == 0) return;
        int L = labels;
        Span<float> prev = stackalloc float[L];
        Span<float> cur = stackalloc float[L];
        Span<int> back = n * L <= 2048 ? stackalloc int[n * L] : new int[n * L];
        for (int y = 0; y < L; y++) prev[y] = transitions[L * L + y] + emissions[y];
        for (int i = 1; i < n; i++)
        {
            var e = emissions.Slice(i * L, L);
            for (int y = 0; y < L; y++)
            {
                float bestScore = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float sc = prev[p] + transitions[p * L + y];
                    if (sc > bestScore) { bestScore = sc; arg = p; }
                }
                cur[y] = bestScore + e[y];
                back[i * L + y] = arg;
            }
            cur.CopyTo(prev);
        }
        int last = 0;
        for (int y = 1; y < L; y++) if (prev[y] > prev[last]) last = y;
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i * L + best[i]];
    }
}
