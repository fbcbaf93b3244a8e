using System.IO.Compression;
using System.Text;
using Marsad.Core.IO;

namespace Marsad.Mentions.Tagging;

/// <summary>
/// A trained linear sequence model: per-feature label weights (rows of <see cref="BioLabels.Count"/>),
/// label transitions, and the lexicon its features consult. Immutable and thread-safe once built.
/// The file is gzip'd binary: header, provenance, lexicon, features sorted by key (delta-coded) with
/// only their non-zero weights as half floats, then the transitions, then the guide model's (if any).
/// </summary>
public sealed class TaggerModel
{
    private const string Magic = "MARSAD-NER";
    private const int Version = 3;
    public const int L = BioLabels.Count;

    public TaggerModel(NerLexicon lexicon, ulong[] keys, float[] weights, float[] transitions, string info)
    {
        if (weights.Length != keys.Length * L) throw new ArgumentException("weights must have one row per key", nameof(weights));
        if (transitions.Length != (L + 1) * L) throw new ArgumentException("transitions must be (L+1)×L", nameof(transitions));
        Lexicon = lexicon;
        Keys = keys;
        Table = new FeatureTable(keys);
        Weights = weights;
        Transitions = transitions;
        Info = info;
    }

    public NerLexicon Lexicon { get; }
    public ulong[] Keys { get; }
    public FeatureTable Table { get; }
    public float[] Weights { get; }
    public float[] Transitions { get; }
    /// <summary>How the model was made (JSON written by training: data, seed, epochs, scores).</summary>
    public string Info { get; }
    public int FeatureCount => Keys.Length;

    /// <summary>
    /// A tagger trained on other corpora whose labels of a sentence are features of this model
    /// (<see cref="FeatureExtractor.AddGuide"/>); it shares this model's lexicon. Null when none.
    /// </summary>
    public TaggerModel? Guide { get; init; }

    /// <summary>Adds each token's feature rows into its L label scores.</summary>
    public void Score(FeatureBuffer features, int tokens, Span<float> emissions)
    {
        emissions[..(tokens * L)].Clear();
        var w = Weights.AsSpan();
        for (int i = 0; i < tokens; i++)
        {
            var e = emissions.Slice(i * L, L);
            foreach (ulong key in features.Of(i))
            {
                int row = Table.Find(key);
                if (row < 0) continue;
                var r = w.Slice(row * L, L);
                for (int y = 0; y < L; y++) e[y] += r[y];
            }
        }
    }

    /// <summary>Scores the tokens (into <paramref name="emissions"/>, scratch) and writes the best label sequence.</summary>
    public void Decode(FeatureBuffer features, Span<float> emissions, Span<int> labels)
    {
        Score(features, labels.Length, emissions);
        Viterbi.Decode(emissions[..(labels.Length * L)], Transitions, L, labels);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = AtomicFile.Create(path);
        using (var gz = new GZipStream(file.Stream, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var w = new BinaryWriter(gz, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(Info);
            w.Write(L);
            foreach (var name in BioLabels.Names) w.Write(name);
            Lexicon.Write(w);
            WriteWeights(w);
            w.Write(Guide is not null);
            if (Guide is not null)
            {
                w.Write(Guide.Info);
                Guide.WriteWeights(w);
            }
        }
        file.Commit();
    }

    private void WriteWeights(BinaryWriter w)
    {
        var order = Enumerable.Range(0, Keys.Length).OrderBy(i => Keys[i]).ToArray();
        w.Write(order.Length);
        ulong prev = 0;
        foreach (int row in order) { w.Write7BitEncodedInt64((long)(Keys[row] - prev)); prev = Keys[row]; }
        foreach (int row in order)
        {
            int mask = 0;
            for (int y = 0; y < L; y++) if ((Half)Weights[row * L + y] != Half.Zero) mask |= 1 << y;
            w.Write((ushort)mask);
            for (int y = 0; y < L; y++) if ((mask & (1 << y)) != 0) w.Write((Half)Weights[row * L + y]);
        }
        foreach (float t in Transitions) w.Write(t);
    }

    public static TaggerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file, path);
    }

    public static TaggerModel Load(Stream stream, string name)
    {
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(gz, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException($"{name}: not a Marsad NER model");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"{name}: model version {version}, this build reads {Version}; retrain with 'marsad train-ner'");
            var info = r.ReadString();
            int labels = r.ReadInt32();
            for (int y = 0; y < labels; y++)
                if (y >= L || r.ReadString() != BioLabels.Names[y]) throw new InvalidDataException($"{name}: unexpected label set");
            if (labels != L) throw new InvalidDataException($"{name}: unexpected label set");
            var lexicon = NerLexicon.Read(r);
            var (keys, weights, trans) = ReadWeights(r);
            TaggerModel? guide = null;
            if (r.ReadBoolean())
            {
                var guideInfo = r.ReadString();
                var (gk, gw, gt) = ReadWeights(r);
                guide = new TaggerModel(lexicon, gk, gw, gt, guideInfo);
            }
            return new TaggerModel(lexicon, keys, weights, trans, info) { Guide = guide };
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{name}: the model file is truncated");
        }
    }

    private static (ulong[] Keys, float[] Weights, float[] Transitions) ReadWeights(BinaryReader r)
    {
        int n = r.ReadInt32();
        var keys = new ulong[n];
        ulong prev = 0;
        for (int i = 0; i < n; i++) { prev += (ulong)r.Read7BitEncodedInt64(); keys[i] = prev; }
        var weights = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            int mask = r.ReadUInt16();
            for (int y = 0; y < L; y++) if ((mask & (1 << y)) != 0) weights[i * L + y] = (float)r.ReadHalf();
        }
        var trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.Length; i++) trans[i] = r.ReadSingle();
        return (keys, weights, trans);
    }
}
