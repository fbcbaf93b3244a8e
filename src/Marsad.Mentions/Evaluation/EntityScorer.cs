using System.Text;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Evaluation;

/// <summary>Precision, recall and F1 from entity counts.</summary>
public readonly record struct Prf(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level scoring as conlleval/seqeval: a predicted entity is correct when type, start and
/// end all equal a gold entity. Accumulates over sentences; reports per type and micro-averaged.
/// </summary>
public sealed class EntityScorer
{
    private readonly int[] _gold = new int[BioLabels.Types.Length];
    private readonly int[] _pred = new int[BioLabels.Types.Length];
    private readonly int[] _correct = new int[BioLabels.Types.Length];

    public int Tokens { get; private set; }

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        if (gold.Length != predicted.Length) throw new ArgumentException("gold and predicted differ in length");
        Tokens += gold.Length;
        var g = EntityChunks.Of(gold);
        var p = EntityChunks.Of(predicted);
        foreach (var c in g) _gold[c.Type]++;
        foreach (var c in p) _pred[c.Type]++;
        var goldSet = new HashSet<Chunk>(g);
        foreach (var c in p) if (goldSet.Contains(c)) _correct[c.Type]++;
    }

    public Prf Of(int type) => new(_gold[type], _pred[type], _correct[type]);

    public Prf Micro => new(_gold.Sum(), _pred.Sum(), _correct.Sum());

    /// <summary>A conlleval-like table: one line per type, then the micro average.</summary>
    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{"type",-6} {"gold",6} {"pred",6} {"correct",7} {"P",7} {"R",7} {"F1",7}");
        for (int t = 0; t < BioLabels.Types.Length; t++) Line(sb, BioLabels.Types[t], Of(t));
        Line(sb, "micro", Micro);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, Prf s) =>
        sb.AppendLine($"{name,-6} {s.Gold,6} {s.Predicted,6} {s.Correct,7} {s.Precision * 100,7:F2} {s.Recall * 100,7:F2} {s.F1 * 100,7:F2}");
}
