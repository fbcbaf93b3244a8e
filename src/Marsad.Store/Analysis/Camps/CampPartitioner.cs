namespace Marsad.Store.Analysis.Camps;

/// <summary>
/// Splits a signed network into camps with as little frustration as it can find (correlation clustering):
/// each connected component starts as one camp, camps are split recursively along the sign of the leading
/// eigenvector of their signed adjacency (Kunegis et al. 2010's signed spectral method) while a split lowers
/// frustration, then single actors move to the camp (or a new one) that lowers it most, and camps whose
/// net tie is positive merge, until nothing improves. A few restarts with different visiting orders;
/// the best partition wins. Everything random comes from <c>seed</c>, so one seed gives one answer.
/// An actor tied to no camp-mate, only hostile to actors of other camps, fits every camp it has no tie with
/// at no cost: it is then placed with the camp most hostile to its enemies' camps (<see cref="SideByOpposition"/>),
/// rather than wherever the search left it; and a group of actors with no tie to a camp that shares its enemies joins that
/// camp (<see cref="JoinByOpposition"/>).
/// </summary>
public sealed class CampPartitioner(int seed = 1, int restarts = 4)
{
    private const double Epsilon = 1e-9;

    /// <summary>Camp of each node, numbered 0… by size (largest first), then by smallest actor id.</summary>
    public int[] Partition(SignedNetwork net)
    {
        int[]? best = null;
        double bestScore = double.MaxValue;
        for (int r = 0; r < Math.Max(1, restarts); r++)
        {
            var rng = new Random(unchecked(seed * 7919 + r)); // System.Random with a seed: the same sequence on every run
            var camp = Spectral(net, rng);
            Improve(net, camp, rng);
            double score = Frustration.Index(net, camp);
            if (score < bestScore - Epsilon) { best = camp; bestScore = score; }
        }
        if (best is not null) { SideByOpposition(net, best); JoinByOpposition(net, best); }
        return Canonical(net, best ?? []);
    }

    /// <summary>
    /// Places each actor with no tie to a camp-mate and only hostile ties (the enemy of camps it never cooperates with) in the camp
    /// that is most hostile to its enemies' camps: among the camps it has no tie with (each costs no frustration, the index is
    /// unchanged), the one whose net tie weight with the camps of its enemies, weighted by its hostility to each, is the most
    /// negative (structural balance: the enemy of my enemy is my friend). Without it such an actor stays wherever the
    /// search left it, and several of them, unrelated, can make a camp of their own that no event holds together.
    /// Nodes in order, until no move (a move never raises frustration, and each strictly raises the actor's score).
    /// </summary>
    private static void SideByOpposition(SignedNetwork net, int[] camp)
    {
        for (int round = 0; round < 10; round++)
        {
            bool moved = false;
            // Net tie weight between each pair of camps.
            var between = new Dictionary<(int, int), double>();
            foreach (var t in net.Ties)
            {
                int a = camp[t.A], b = camp[t.B];
                if (a == b) continue;
                between[(a, b)] = between.GetValueOrDefault((a, b)) + t.Weight;
                between[(b, a)] = between.GetValueOrDefault((b, a)) + t.Weight;
            }
            var camps = camp.Distinct().Order().ToList();
            for (int v = 0; v < net.Count; v++)
            {
                var ties = net.Adjacent[v];
                if (ties.Count == 0 || ties.Any(t => t.Weight >= 0 || camp[t.Other(v)] == camp[v])) continue;
                var tied = ties.Select(t => camp[t.Other(v)]).ToHashSet();
                // How hostile camp c (less v's own ties) is to v's enemies, weighted by v's hostility to each.
                double Score(int c) => ties.Sum(t =>
                {
                    int e = camp[t.Other(v)];
                    double w = between.GetValueOrDefault((c, e));
                    if (c == camp[v]) w -= ties.Where(u => camp[u.Other(v)] == e).Sum(u => u.Weight);
                    return t.Weight * w; // hostile (negative) times a hostile camp (negative): positive
                });
                double own = Score(camp[v]);
                int target = camp[v];
                double best = own;
                foreach (var c in camps)
                    if (c != camp[v] && !tied.Contains(c) && Score(c) is var s && s > best + Epsilon) { best = s; target = c; }
                if (target == camp[v]) continue;
                foreach (var t in ties)
                {
                    int e = camp[t.Other(v)];
                    between[(camp[v], e)] -= t.Weight; between[(e, camp[v])] -= t.Weight;
                    between[(target, e)] = between.GetValueOrDefault((target, e)) + t.Weight;
                    between[(e, target)] = between.GetValueOrDefault((e, target)) + t.Weight;
                }
                camp[v] = target;
                moved = true;
            }
            if (!moved) return;
        }
    }

    /// <summary>
    /// Merges camps that share enemies and have no tie between them (the same structural balance, for a group: a backer and the
    /// militia it funds, both only hostile to one side, are with that side's other enemies rather than a camp of their own).
    /// Two camps with no tie between them merge at no cost in frustration; of such pairs, the one whose net ties with the
    /// other camps agree most (the sum over third camps of the product of their net ties, positive when both are hostile to
    /// the same camp) merges first, until no pair agrees. After the search no two camps are net positive, so only shared
    /// enemies count.
    /// </summary>
    internal static void JoinByOpposition(SignedNetwork net, int[] camp)
    {
        while (true)
        {
            var between = new Dictionary<(int, int), double>();
            foreach (var t in net.Ties)
            {
                int a = camp[t.A], b = camp[t.B];
                if (a == b) continue;
                between[(a, b)] = between.GetValueOrDefault((a, b)) + t.Weight;
                between[(b, a)] = between.GetValueOrDefault((b, a)) + t.Weight;
            }
            var camps = camp.Distinct().Order().ToList();
            (int X, int Y, double Score) best = (-1, -1, Epsilon);
            foreach (var x in camps)
                foreach (var y in camps)
                {
                    if (y <= x || between.ContainsKey((x, y))) continue;
                    double score = camps.Where(e => e != x && e != y)
                        .Sum(e => between.GetValueOrDefault((x, e)) * between.GetValueOrDefault((y, e)));
                    if (score > best.Score + Epsilon) best = (x, y, score);
                }
            if (best.X < 0) return;
            for (int i = 0; i < camp.Length; i++) if (camp[i] == best.Y) camp[i] = best.X;
        }
    }

    private static int[] Spectral(SignedNetwork net, Random rng)
    {
        var camp = Components(net);
        var queue = new Queue<int>(camp.Distinct().Order());
        int next = camp.Length == 0 ? 0 : camp.Max() + 1;
        while (queue.Count > 0)
        {
            int c = queue.Dequeue();
            var members = Enumerable.Range(0, net.Count).Where(i => camp[i] == c).ToArray();
            if (members.Length < 2) continue;
            var vector = LeadingEigenvector(net, members, camp, rng);
            // Moving the negative side out costs the weight of the ties the cut crosses: negative if it helps.
            var side = new HashSet<int>(members.Where((_, i) => vector[i] < 0));
            if (side.Count == 0 || side.Count == members.Length) continue;
            double delta = 0;
            foreach (var m in side)
                foreach (var t in net.Adjacent[m])
                    if (camp[t.Other(m)] == c && !side.Contains(t.Other(m))) delta += t.Weight;
            if (delta >= -Epsilon) continue;
            foreach (var m in side) camp[m] = next;
            queue.Enqueue(c);
            queue.Enqueue(next++);
        }
        return camp;
    }

    private static int[] Components(SignedNetwork net)
    {
        var camp = Enumerable.Repeat(-1, net.Count).ToArray();
        int label = 0;
        for (int s = 0; s < net.Count; s++)
        {
            if (camp[s] >= 0) continue;
            var stack = new Stack<int>([s]);
            camp[s] = label;
            while (stack.Count > 0)
                foreach (var t in net.Adjacent[stack.Pop()])
                    foreach (var n in new[] { t.A, t.B })
                        if (camp[n] < 0) { camp[n] = label; stack.Push(n); }
            label++;
        }
        return camp;
    }

    /// <summary>Power iteration on (A + cI) restricted to one camp; c (the largest weighted degree) makes every eigenvalue non-negative.</summary>
    private static double[] LeadingEigenvector(SignedNetwork net, int[] members, int[] camp, Random rng)
    {
        var index = new Dictionary<int, int>();
        for (int i = 0; i < members.Length; i++) index[members[i]] = i;
        double shift = members.Max(m => net.Adjacent[m].Where(t => index.ContainsKey(t.Other(m))).Sum(t => Math.Abs(t.Weight))) + 1e-6;
        var v = members.Select(_ => rng.NextDouble() - 0.5).ToArray();
        var w = new double[members.Length];
        for (int iter = 0; iter < 300; iter++)
        {
            for (int i = 0; i < members.Length; i++)
            {
                double sum = shift * v[i];
                foreach (var t in net.Adjacent[members[i]])
                    if (index.TryGetValue(t.Other(members[i]), out var j)) sum += t.Weight * v[j];
                w[i] = sum;
            }
            double norm = Math.Sqrt(w.Sum(x => x * x));
            if (norm == 0) break;
            double change = 0;
            for (int i = 0; i < w.Length; i++) { double x = w[i] / norm; change += Math.Abs(x - v[i]); v[i] = x; }
            if (change < 1e-10) break;
        }
        return v;
    }

    /// <summary>Local moves and merges until neither lowers frustration.</summary>
    private static void Improve(SignedNetwork net, int[] camp, Random rng)
    {
        for (int round = 0; round < 100; round++)
        {
            bool moved = MoveNodes(net, camp, rng);
            bool merged = MergeCamps(net, camp);
            if (!moved && !merged) return;
        }
    }

    private static bool MoveNodes(SignedNetwork net, int[] camp, Random rng)
    {
        bool any = false;
        var order = Enumerable.Range(0, net.Count).ToArray();
        for (int sweep = 0; sweep < 50; sweep++)
        {
            rng.Shuffle(order);
            bool moved = false;
            int fresh = camp.Length == 0 ? 0 : camp.Max() + 1;
            foreach (var v in order)
            {
                // Weight from v to each camp; moving v from camp A to B changes frustration by W(A) − W(B), to a new camp by W(A).
                var toCamp = new SortedDictionary<int, double>();
                foreach (var t in net.Adjacent[v])
                {
                    int c = camp[t.Other(v)];
                    toCamp[c] = toCamp.GetValueOrDefault(c) + t.Weight;
                }
                double own = toCamp.GetValueOrDefault(camp[v]);
                int target = camp[v];
                double bestDelta = own < -Epsilon ? own : 0; // alone in a new camp
                if (own < -Epsilon) target = fresh;
                foreach (var (c, w) in toCamp)
                    if (c != camp[v] && own - w < bestDelta - Epsilon) { bestDelta = own - w; target = c; }
                if (target == camp[v]) continue;
                camp[v] = target;
                if (target == fresh) fresh++;
                moved = any = true;
            }
            if (!moved) break;
        }
        return any;
    }

    private static bool MergeCamps(SignedNetwork net, int[] camp)
    {
        var between = new Dictionary<(int, int), double>();
        foreach (var t in net.Ties)
        {
            int a = camp[t.A], b = camp[t.B];
            if (a == b) continue;
            var key = a < b ? (a, b) : (b, a);
            between[key] = between.GetValueOrDefault(key) + t.Weight;
        }
        var best = between.Where(kv => kv.Value > Epsilon).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).FirstOrDefault();
        if (best.Value <= Epsilon) return false;
        for (int i = 0; i < camp.Length; i++) if (camp[i] == best.Key.Item2) camp[i] = best.Key.Item1;
        return true;
    }

    private static int[] Canonical(SignedNetwork net, int[] camp)
    {
        var order = Enumerable.Range(0, camp.Length).GroupBy(i => camp[i])
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(i => net.Actors[i]))
            .Select((g, k) => (g.Key, k)).ToDictionary(x => x.Key, x => x.k);
        return camp.Select(c => order[c]).ToArray();
    }
}
