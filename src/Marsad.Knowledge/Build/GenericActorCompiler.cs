using System.Text.RegularExpressions;
using Marsad.Core.Model;
using Marsad.Knowledge.Generic;
using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Knowledge.Build;

/// <summary>What the generic-actor compile produced, with counts for the report.</summary>
public sealed record GenericCompileResult(IReadOnlyList<GenericEntry> Entries, int UpstreamPhrasesUsed, int UpstreamPhrasesSkipped);

/// <summary>
/// Compiles the generic-actor lexicon (data/kb/generic-actors.tsv) from the curated files in
/// data/kb/generic (heads, phrases, modifiers) and the multi-word agent phrases of the
/// UniversalPetrarch Arabic agents dictionary (../shared/data/kb/universalpetrarch-arabic, MIT).
/// The dictionary holds UDPipe lemmas (no article, adjectives in the masculine singular), so every
/// phrase is expanded into written forms: each form of its head (جندي → جنود، مجندين …) with each
/// inflection of the words after it (أمني → أمنية، أمنيون، أمنيين). Keys carry no article, because
/// the matcher compares them with token stems (the article stripped by the segmenter).
/// <para>Only dictionary phrases whose head is a curated head are taken: its single words mix
/// people with things (طائرة، قرية، حي are coded CVL there), and a curated head tells the type and
/// the written plurals, which the lemmas do not. Phrases with prepositions (جيش_داعم_ل_حكومة) and
/// longer than three words are left out. A curated phrase wins over the dictionary's.</para>
/// </summary>
public static class GenericActorCompiler
{
    public const string UpstreamName = "universalpetrarch-arabic";
    public const string UpstreamFile = "agents.all.ar_v3.txt";

    /// <summary>The CAMEO agent codes Marsad uses as sectors; a dictionary code is read 3 letters at a time and the first known one is taken (UAFMUS → UAF).</summary>
    public static readonly IReadOnlySet<string> Sectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "MIL", "COP", "SPY", "GOV", "REB", "INS", "UAF", "OPP", "CVL", "REF", "JUD", "LEG", "MED", "BUS", "EDU", "LAB", "REL", "HLH", "AGR", "ENV", "DEV", "HRI",
    };

    // The affixes and function words of data/text (the compiled-in tables: the compiler is given no data folder for data/text).
    private static readonly AffixTable s_affixes = LanguageResources.Compiled.Affixes;
    /// <summary>Words that mark a dictionary phrase with a preposition or a clause (جيش_داعم_ل_حكومة).</summary>
    private static readonly WordList s_particles = LanguageResources.Compiled.WordList("phrase_particles.tsv");
    private static readonly Regex s_upstreamLine = new(@"^(?<phrase>\S+)\s*\[~(?<code>[A-Z]+)\]", RegexOptions.CultureInvariant);

    private sealed record Head(string Lemma, string[] Forms, HashSet<string> Alone, bool PhraseOnly, EntityType Type, string? Sector, string English, string Source);

    /// <param name="curated">The repository's data/kb folder (holding generic/).</param>
    /// <param name="sharedKb">The shared kb folder (holding universalpetrarch-arabic/).</param>
    public static GenericCompileResult Compile(string curated, string sharedKb)
    {
        var dir = Path.Combine(curated, "generic");
        var heads = ReadHeads(Path.Combine(dir, "heads.tsv"));
        var headByForm = new Dictionary<string, Head>(StringComparer.Ordinal);
        foreach (var h in heads) foreach (var f in h.Forms) headByForm.TryAdd(Norm(f), h);

        var entries = new Dictionary<string, GenericEntry>(StringComparer.Ordinal);
        void Add(GenericEntry e) => entries.TryAdd(e.Key, e);

        foreach (var h in heads.Where(h => !h.PhraseOnly))
            foreach (var f in h.Forms)
                foreach (var written in WithAccusative(Norm(f)))
                    Add(new GenericEntry(written, h.Alone.Contains(f) ? GenericWordRole.Actor : GenericWordRole.Head, h.Lemma, h.Type, h.Sector, h.English, h.Source));

        var curatedPhrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(Path.Combine(dir, "phrases.tsv")).Rows)
        {
            StateSource.CuratedSource(row);
            var words = Words(row["phrase"]);
            if (words.Length < 2 || !headByForm.TryGetValue(words[0], out var head))
                throw new InvalidDataException($"{row.Where}: a phrase needs two words and a head listed in heads.tsv");
            if (!EntityTypes.TryParse(row["type"], out var type)) throw new InvalidDataException($"{row.Where}: bad type '{row["type"]}'");
            curatedPhrases.Add(string.Join(' ', words));
            foreach (var key in Expand(head, words)) Add(new GenericEntry(key, GenericWordRole.Actor, head.Lemma, type, SectorOf(row["sector"], row.Where), row["en"], row["source"]));
        }

        int used = 0, skipped = 0;
        foreach (var (words, sector) in ReadUpstream(Path.Combine(sharedKb, UpstreamName, UpstreamFile)))
        {
            if (words.Length is < 2 or > 3 || words.Any(w => s_particles.Contains(w)) || !headByForm.TryGetValue(words[0], out var head)
                || curatedPhrases.Contains(string.Join(' ', words)))
            {
                skipped++;
                continue;
            }
            used++;
            // No English gloss: the head's (students) would mislabel a phrase such as طالب لجوء (asylum seekers).
            foreach (var key in Expand(head, words)) Add(new GenericEntry(key, GenericWordRole.Actor, head.Lemma, head.Type, sector, null, UpstreamName));
        }

        foreach (var row in TsvTable.Read(Path.Combine(dir, "modifiers.tsv")).Rows)
        {
            StateSource.CuratedSource(row);
            var role = row["role"] switch
            {
                "modifier" => GenericWordRole.Modifier,
                "marker" => GenericWordRole.Marker,
                "quantifier" => GenericWordRole.Quantifier,
                "title" => GenericWordRole.Title,
                _ => throw new InvalidDataException($"{row.Where}: role must be modifier, marker, quantifier or title"),
            };
            var sector = row["sector"].Length == 0 ? null : SectorOf(row["sector"], row.Where);
            // Modifier keys live beside phrase keys: a word that is both (مسلحون) keeps its actor entry,
            // and the matcher reads it as a modifier only after a head; so modifiers get their own prefix.
            foreach (var f in row.List("forms"))
                Add(new GenericEntry(ModifierKey(Norm(f)), role, Norm(row["lemma"]), EntityType.PER, sector, null, row["source"]));
        }
        return new GenericCompileResult(entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(), used, skipped);
    }

    /// <summary>The key under which a modifier, marker or quantifier word is stored ("+" and the word).</summary>
    public static string ModifierKey(string norm) => "+" + norm;

    private static List<Head> ReadHeads(string path)
    {
        var heads = new List<Head>();
        foreach (var row in TsvTable.Read(path).Rows)
        {
            StateSource.CuratedSource(row);
            var forms = row.List("forms");
            if (forms.Length == 0) throw new InvalidDataException($"{row.Where}: no forms");
            if (!EntityTypes.TryParse(row["type"], out var type)) throw new InvalidDataException($"{row.Where}: bad type '{row["type"]}'");
            bool phraseOnly = row["alone"] == "-";
            var alone = row["alone"] == "*" ? forms.ToHashSet(StringComparer.Ordinal) : phraseOnly ? [] : row.List("alone").ToHashSet(StringComparer.Ordinal);
            if (alone.FirstOrDefault(a => !forms.Contains(a)) is { } stray) throw new InvalidDataException($"{row.Where}: '{stray}' in alone is not one of the forms");
            heads.Add(new Head(Norm(row["lemma"]), forms, alone, phraseOnly, type, SectorOf(row["sector"], row.Where), row["en"], row["source"]));
        }
        return heads;
    }

    private static string? SectorOf(string code, string where)
    {
        if (code == "-") return null;
        if (!Sectors.Contains(code)) throw new InvalidDataException($"{where}: unknown sector '{code}'");
        return code;
    }

    /// <summary>The dictionary's agent phrases (lemma words) with the first sector code Marsad uses.</summary>
    private static IEnumerable<(string[] Words, string Sector)> ReadUpstream(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"UniversalPetrarch agents dictionary not found: {path}", path);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#')) continue;
            var m = s_upstreamLine.Match(line);
            if (!m.Success) continue;
            var code = m.Groups["code"].Value;
            string? sector = null;
            for (int i = 0; i + 3 <= code.Length && sector is null; i += 3)
                if (Sectors.Contains(code.Substring(i, 3))) sector = code.Substring(i, 3);
            if (sector is null) continue;
            yield return (Words(m.Groups["phrase"].Value.Replace('_', ' ')), sector);
        }
    }

    /// <summary>Normalised words of a lemma phrase; the article is dropped from every word but a short one.</summary>
    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Norm).Select(NoArticle).ToArray();

    private static string Norm(string word) => ArabicNormalizer.Normalize(word.Trim());

    private static string NoArticle(string w) =>
        w.StartsWith(s_affixes.Article, StringComparison.Ordinal) && w.Length - s_affixes.Article.Length >= 3 ? w[s_affixes.Article.Length..] : w;

    /// <summary>
    /// A form and its indefinite accusative, written with a final alef under the tanween (جنوداً → جنودا,
    /// شخصاً، جندياً); forms in ة and ا, construct nisba plurals (مسلحيي) and the sound plurals (ون، ين، ات) take none.
    /// </summary>
    private static IEnumerable<string> WithAccusative(string norm)
    {
        yield return norm;
        // جندي → جنديا، مدني → مدنيا (a nisba singular takes the alef too); not a construct plural
        if (!Endings.NoAccusative.Any(e => norm.EndsWith(e, StringComparison.Ordinal)))
            yield return norm + s_affixes.AccusativeAlef;
    }

    /// <summary>Every head form followed by every inflection of the other words.</summary>
    private static IEnumerable<string> Expand(Head head, string[] words)
    {
        IEnumerable<string> keys = head.Forms.Select(Norm);
        foreach (var w in words.Skip(1))
        {
            var forms = Inflections(w);
            keys = keys.SelectMany(k => forms.Select(f => k + " " + f)).ToList();
        }
        return keys;
    }

    /// <summary>
    /// Written forms of a lemma word after the head. A nisba (ـي) agrees in gender and number
    /// (أمني → أمنية، أمنيون، أمنيين، أمنيات، أمنيان); a word in ة takes the feminine plural; other words
    /// may be an adjective that agrees (مسلح → مسلحة، مسلحون، مسلحين، مسلحات) or a noun in the genitive
    /// (أمن): both readings are generated, since the lemma does not tell which.
    /// </summary>
    private static string[] Inflections(string w)
    {
        if (w.EndsWith(s_affixes.TaMarbuta.Restored)) return [w, w[..^1] + Endings.FemininePlural];
        var forms = Endings.Agreement.Select(e => w + e);
        if (w.EndsWith(Endings.NisbaBase, StringComparison.Ordinal)) forms = forms.Concat(Endings.NisbaDual.Select(e => w + e));
        return [w, .. forms];
    }

    /// <summary>The endings of data/text/affixes.tsv the expansion writes (normalised: ة is ه).</summary>
    private static class Endings
    {
        /// <summary>ه and ات: the ta marbuta and the sound feminine plural.</summary>
        private static readonly string[] s_noun = s_affixes.NounEndings;
        public static readonly string FemininePlural = s_noun.Single(e => e != s_affixes.TaMarbuta.Restored.ToString());
        /// <summary>An adjective agreeing with its head: ه، ون، ين، ات.</summary>
        public static readonly string[] Agreement = [s_affixes.TaMarbuta.Restored.ToString(), .. s_affixes.SoundMasculinePlural, FemininePlural];
        public static readonly string NisbaBase = s_affixes.NisbaNormalized[0].Base;
        /// <summary>A nisba's other endings but the feminine duals (ان; not تان، تين, whose ta marbuta is written ت).</summary>
        public static readonly string[] NisbaDual = s_affixes.NisbaNormalized.Select(n => n.Suffix[NisbaBase.Length..])
            .Where(e => !Agreement.Contains(e) && e[0] != s_affixes.TaMarbuta.Written).ToArray();
        /// <summary>Endings that take no accusative alef: ه، ات، ون، ين، the alef itself, and a nisba plural in construct
        /// (يي: the oblique plural يين without its ن).</summary>
        public static readonly string[] NoAccusative = [.. s_noun, .. s_affixes.SoundMasculinePlural, s_affixes.AccusativeAlef.ToString(),
            .. s_affixes.SoundMasculinePlural.Where(e => e[0] == NisbaBase[^1]).Select(e => NisbaBase + e[..^1])];
    }
}
