using System.Text;
using Marsad.Core.IO;
using Marsad.Core.Model;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Index;

/// <summary>
/// The compiled knowledge base: one UTF-8 text file, one entry per line, tab-separated
/// (id, kind, type, name_ar, name_en, iso2, state, prior, source, aliases, nisba, role, alias_keys,
/// nisba_keys; lists joined by '|'), and for an actor with dates two more: from, to (YYYY[-MM[-DD]] or empty). The keys are the aliases normalised (<see cref="KbKey"/>) at build
/// time, so that loading need not tokenise them; a test checks they match the current normaliser. lines "!&lt;TAB&gt;phrase" list phrases that are not names. Text rather than binary so that a rebuilt index diffs readably in git; it loads in a
/// few tens of milliseconds. Written by <c>marsad build-kb</c>, read once per process.
/// </summary>
public static class KbIndexFile
{
    public const string FileName = "marsad-kb.tsv";
    private const string Header = "#marsad-kb\t2\tid\tkind\ttype\tname_ar\tname_en\tiso2\tstate\tprior\tsource\taliases\tnisba\trole\talias_keys\tnisba_keys\t[from\tto]";
    private const int Columns = 14, DatedColumns = 16;

    public static void Write(string path, IEnumerable<KbEntry> entries, IEnumerable<string> notNames)
    {
        using var file = AtomicFile.Create(path);
        using (var w = new StreamWriter(file.Stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" })
            Write(w, entries, notNames);
        file.Commit();
    }

    private static void Write(StreamWriter w, IEnumerable<KbEntry> entries, IEnumerable<string> notNames)
    {
        w.WriteLine(Header);
        foreach (var phrase in notNames)
        {
            w.Write(NotNameMark); w.Write('\t'); w.Write(phrase); w.Write('\t');
            w.Write(string.Join('|', KnowledgeBase.KeysOf([phrase]))); w.Write('\n');
        }
        foreach (var e in entries)
        {
            w.Write(e.Id); w.Write('\t');
            w.Write(KbKinds.Name(e.Kind)); w.Write('\t');
            w.Write(e.Type.ToString()); w.Write('\t');
            w.Write(e.NameAr); w.Write('\t');
            w.Write(e.NameEn); w.Write('\t');
            w.Write(e.Iso2); w.Write('\t');
            w.Write(e.StateId); w.Write('\t');
            w.Write(e.Prior); w.Write('\t');
            w.Write(e.Source); w.Write('\t');
            w.Write(string.Join('|', e.Aliases)); w.Write('\t');
            w.Write(string.Join('|', e.NisbaForms)); w.Write('\t');
            w.Write(e.Role); w.Write('\t');
            w.Write(string.Join('|', KnowledgeBase.KeysOf(e.Aliases))); w.Write('\t');
            w.Write(string.Join('|', KnowledgeBase.KeysOf(e.NisbaForms)));
            if (e.From is not null || e.To is not null) { w.Write('\t'); w.Write(e.From?.ToString()); w.Write('\t'); w.Write(e.To?.ToString()); }
            w.Write('\n');
        }
    }

    private const string NotNameMark = "!";

    /// <summary>The entries, and the non-name phrases with their keys.</summary>
    public static (List<KbEntry> Entries, List<(string Phrase, string[] Keys)> NotNames) Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Knowledge-base index not found: {path} (run 'marsad build-kb').", path);
        var entries = new List<KbEntry>(16_384);
        var notNames = new List<(string, string[])>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith(NotNameMark + "\t", StringComparison.Ordinal))
            {
                var n = line.Split('\t');
                if (n.Length != 3) throw Bad(path, lineNo, "a non-name line needs a phrase and its keys");
                notNames.Add((n[1], SplitList(n[2])));
                continue;
            }
            var f = line.Split('\t');
            if (f.Length is not (Columns or DatedColumns)) throw Bad(path, lineNo, $"expected {Columns} or {DatedColumns} columns, found {f.Length}");
            if (!KbKinds.TryParse(f[1], out var kind)) throw Bad(path, lineNo, $"unknown kind '{f[1]}'");
            if (!EntityTypes.TryParse(f[2], out var type)) throw Bad(path, lineNo, $"unknown type '{f[2]}'");
            entries.Add(new KbEntry
            {
                Id = f[0],
                Kind = kind,
                Type = type,
                NameAr = f[3],
                NameEn = NullIfEmpty(f[4]),
                Iso2 = NullIfEmpty(f[5]),
                StateId = NullIfEmpty(f[6]),
                Prior = int.TryParse(f[7], out var p) ? p : 0,
                Source = f[8],
                Aliases = SplitList(f[9]),
                NisbaForms = SplitList(f[10]),
                Role = NullIfEmpty(f[11]),
                AliasKeys = SplitList(f[12]),
                NisbaKeys = SplitList(f[13]),
                From = f.Length > Columns ? Date(f[14], path, lineNo) : null,
                To = f.Length > Columns ? Date(f[15], path, lineNo) : null,
            });
        }
        return (entries, notNames);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static PartialDate? Date(string s, string path, int line) =>
        s.Length == 0 ? null : PartialDate.TryParse(s, out var d) ? d : throw Bad(path, line, $"bad date '{s}'");

    private static string[] SplitList(string s) => s.Length == 0 ? [] : s.Split('|');

    private static InvalidDataException Bad(string path, int line, string what) => new($"{path}:{line}: {what}");
}
