using System.Collections.Frozen;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Corpora;

/// <summary>
/// Reads WikiFANE Gold 2014 (../shared/data/ner/wikifane-gold-2014, see its README): tab-separated,
/// BOM, CRLF, U+200E before most tokens, a lone tab between sentences, clitic-segmented text and
/// 50 fine classes. To look like ANERcorp it re-attaches separated proclitics (و ف ب ل) to the next
/// word and pronoun suffixes to the previous one, and maps the fine classes onto PER/ORG/LOC/MISC.
/// Classes with no ANERcorp counterpart (Group: peoples such as المصريين; vehicles, weapons,
/// celestial bodies) become O.
/// </summary>
public static class WikiFaneCorpus
{
    private static readonly FrozenSet<string> Proclitics = new[] { "و", "ف", "ب", "ل" }.ToFrozenSet();
    private static readonly FrozenSet<string> Suffixes = new[] { "ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ني" }.ToFrozenSet();

    public static List<LabeledSentence> Read(string path)
    {
        var sentences = new List<LabeledSentence>();
        var words = new List<string>();
        var labels = new List<int>();
        string? pending = null; // a proclitic waiting for its word
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim('\uFEFF', '\r');
            int tab = line.IndexOf('\t');
            var word = (tab >= 0 ? line[..tab] : line).Replace("\u200E", "").Replace("\u200F", "").Trim();
            var tag = tab >= 0 ? line[(tab + 1)..].Trim() : "";
            if (word.Length == 0)
            {
                Flush();
                continue;
            }
            if (!TryLabel(tag, out int label)) throw new InvalidDataException($"{path}:{lineNo}: unknown tag '{tag}'");
            if (label == BioLabels.O && Proclitics.Contains(word) && pending is null) { pending = word; continue; }
            if (label == BioLabels.O && Suffixes.Contains(word) && words.Count > 0 && pending is null)
            {
                var prev = words[^1];
                words[^1] = (prev.EndsWith('ة') ? prev[..^1] + "ت" : prev) + word;
                continue;
            }
            words.Add(pending + word);
            labels.Add(label);
            pending = null;
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (pending is not null) { words.Add(pending); labels.Add(BioLabels.O); pending = null; }
            if (words.Count > 0) sentences.Add(new LabeledSentence([.. words], [.. labels]) { StartsDocument = sentences.Count == 0 });
            words.Clear();
            labels.Clear();
        }
    }

    private static bool TryLabel(string tag, out int label)
    {
        label = BioLabels.O;
        if (tag == "O") return true;
        if (tag.Length < 3 || tag[1] != '-' || tag[0] is not ('B' or 'I')) return false;
        int type = tag[2..] switch
        {
            "Politician" or "Athlete" or "Artist" or "Scientist" or "Businessperson" or "Engineer" or "Lawyer"
                or "Police" or "Religious_PER" or "Other_PER" => 0,
            "Government" or "Non-Governmental" or "Commercial" or "Educational" or "Media" or "Sports"
                or "Entertainment" or "Medical-Science" or "Religious_ORG" => 1,
            "Nation" or "Population-Center" or "State-or-Province" or "County-or-District" or "GPE-Cluster" or "Continent"
                or "Water-Body" or "Land-Region-Natural" or "Building-Grounds" or "Airport" or "Path" or "Subarea-Facility" or "Plant" => 2,
            "Book" or "Movie" or "Sound" or "Software" or "Hardware" or "Food" or "Drug" => 3,
            "Group" or "Celestial" or "Air" or "Land" or "Water" or "Projectile" or "Nuclear" or "Shooting" or "Blunt"
                or "Exploding" or "Chemical" or "Sharp" => -1,
            _ => -2,
        };
        if (type == -2) return false;
        if (type >= 0) label = tag[0] == 'B' ? BioLabels.Begin(type) : BioLabels.Inside(type);
        return true;
    }
}
