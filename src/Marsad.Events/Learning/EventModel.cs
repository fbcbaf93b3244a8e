using System.IO.Compression;
using System.Text;
using Marsad.Core;
using Marsad.Core.Model;

namespace Marsad.Events.Learning;

/// <summary>
/// The trained event extractor (<c>marsad train-events</c>): a trigger classifier (none or one of the 16
/// PLOVER types) over candidate words, an argument classifier (none, source, target) over the actor
/// phrases of a trigger's sentence, the trigger vocabulary learned from the corpus (stem keys with their
/// most frequent type), and which types it saw enough of to decide. Immutable and thread-safe.
/// </summary>
public sealed class EventModel
{
    private const string Magic = "MARSAD-EVENTS";
    private const int Version = 1;
    public const string DefaultFile = "events.bin.gz";
    public const int TriggerClasses = 17, ArgumentClasses = 3;

    /// <summary>data/models/events.bin.gz in <paramref name="data"/>, or null when there is none (the stage then runs its rules alone).</summary>
    public static EventModel? LoadIfPresent(DataFolder data)
    {
        var path = data.File("models", DefaultFile);
        return File.Exists(path) ? Load(path) : null;
    }

    public EventModel(LinearModel triggers, LinearModel arguments, IReadOnlyDictionary<string, EventType> vocabulary, ulong knownTypes, double scale, string info)
    {
        if (triggers.Classes != TriggerClasses || arguments.Classes != ArgumentClasses) throw new ArgumentException("unexpected class counts");
        Triggers = triggers; Arguments = arguments; Vocabulary = vocabulary; KnownTypes = knownTypes; Scale = scale; Info = info;
    }

    public LinearModel Triggers { get; }
    public LinearModel Arguments { get; }
    /// <summary>Stem keys (<see cref="StemKey"/>) of the triggers seen in training, with their most frequent type.</summary>
    public IReadOnlyDictionary<string, EventType> Vocabulary { get; }
    /// <summary>Bit (1 + type) set for each type with enough training triggers for the model to decide it.</summary>
    public ulong KnownTypes { get; }
    /// <summary>The mean trigger margin of training positives: margins are divided by it to make a confidence.</summary>
    public double Scale { get; }
    /// <summary>How the model was made (JSON written by training: data, seed, epochs, counts).</summary>
    public string Info { get; }

    public bool Knows(EventType type) => (KnownTypes & (1UL << (1 + (int)type))) != 0;

    public static int ClassOf(EventType? type) => type is { } t ? 1 + (int)t : 0;
    public static EventType? TypeOf(int cls) => cls == 0 ? null : (EventType)(cls - 1);

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(gz, Encoding.UTF8))
        {
            w.Write(Magic); w.Write(Version); w.Write(Info); w.Write(KnownTypes); w.Write(Scale);
            w.Write(Vocabulary.Count);
            foreach (var (k, t) in Vocabulary.OrderBy(p => p.Key, StringComparer.Ordinal)) { w.Write(k); w.Write((byte)t); }
            Triggers.Write(w);
            Arguments.Write(w);
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static EventModel Load(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var gz = new GZipStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(gz, 1 << 16), Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException($"{path}: not a Marsad event model");
            int version = r.ReadInt32();
            if (version != Version) throw new InvalidDataException($"{path}: event model version {version}, this build reads {Version}; retrain with 'marsad train-events'");
            var info = r.ReadString();
            ulong known = r.ReadUInt64();
            double scale = r.ReadDouble();
            int n = r.ReadInt32();
            var vocab = new Dictionary<string, EventType>(n, StringComparer.Ordinal);
            for (int i = 0; i < n; i++) { var k = r.ReadString(); vocab[k] = (EventType)r.ReadByte(); }
            var triggers = LinearModel.Read(r);
            var arguments = LinearModel.Read(r);
            return new EventModel(triggers, arguments, vocab, known, scale, info);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the event model file is truncated");
        }
    }
}
