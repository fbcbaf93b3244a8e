using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Mentions.Tagging;
using Marsad.Text;
using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Mentions.Training;

/// <summary>
/// Builds the tagger's <see cref="NerLexicon"/> at training time: cue words from the lists in data/ner/, the
/// title and name-particle tables; gazetteer phrases and nationality adjectives from the compiled knowledge
/// base (data/kb/marsad-kb.tsv), so the tagger knows the names linking knows and never a town the
/// knowledge-base compiler dropped as a common word (العين، الحرية); and the UniversalPetrarch actor
/// dictionary, which the knowledge base does not hold (its thousands of people feed the tagger's given- and
/// family-name features). Nothing here comes from a test corpus.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>A lexicon of the cue words alone (what the word-profile learner reads).</summary>
    public static NerLexicon CuesOnly(string listsDir) => new(Cues(listsDir), [], [], []);

    public static NerLexicon Build(string listsDir, KnowledgeBase kb, string actorDictionary, Dictionary<string, CorpusWord>? words = null)
    {
        var cues = Cues(listsDir);
        var phrases = new Dictionary<string, GazetteerType>();
        var nisbas = new HashSet<string>();
        foreach (var e in kb.Entries)
        {
            var type = TypeOf(e.Kind);
            if (type != GazetteerType.None)
                foreach (var alias in e.Aliases.Append(e.NameAr)) AddPhrase(phrases, alias, type);
            foreach (var form in e.NisbaForms)
            {
                var nisba = NerLexicon.Key(form);
                if (nisba.Length >= 3 && !nisba.Contains(' ')) nisbas.Add(nisba);
            }
        }
        AddActors(phrases, actorDictionary);
        return new NerLexicon(cues, phrases, nisbas, words ?? []);
    }

    private static Dictionary<string, CueClass> Cues(string listsDir)
    {
        var cues = new Dictionary<string, CueClass>();
        foreach (var t in LanguageResources.Compiled.Titles.For(TitleUse.Ner)) AddCue(cues, t.Form, CueClass.Title);
        AddCues(cues, Path.Combine(listsDir, "org-heads.txt"), CueClass.OrgHead);
        AddCues(cues, Path.Combine(listsDir, "loc-heads.txt"), CueClass.LocHead);
        AddCues(cues, Path.Combine(listsDir, "person-context.txt"), CueClass.PersonContext);
        foreach (var p in LanguageResources.Compiled.NameParticles.NerCues) AddCue(cues, p, CueClass.NameParticle);
        return cues;
    }

    /// <summary>The gazetteer class of a knowledge-base kind; agreements and weapons (MISC) have none.</summary>
    private static GazetteerType TypeOf(KbKind kind) => kind switch
    {
        KbKind.State => GazetteerType.Country,
        KbKind.Capital or KbKind.City or KbKind.Seat => GazetteerType.City,
        KbKind.Region => GazetteerType.Region,
        KbKind.Person => GazetteerType.Person,
        KbKind.Agreement or KbKind.Weapon => GazetteerType.None,
        _ => GazetteerType.Actor,
    };

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
}
