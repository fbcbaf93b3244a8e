using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Evaluation;

/// <summary>An entity chunk: type index (<see cref="BioLabels.Types"/>) over tokens [Start, End).</summary>
public readonly record struct Chunk(int Type, int Start, int End);

/// <summary>
/// Reads entities off a BIO label sequence the way conlleval and seqeval (default mode) do:
/// a chunk starts at B-X, or at I-X when the previous token is not of type X.
/// </summary>
public static class EntityChunks
{
    public static List<Chunk> Of(ReadOnlySpan<int> labels)
    {
        var chunks = new List<Chunk>();
        int start = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : BioLabels.O;
            int t = BioLabels.TypeOf(label);
            bool continues = t >= 0 && t == type && BioLabels.IsInside(label);
            if (continues) continue;
            if (type >= 0) chunks.Add(new Chunk(type, start, i));
            type = t;
            start = t >= 0 ? i : -1;
        }
        return chunks;
    }
}
