using System.Text;
using Marsad.Core;
using Marsad.Core.IO;
using Marsad.Core.Model;

namespace Marsad.Knowledge.Generic;

/// <summary>
/// The generic-actor lexicon in memory: entries by key (one or more normalised words joined by a
/// space) and the set of key prefixes, so that a matcher can walk tokens and stop as soon as no
/// longer key can follow. Immutable; <see cref="Load(DataFolder)"/> loads data/kb/generic-actors.tsv.
/// File: a "#marsad-generic" header line, then key, role, head, type, sector ("-" for none), en, source.
/// </summary>
public sealed class GenericLexicon
{
    public const string FileName = "generic-actors.tsv";
    public const string Header = "#marsad-generic\t1\tkey\trole\thead\ttype\tsector\ten\tsource";

    private readonly Dictionary<string, GenericEntry> _byKey;
    private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);

    public static GenericLexicon Load(DataFolder data) => Load(data.File("kb", FileName));

    public GenericLexicon(IEnumerable<GenericEntry> entries)
    {
        _byKey = new Dictionary<string, GenericEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (!_byKey.TryAdd(e.Key, e)) throw new InvalidDataException($"generic-actor lexicon: duplicate key '{e.Key}'");
            for (int i = e.Key.IndexOf(' '); i >= 0; i = e.Key.IndexOf(' ', i + 1)) _prefixes.Add(e.Key[..i]);
        }
    }

    public IEnumerable<GenericEntry> Entries => _byKey.Values;

    public int Count => _byKey.Count;

    public GenericEntry? Get(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>True when some longer key begins with <paramref name="key"/> and a space.</summary>
    public bool IsPrefix(string key) => _prefixes.Contains(key);

    public static GenericLexicon Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"generic-actor lexicon not found: {path} (run 'marsad build-kb')", path);
        var entries = new List<GenericEntry>();
        int n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (n == 1)
            {
                if (line != Header) throw new InvalidDataException($"{path}: not a generic-actor lexicon (header '{line}')");
                continue;
            }
            if (line.Length == 0) continue;
            var c = line.Split('\t');
            if (c.Length != 7 || !Enum.TryParse<GenericWordRole>(c[1], true, out var role) || !EntityTypes.TryParse(c[3], out var type))
                throw new InvalidDataException($"{path}:{n}: malformed generic-actor row");
            entries.Add(new GenericEntry(c[0], role, c[2], type, c[4] == "-" ? null : c[4], c[5].Length == 0 ? null : c[5], c[6]));
        }
        return new GenericLexicon(entries);
    }

    /// <summary>Writes the file whole or not at all.</summary>
    public static void Write(string path, IEnumerable<GenericEntry> entries)
    {
        using var file = AtomicFile.Create(path);
        using (var w = new StreamWriter(file.Stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
        {
            w.WriteLine(Header);
            foreach (var e in entries)
                w.WriteLine(string.Join('\t', e.Key, e.Role.ToString().ToLowerInvariant(), e.Head, e.Type, e.Sector ?? "-", e.English ?? "", e.Source));
        }
        file.Commit();
    }
}
