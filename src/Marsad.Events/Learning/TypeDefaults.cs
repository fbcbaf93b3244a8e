using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Events.Lexicons;
using Marsad.Text.Data;

namespace Marsad.Events.Learning;

/// <summary>
/// The CAMEO code and argument frames of each PLOVER type (data/events/types.tsv), for triggers the
/// model learned that the trigger lexicon lacks, and the verb lemmas of the UniversalPetrarch CAMEO
/// dictionaries with their types (data/events/cameo_verbs.tsv), a feature of candidate triggers.
/// </summary>
public sealed class TypeDefaults
{
    private readonly Dictionary<EventType, (TriggerEntry Verb, TriggerEntry Noun)> _entries = [];
    private readonly HashSet<EventType> _oneSided = [];

    /// <summary>PLOVER types of the CAMEO verb lemmas, by <see cref="StemKey"/>.</summary>
    public IReadOnlyDictionary<string, EventType[]> CameoVerbs { get; }

    public TypeDefaults(DataFolder data, StemKey stemKey)
    {
        foreach (var l in LexiconFile.Read(data, "events", "types.tsv"))
        {
            if (l.Fields.Length != 5 || !Enum.TryParse<EventType>(l.Fields[0], out var type) || l.Fields[4] is not ("one" or "two"))
                throw l.Error("expected: TYPE<TAB>cameo<TAB>verb frame<TAB>noun frame<TAB>one|two");
            if (l.Fields[4] == "one") _oneSided.Add(type);
            var verb = ArgumentFrame.Parse(l.Fields[2], l.Error);
            var noun = ArgumentFrame.Parse(l.Fields[3], l.Error);
            _entries[type] = (new TriggerEntry(type, null, l.Fields[1], true, verb, ""), new TriggerEntry(type, null, l.Fields[1], false, noun, ""));
        }
        foreach (var t in Enum.GetValues<EventType>())
            if (!_entries.ContainsKey(t)) throw new InvalidDataException($"types.tsv: no line for {t}");
        var verbs = new Dictionary<string, EventType[]>(StringComparer.Ordinal);
        foreach (var l in LexiconFile.Read(data, "events", "cameo_verbs.tsv"))
        {
            if (l.Fields.Length != 2) throw l.Error("expected: lemma<TAB>TYPE,TYPE");
            var types = l.Fields[1].Split(',').Select(t => Enum.TryParse<EventType>(t, out var v) ? v : throw l.Error($"unknown PLOVER type '{t}'")).ToArray();
            var key = stemKey.Of(l.Fields[0]);
            verbs[key] = verbs.TryGetValue(key, out var had) ? had.Union(types).ToArray() : types;
        }
        CameoVerbs = verbs;
    }

    /// <summary>A lexicon entry of <paramref name="type"/> with the type's default frame for a verb or a noun.</summary>
    public TriggerEntry Entry(EventType type, bool verb, string lemma) => (verb ? _entries[type].Verb : _entries[type].Noun) with { Lemma = lemma };

    public string Cameo(EventType type) => _entries[type].Verb.Cameo;

    /// <summary>Whether news reports events of this type with one side or none (types.tsv, "one").</summary>
    public bool OneSided(EventType type) => _oneSided.Contains(type);
}
