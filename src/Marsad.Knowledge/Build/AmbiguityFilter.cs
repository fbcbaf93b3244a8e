using System.Collections.Frozen;
using System.Text;
using Marsad.Knowledge.Model;
using Marsad.Text.Normalization;

namespace Marsad.Knowledge.Build;

/// <summary>
/// Drops place names that are mostly ordinary words or other kinds of names in annotated Arabic text
/// (العين "the eye", الحرية "freedom", النصر "victory" are also towns). It counts, per normalised
/// word, how often the NER corpora in ../shared/data/ner tag it as a place and how often as an ordinary
/// word (O) or a person's name; a single-word place name seen at least <see cref="MinOther"/> times so
/// and more often so than as a place is ambiguous. Organisation tags don't count against a place
/// (ليفربول the club is still Liverpool). Applied only to names taken in bulk from
/// countries-states-cities; curated names are trusted.
/// </summary>
public sealed class AmbiguityFilter
{
    private const int MinOther = 3;
    private readonly Dictionary<string, (int Place, int Other)> _counts = new(StringComparer.Ordinal);

    private readonly List<string> _sources = [];

    /// <summary>The corpora the counts come from (absent ones are skipped).</summary>
    public IReadOnlyList<string> Sources => _sources;

    public static AmbiguityFilter FromCorpora(string sharedData)
    {
        var f = new AmbiguityFilter();
        var aner = Path.Combine(sharedData, "ner", "anercorp-camellab", "ANERCorp_CamelLab_train.txt");
        if (File.Exists(aner)) { f.Count(aner, ' ', AnerClass); f._sources.Add("anercorp-camellab (train)"); }
        var fane = Path.Combine(sharedData, "ner", "wikifane-gold-2014", "WikiFANE_Gold_2014_500K.txt");
        if (File.Exists(fane)) { f.Count(fane, '\t', FaneClass); f._sources.Add("wikifane-gold-2014"); }
        return f;
    }

    public bool IsAmbiguous(string alias)
    {
        var key = KbKey.Of(alias);
        if (key.Contains(' ') || !_counts.TryGetValue(key, out var c)) return false;
        return c.Other >= MinOther && c.Other > c.Place;
    }

    /// <summary>Removes ambiguous names from bulk places; an entry whose own name is ambiguous goes. Returns what went.</summary>
    public List<string> Apply(DraftSet set, Func<EntryDraft, bool> applies, out HashSet<string> droppedIds)
    {
        var report = new List<string>();
        droppedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in set.All.Where(applies))
        {
            if (IsAmbiguous(d.NameAr)) { droppedIds.Add(d.Id); report.Add($"{d.Id} {d.NameAr}"); continue; }
            foreach (var a in d.Aliases.Where(IsAmbiguous).ToList()) report.Add($"{d.Id} alias {a}");
            d.RemoveAliases(IsAmbiguous);
        }
        return report;
    }

    private enum Use { Place, Other, Ignored }

    private void Count(string path, char separator, Func<string, Use> classify)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            int cut = line.LastIndexOf(separator);
            if (cut <= 0) continue;
            var word = ArabicNormalizer.Normalize(line.AsSpan(0, cut).Trim().Trim('\u200E'));
            if (word.Length == 0) continue;
            var use = classify(line[(cut + 1)..].Trim());
            if (use == Use.Ignored) continue;
            var c = _counts.GetValueOrDefault(word);
            _counts[word] = use == Use.Place ? (c.Place + 1, c.Other) : (c.Place, c.Other + 1);
        }
    }

    private static readonly FrozenSet<string> s_fanePlaces = new[]
    {
        "Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
        "Water-Body", "Land-Region-Natural", "Building-Grounds", "Subarea-Facility", "Path", "Airport",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_fanePeople = new[]
    {
        "Politician", "Athlete", "Artist", "Scientist", "Businessperson", "Engineer", "Lawyer", "Police", "Religious_PER", "Other_PER",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static Use AnerClass(string tag) =>
        tag == "O" || tag.EndsWith("-PERS", StringComparison.Ordinal) ? Use.Other : tag.EndsWith("-LOC", StringComparison.Ordinal) ? Use.Place : Use.Ignored;

    private static Use FaneClass(string tag) =>
        tag == "O" ? Use.Other
        : tag.Length <= 2 ? Use.Ignored
        : s_fanePlaces.Contains(tag[2..]) ? Use.Place
        : s_fanePeople.Contains(tag[2..]) ? Use.Other
        : Use.Ignored;
}
