using Marsad.Core;
using Marsad.Core.Model;
using Marsad.Events.Analysis;
using Marsad.Events.Learning;
using Marsad.Text;
using Marsad.Text.Data;
using Marsad.Text.Dates;
using Marsad.Text.Numbers;
using Marsad.Text.Words;

namespace Marsad.Events.Lexicons;

/// <summary>A relation cue word from titles.tsv.</summary>
public sealed record TitleEntry(string Kind, string LabelEn)
{
    public bool IsFamily => Kind == "family";
    public bool IsRank => Kind == "rank";
    public bool IsMember => Kind == "member";
}

/// <summary>A modality cue: after the trigger (المقبل), or before it; a particle (لم، قد) governs only the words right after it.</summary>
public sealed record ModalityCue(Modality Modality, bool After, bool Particle = false);

/// <summary>A quantity unit: a counted noun (unit "aircraft"), a currency (unit "EUR") or a scale (×1000).</summary>
public sealed record UnitEntry(string Unit, bool IsCurrency, double Scale);

/// <summary>
/// All lexicons of the event stage (data/events/*.tsv), loaded and validated once, when the pipeline is built.
/// A malformed line fails loudly with its file and line number.
/// </summary>
public sealed class EventLexicons
{

    public FormIndex<TriggerEntry> Triggers { get; } = new();
    public FormIndex<string> ModeCues { get; } = new();
    /// <summary>The words of "في مجال X" an event noun's mode cue may follow (modes.tsv @fields: مجال، ملف، في).</summary>
    public WordList ModeFields { get; }
    /// <summary>(type, mode) → (type, cameo) from modes.tsv.</summary>
    public IReadOnlyDictionary<(EventType, string), (EventType Type, string Cameo)> ModeMap { get; }
    public FormIndex<string> Things { get; } = new();
    /// <summary>Support verbs and nouns (support_words.tsv); the value tells a verb of receiving (تلقى، استلم).</summary>
    public FormIndex<bool> SupportWords { get; } = new();
    public FormIndex<TitleEntry> Titles { get; } = new();
    public FormIndex<bool> LeadCues { get; } = new();
    /// <summary>Words after which an event noun is referred to, not reported (background.tsv: بعد الهجوم، ذكرى اغتيال).</summary>
    public FormIndex<bool> BackgroundCues { get; } = new();
    /// <summary>Threat and warning words whose ب/من complement is an act that may come (threats.tsv: هدد بشن هجوم).</summary>
    public FormIndex<bool> ThreatWords { get; } = new();
    /// <summary>The prepositions that open a threat's complement (threats.tsv @complement: ب، من).</summary>
    public IReadOnlySet<string> ThreatComplement { get; }
    /// <summary>Nouns that after ب introduce the agent of an attack (agents.tsv: قُتل برصاص مجهولين، بنيران القوات).</summary>
    public FormIndex<bool> AgentNouns { get; } = new();
    public FormIndex<bool> ReportingVerbs { get; } = new();
    public FormIndex<bool> AccordingTo { get; } = new();
    public FormIndex<bool> SourceNouns { get; } = new();
    public FormIndex<bool> OutletNouns { get; } = new();
    /// <summary>Words that extend an anonymous source as written (reporting.tsv @modifiers: مطلعة، رفيع، المستوى).</summary>
    public WordList SourceModifiers { get; }
    public FormIndex<ModalityCue> ModalityCues { get; } = new();
    public FormIndex<UnitEntry> Units { get; } = new();
    /// <summary>Nouns after which a counted item's model is named (units.tsv @models: من طراز رافال).</summary>
    public WordList ModelNouns { get; }
    /// <summary>Casualty words before a count of people (مقتل سبعة أشخاص) → killed/wounded/arrested/abducted/displaced.</summary>
    public FormIndex<string> CasualtiesBefore { get; } = new();
    /// <summary>Verbs whose object or passive subject is the counted people, their subject between (قتل مسلحون خمسة مدنيين).</summary>
    public FormIndex<string> CasualtyVerbs { get; } = new();
    /// <summary>Casualty words after the counted people (سبعة أشخاص قتلوا).</summary>
    public FormIndex<string> CasualtiesAfter { get; } = new();
    /// <summary>Prepositions of a post's place after a title (data/text/post_prepositions.tsv): true for the host
    /// of a diplomat (لدى), always a post; false for the city of a post (في), once the title has its state.</summary>
    public IReadOnlyDictionary<string, bool> PostPrepositions { get; }
    /// <summary>CAMEO sectors whose generic actors act for their owner (acting_sectors.tsv: MIL, COP, GOV, REB …).</summary>
    public IReadOnlySet<string> ActingSectors { get; }
    /// <summary>Each type's CAMEO code and default frames, and the CAMEO verb lemmas (types.tsv, cameo_verbs.tsv).</summary>
    public TypeDefaults Defaults { get; }

    /// <summary>The affix table of the word analyser (data/text/affixes.tsv): endings for agreement.</summary>
    public AffixTable Affixes { get; }
    /// <summary>The stem key that joins a trigger word's inflections (the event model's vocabulary and features).</summary>
    public StemKey StemKey { get; }
    /// <summary>The function words of data/text (كان and its sisters as auxiliaries).</summary>
    public FunctionWords Functions { get; }
    /// <summary>The time vocabulary of data/text (an event's time expressions).</summary>
    public TimeLexicon Time { get; }
    /// <summary>The number words of data/text (the hedges and bounds before a count).</summary>
    public NumberWords Numbers { get; }
    /// <summary>Definite duals that refer back to two parties (data/text/anaphors.tsv: الطرفين، البلدين).</summary>
    public WordList Anaphors { get; }
    /// <summary>The anaphors that refer to two states only (anaphors.tsv @states: البلدين، الدولتين).</summary>
    public WordList StateAnaphors { get; }
    /// <summary>Words that never join an actor phrase (data/text/phrase_stops.tsv: particles, clause openers).</summary>
    public WordList PhraseStops { get; }
    /// <summary>The marker of a phrase after a compound preposition of the agent (من قبل، على يد): the first, من_قبل.</summary>
    public string AgentMarker { get; }
    /// <summary>The marker of a phrase after the preposition of a pair (function_words.tsv class pair: بين), which also names the construction.</summary>
    public string PairMarker { get; }
    /// <summary>The one-letter prepositions in the order a phrase's marker prefers them (ب، ل، ك), as markers.</summary>
    public IReadOnlyList<(char Letter, string Marker)> PrepositionMarkers { get; }
    /// <summary>Words that negate what follows them (data/text/negators.tsv: لم، لا، عدم، دون), the model's negation feature.</summary>
    public WordList Negators { get; }
    /// <summary>Words that open a new clause, which ends a trigger's argument window (data/text/clause_words.tsv: أن، الذي، حيث، بعد).</summary>
    public WordList ClauseWords { get; }

    /// <param name="language">The pipeline's word tables: affixes, function words, titles and time words are read from it, not loaded again.</param>
    public EventLexicons(DataFolder data, LanguageResources language)
    {
        Affixes = language.Affixes;
        StemKey = new StemKey(Affixes);
        Defaults = new TypeDefaults(data, StemKey);
        Functions = language.FunctionWords;
        Time = language.Time;
        Numbers = language.Numbers.Words;
        Anaphors = language.WordList("anaphors.tsv");
        StateAnaphors = language.WordList("anaphors.tsv", "states");
        PhraseStops = language.WordList("phrase_stops.tsv");
        AgentMarker = Functions.WordsOf(WordClass.Agent).FirstOrDefault()?.Replace(' ', '_')
            ?? throw new InvalidDataException($"data/text/{FunctionWords.File}: no agent row (a compound preposition of the agent)");
        PairMarker = Functions.WordsOf(WordClass.Pair).SingleOrDefault()
            ?? throw new InvalidDataException($"data/text/{FunctionWords.File}: expected one pair row (the preposition of two parties)");
        PrepositionMarkers = [.. new[] { Clitic.Bi, Clitic.Li, Clitic.Ka }.Select(c => (Affixes.LetterOf(c), Affixes.LetterOf(c).ToString()))];
        Negators = language.WordList("negators.tsv");
        ClauseWords = language.WordList("clause_words.tsv");
        foreach (var l in LexiconFile.Read(data, "events", "triggers.tsv"))
        {
            if (l.Fields.Length != 6) throw l.Error($"expected 6 tab-separated fields, found {l.Fields.Length}");
            if (!Enum.TryParse<EventType>(l.Fields[0], out var type)) throw l.Error($"unknown PLOVER type '{l.Fields[0]}'");
            var mode = l.Fields[1].Length == 0 ? null : l.Fields[1];
            var cameo = l.Fields[2];
            if (cameo.Length is < 3 or > 4 || !cameo.All(char.IsAsciiDigit)) throw l.Error($"bad CAMEO code '{cameo}'");
            bool verb = l.Fields[3] switch { "v" => true, "n" => false, _ => throw l.Error("pos must be v or n") };
            var frame = ArgumentFrame.Parse(l.Fields[4], l.Error);
            foreach (var entry in LexiconFile.Words(l.Fields[5]))
            {
                var lemma = entry.Split('/')[0];
                var value = new TriggerEntry(type, mode, cameo, verb, frame, lemma);
                foreach (var form in WordForms.Expand(entry, Affixes.Verbs)) Triggers.Add(form, value);
            }
        }

        var map = new Dictionary<(EventType, string), (EventType, string)>();
        var fields = new List<string>();
        foreach (var l in LexiconFile.Read(data, "events", "modes.tsv"))
        {
            if (l.Section == "cues")
            {
                if (l.Fields.Length != 2) throw l.Error("expected: forms<TAB>mode");
                foreach (var f in LexiconFile.Words(l.Fields[0])) ModeCues.Add(WordForms.Norm(f), l.Fields[1]);
            }
            else if (l.Section == "map")
            {
                if (l.Fields.Length != 4 || !Enum.TryParse<EventType>(l.Fields[0], out var from) || !Enum.TryParse<EventType>(l.Fields[2], out var to))
                    throw l.Error("expected: TYPE<TAB>mode<TAB>TYPE<TAB>cameo");
                map[(from, l.Fields[1])] = (to, l.Fields[3]);
            }
            else if (l.Section == "fields") fields.AddRange(LexiconFile.Words(l.Fields[0]));
            else throw l.Error("line outside @cues/@map/@fields");
        }
        ModeMap = map;
        ModeFields = new WordList(fields);

        foreach (var l in LexiconFile.Read(data, "events", "things.tsv"))
        {
            if (l.Fields.Length != 2) throw l.Error("expected: class<TAB>forms");
            foreach (var f in LexiconFile.Words(l.Fields[1])) Things.Add(WordForms.Norm(f), l.Fields[0]);
        }
        foreach (var l in LexiconFile.Read(data, "events", "support_words.tsv"))
        {
            bool receives = l.Fields.Length > 1 && l.Fields[1] == "receive";
            if (l.Fields.Length > 2 || (l.Fields.Length == 2 && !receives)) throw l.Error("expected: forms[<TAB>receive]");
            foreach (var entry in LexiconFile.Words(l.Fields[0]))
                foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) SupportWords.Add(f, receives);
        }
        foreach (var t in language.Titles.For(TitleUse.Relation))
            Titles.Add(WordForms.Norm(t.Form.Replace(' ', '_')), new TitleEntry(t.RelationKind!, t.Label!));
        foreach (var l in LexiconFile.Read(data, "events", "background.tsv"))
            foreach (var entry in LexiconFile.Words(l.Fields[0]))
                foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) BackgroundCues.Add(f, true);
        var complement = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in LexiconFile.Read(data, "events", "threats.tsv"))
            foreach (var entry in LexiconFile.Words(l.Fields[0]))
            {
                if (l.Section == "complement") complement.Add(WordForms.Norm(entry));
                else if (l.Section == "words") foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) ThreatWords.Add(f, true);
                else throw l.Error("line outside @words/@complement");
            }
        ThreatComplement = complement;
        foreach (var l in LexiconFile.Read(data, "events", "agents.tsv"))
            foreach (var f in LexiconFile.Words(l.Fields[0])) AgentNouns.Add(WordForms.Norm(f), true);
        foreach (var l in LexiconFile.Read(data, "events", "leads.tsv"))
            foreach (var f in LexiconFile.Words(l.Fields[0])) LeadCues.Add(WordForms.Norm(f), true);
        var modifiers = new List<string>();
        foreach (var l in LexiconFile.Read(data, "events", "reporting.tsv"))
        {
            if (l.Section == "modifiers") { modifiers.AddRange(LexiconFile.Words(l.Fields[0])); continue; }
            var index = l.Section switch
            {
                "verbs" => ReportingVerbs,
                "according" => AccordingTo,
                "sources" => SourceNouns,
                "outlets" => OutletNouns,
                _ => throw l.Error("line outside @verbs/@according/@sources/@outlets/@modifiers"),
            };
            foreach (var entry in LexiconFile.Words(l.Fields[0]))
                foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) index.Add(f, true);
        }
        SourceModifiers = new WordList(modifiers);
        foreach (var l in LexiconFile.Read(data, "events", "modality.tsv"))
        {
            if (l.Fields.Length != 3 || !Enum.TryParse<Modality>(l.Fields[0], ignoreCase: true, out var mod) || l.Fields[1] is not ("before" or "after" or "particle"))
                throw l.Error("expected: modality<TAB>before|after|particle<TAB>forms");
            var cue = new ModalityCue(mod, l.Fields[1] == "after", l.Fields[1] == "particle");
            foreach (var entry in LexiconFile.Words(l.Fields[2]))
                foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) ModalityCues.Add(f, cue);
        }
        var models = new List<string>();
        foreach (var l in LexiconFile.Read(data, "events", "units.tsv"))
        {
            if (l.Section == "models") { models.AddRange(LexiconFile.Words(l.Fields[0])); continue; }
            if (l.Fields.Length != 2) throw l.Error("expected: forms<TAB>unit");
            UnitEntry value = l.Section switch
            {
                "counts" => new UnitEntry(l.Fields[1], false, 1),
                "currencies" => new UnitEntry(l.Fields[1], true, 1),
                "scales" => double.TryParse(l.Fields[1], System.Globalization.CultureInfo.InvariantCulture, out var sc)
                    ? new UnitEntry("", false, sc) : throw l.Error("scale must be a number"),
                _ => throw l.Error("line outside @counts/@currencies/@scales/@models"),
            };
            foreach (var f in LexiconFile.Words(l.Fields[0])) Units.Add(WordForms.Norm(f), value);
        }
        ModelNouns = new WordList(models);
        PostPrepositions = LexiconFile.Rows(data, "text", "post_prepositions.tsv", 2).ToDictionary(
            l => WordForms.Norm(l.Fields[0]), l => l.Fields[1] switch { "host" => true, "place" => false, _ => throw l.Error("kind must be host or place") });
        ActingSectors = LexiconFile.Lines(data, "events", "acting_sectors.tsv").ToHashSet(StringComparer.Ordinal);
        foreach (var l in LexiconFile.Read(data, "events", "casualties.tsv"))
        {
            if (l.Fields.Length != 2 || l.Fields[1] is not ("killed" or "wounded" or "arrested" or "abducted" or "displaced")) throw l.Error("expected: forms<TAB>killed|wounded|arrested|abducted|displaced");
            var index = l.Section switch { "before" => CasualtiesBefore, "verb" => CasualtyVerbs, "after" => CasualtiesAfter, _ => throw l.Error("line outside @before/@verb/@after") };
            foreach (var entry in LexiconFile.Words(l.Fields[0]))
                foreach (var f in WordForms.Expand(entry, Affixes.Verbs)) index.Add(f, l.Fields[1]);
        }
    }

    /// <summary>A preposition, normalised as written, that marks an argument (function_words.tsv class argument: إلى، ضد…).</summary>
    public bool IsArgumentPreposition(ReadOnlySpan<char> norm) => (Functions.ClassOf(norm) & WordClass.Argument) != 0;

    /// <summary>A trigger reading at token i that respects verb/noun clitics (التابع is not the verb تابع).</summary>
    public bool IsTrigger(TokenSequence seq, int i) => Triggers.First(seq, i, (a, e) => e.IsVerb ? a.CanBeVerb : a.CanBeNoun) is not null;

    /// <summary>A generic actor of a sector that acts for the state or group it belongs to (forces, officials, armed men).</summary>
    public bool ActsForOwner(Entity e) => e.IsGeneric && e.Sector is { } s && ActingSectors.Contains(s);

    public bool IsReportingVerb(TokenSequence seq, int i) => ReportingVerbs.First(seq, i, (a, _) => a.CanBeVerb) is not null;

    /// <summary>The type and CAMEO code of a trigger once a mode cue is known.</summary>
    public (EventType Type, string Cameo) Remap(EventType type, string mode, string cameo) =>
        ModeMap.TryGetValue((type, mode), out var r) ? r : (type, cameo);
}
