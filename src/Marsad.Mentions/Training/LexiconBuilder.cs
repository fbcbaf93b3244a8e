using System.Text.Json;
using Marsad.Mentions.Tagging;
using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Mentions.Training;

/// <summary>
/// Builds the tagger's <see cref="NerLexicon"/> at training time from the cue-word lists in
/// data/ner/ and the gazetteers in ../shared/data/kb (countries, capitals, cities, regions,
/// nisba adjectives, UniversalPetrarch actor names). Nothing here comes from a test corpus.
/// </summary>
public static class LexiconBuilder
{
    public static NerLexicon Build(string listsDir, string kbDir, Dictionary<string, CorpusWord>? words = null)
    {
        var cues = new Dictionary<string, CueClass>();
        foreach (var t in TitleTable.Default.For(TitleUse.Ner)) AddCue(cues, t.Form, CueClass.Title);
        AddCues(cues, Path.Combine(listsDir, "org-heads.txt"), CueClass.OrgHead);
        AddCues(cues, Path.Combine(listsDir, "loc-heads.txt"), CueClass.LocHead);
        AddCues(cues, Path.Combine(listsDir, "person-context.txt"), CueClass.PersonContext);
        foreach (var p in NameParticles.Default.NerCues) AddCue(cues, p, CueClass.NameParticle);

        var phrases = new Dictionary<string, GazetteerType>();
        var nisbas = new HashSet<string>();
        var csc = Path.Combine(kbDir, "countries-states-cities");
        foreach (var row in Tsv(Path.Combine(csc, "countries.tsv"))) AddPhrase(phrases, row["name_ar"], GazetteerType.Country);
        foreach (var row in Tsv(Path.Combine(csc, "capitals.tsv")))
        {
            AddPhrase(phrases, row["country_ar_i18n"], GazetteerType.Country);
            AddPhrase(phrases, row["capital_ar"], GazetteerType.City);
        }
        foreach (var row in Tsv(Path.Combine(csc, "cities_mena.tsv")))
            AddPhrase(phrases, row["name_ar"], row["type"] == "adm1" ? GazetteerType.Region : GazetteerType.City);
        foreach (var row in Tsv(Path.Combine(csc, "cities_world_major.tsv")))
            AddPhrase(phrases, row["name_ar"], row["type"] == "adm1" ? GazetteerType.Region : GazetteerType.City);
        foreach (var row in Tsv(Path.Combine(csc, "states_mena.tsv"))) AddPhrase(phrases, row["name_ar"], GazetteerType.Region);
        foreach (var row in Tsv(Path.Combine(kbDir, "cldr-ar", "tz_exemplar_cities_ar.tsv"))) AddPhrase(phrases, row["name_ar"], GazetteerType.City);

        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(kbDir, "i18n-iso-countries", "ar.json"))))
        {
            foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String) AddPhrase(phrases, p.Value.GetString()!, GazetteerType.Country);
                else foreach (var v in p.Value.EnumerateArray()) AddPhrase(phrases, v.GetString()!, GazetteerType.Country);
            }
        }
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(kbDir, "world-countries", "countries.json"))))
        {
            foreach (var c in doc.RootElement.EnumerateArray())
                if (c.GetProperty("translations").TryGetProperty("ara", out var ara))
                {
                    AddPhrase(phrases, ara.GetProperty("common").GetString()!, GazetteerType.Country);
                    AddPhrase(phrases, ara.GetProperty("official").GetString()!, GazetteerType.Country);
                }
        }
        foreach (var row in Tsv(Path.Combine(kbDir, "nationalities-ar-3neef", "nationalities_ar_en.tsv")))
        {
            AddPhrase(phrases, row["country_ar_i18n"], GazetteerType.Country);
            var nisba = NerLexicon.Key(row["demonym_ar_masc_sg"]);
            if (nisba.Length >= 3) nisbas.Add(nisba);
        }
        AddActors(phrases, Path.Combine(kbDir, "universalpetrarch-arabic", "actor_dict_ar_v4.txt"));
        return new NerLexicon(cues, phrases, nisbas, words ?? []);
    }

    private static void AddCues(Dictionary<string, CueClass> cues, string path, CueClass cls)
    {
        foreach (var entry in LexiconFile.Read("data/ner/" + Path.GetFileName(path), new StreamReader(path)))
            AddCue(cues, entry.Fields[0], cls);
    }

    private static void AddCue(Dictionary<string, CueClass> cues, string entry, CueClass cls)
    {
        var key = NerLexicon.Key(entry);
        cues[key] = cues.GetValueOrDefault(key) | cls;
    }

    /// <summary>
    /// UniversalPetrarch actors: a name line (words joined by _), then either an inline code or
    /// indented dated codes. Dated codes are tenures, which only people have.
    /// </summary>
    private static void AddActors(Dictionary<string, GazetteerType> phrases, string path)
    {
        string? pending = null;
        bool dated = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (char.IsWhiteSpace(line[0]) && line.TrimStart().StartsWith('['))
            {
                dated |= line.Contains('-') || line.Contains('>') || line.Contains('<');
                continue;
            }
            Flush();
            var name = line.Trim();
            int bracket = name.IndexOf('[');
            pending = (bracket >= 0 ? name[..bracket] : name).Replace('_', ' ').Trim();
            dated = false;
        }
        Flush();

        void Flush()
        {
            if (string.IsNullOrEmpty(pending)) return;
            AddPhrase(phrases, pending, dated ? GazetteerType.Person : GazetteerType.Actor);
            pending = null;
        }
    }

    private static void AddPhrase(Dictionary<string, GazetteerType> phrases, string name, GazetteerType type)
    {
        var words = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > NerLexicon.MaxPhraseWords) return;
        var key = string.Join(' ', words.Select(NerLexicon.Key));
        if (key.Length < 2 || !key.Any(Text.Tokenization.Tokenizer.IsArabicLetter)) return;
        phrases[key] = phrases.GetValueOrDefault(key) | type;
    }

    private static IEnumerable<Dictionary<string, string>> Tsv(string path)
    {
        string[]? header = null;
        foreach (var line in File.ReadLines(path))
        {
            var cells = line.Split('\t');
            if (header is null) { header = cells; continue; }
            var row = new Dictionary<string, string>(header.Length);
            for (int i = 0; i < header.Length; i++) row[header[i]] = i < cells.Length ? cells[i] : "";
            yield return row;
        }
    }
}
