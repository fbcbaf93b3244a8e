using Marsad.Core.Model;
using Marsad.Text.Data;
using Marsad.Text.Normalization;
using Marsad.Text.Words;

namespace Marsad.Text.Tests.Words;

public class WordAnalyzerTests
{
    private static readonly WordAnalyzer A = LanguageResources.Compiled.Words;

    /// <summary>"stem clitics +enclitic traits" of every reading, in order.</summary>
    private static List<string> Readings(string word) =>
        A.Analyze(ArabicNormalizer.Normalize(word)).Select(Show).ToList();

    private static string Show(WordReading r) =>
        $"{r.Stem} {r.Proclitics}{(r.HasEnclitic ? " +" + r.Enclitic : "")}{((r.Traits & ~ReadingTraits.CanBeVerb) != 0 ? " " + (r.Traits & ~ReadingTraits.CanBeVerb) : "")}";

    [Fact]
    public void Every_reading_of_a_word_with_conjunction_preposition_and_article()
    {
        Assert.Equal(
        [
            "وبالقاهره None", "بالقاهره Wa", "القاهره Wa, Bi", "قاهره Wa, Bi, Article",
            "بالقاهر Wa +ه", "القاهر Wa, Bi +ه", "قاهر Wa, Bi, Article +ه",
        ], Readings("وبالقاهرة").Where(r => !r.StartsWith("وبالقاهر ", StringComparison.Ordinal)).ToList());
    }

    [Theory]
    [InlineData("وبحسب", "حسب Wa, Bi")]
    [InlineData("ستزور", "تزور Future")]
    [InlineData("وسيزور", "يزور Wa, Future")]
    [InlineData("للتنسيق", "تنسيق Li, Article")]
    [InlineData("فالقادة", "قاده Fa, Article")]
    [InlineData("زيارته", "زياره None +ه TaMarbuta")]
    [InlineData("دعاهم", "دعا None +هم")]
    [InlineData("اتفاقاً", "اتفاق None Accusative")]
    [InlineData("المصريين", "مصري Article Nisba")]
    [InlineData("مصريون", "مصري None Nisba")]
    [InlineData("والفرنسية", "فرنسي Wa, Article Nisba")]
    // لل is also ل before a word that begins with ل
    [InlineData("للبنان", "لبنان Li")]
    [InlineData("للبنان", "بنان Li, Article")]
    public void A_reading_is_found(string word, string reading) => Assert.Contains(reading, Readings(word));

    [Theory]
    // a stem keeps three letters: ولد، بلد، كما are not و + لد، ب + لد، ك + ما
    [InlineData("ولد", "لد")]
    [InlineData("بلد", "لد")]
    [InlineData("كما", "ما")]
    // the future particle only before an imperfect prefix: سلام is not س + لام
    [InlineData("سلام", "لام")]
    // the article needs three letters after it: الغد stays whole
    [InlineData("الغد", "غد")]
    public void No_reading_leaves_less_than_a_root(string word, string stem) =>
        Assert.DoesNotContain(A.Analyze(ArabicNormalizer.Normalize(word)), r => r.Stem == stem);

    [Fact]
    public void The_first_reading_is_the_word_as_written() =>
        Assert.Equal(new WordReading("والي", Clitic.None, "", ReadingTraits.CanBeVerb, 0), A.Analyze("والي")[0]);

    [Theory]
    [InlineData("يدعم", true)]
    [InlineData("ليدعم", true)]   // subjunctive ل before an imperfect
    [InlineData("بيدعم", false)]  // ب never before a verb
    public void Verb_readings_follow_the_proclitics(string word, bool verb) =>
        Assert.Equal(verb, A.Analyze(word).Any(r => r.Stem == "يدعم" && r.CanBeVerb));

    [Fact]
    public void Tokens_carry_their_readings()
    {
        var doc = new Document("d", "وقال وزيرها للصحفيين");
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        Assert.Contains(doc.Tokens[0].Readings, r => r.Stem == "قال" && r.Proclitics == Clitic.Wa);
        Assert.Contains(doc.Tokens[1].Readings, r => r.Stem == "وزير" && r.Enclitic == "ها");
        Assert.Contains(doc.Tokens[2].Readings, r => r.Stem == "صحفي" && (r.Traits & ReadingTraits.Nisba) != 0);
        Assert.Same(doc.Tokens[0].Readings, doc.Tokens[0].Readings); // computed once
    }

    [Fact]
    public void Name_readings_keep_the_article_and_strip_conjunction_and_preposition()
    {
        var keys = WordAnalyzer.NameReadings(A.Analyze(ArabicNormalizer.Normalize("وللقاهرة"))).Select(r => (A.WithArticle(r), r.StemOffset));
        Assert.Equal([("وللقاهره", 0), ("للقاهره", 1), ("القاهره", 3), ("لقاهره", 2)], keys);
    }

    [Theory]
    [InlineData("وبحفتر", "حفتر")]
    [InlineData("للجيش الليبي", "الجيش الليبي")]
    [InlineData("وروسيا", "روسيا")]
    [InlineData("ولي العهد", null)]   // ولي has no three letters after و
    [InlineData("حفتر", null)]
    public void Strips_the_proclitics_of_a_name(string name, string? expected) => Assert.Equal(expected, A.StripProclitics(name));
}

public class FunctionWordsTests
{
    private static Token Word(string text)
    {
        var doc = new Document("d", text);
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        return Assert.Single(doc.Tokens);
    }

    [Theory]
    [InlineData("في", WordClass.Preposition | WordClass.Argument | WordClass.Topic | WordClass.Locative)]
    [InlineData("وفي", WordClass.Preposition | WordClass.Argument | WordClass.Topic | WordClass.Locative)]
    [InlineData("عليها", WordClass.Preposition | WordClass.Argument)]
    [InlineData("منه", WordClass.Preposition | WordClass.Partitive | WordClass.Argument)]
    [InlineData("إلى", WordClass.Preposition | WordClass.Argument)]
    [InlineData("فوق", WordClass.Preposition)]
    [InlineData("الذين", WordClass.Relative)]
    [InlineData("ولكنه", WordClass.Conjunction)]
    [InlineData("وهذه", WordClass.Demonstrative)]
    [InlineData("لم", WordClass.Negation | WordClass.Verbal)]
    [InlineData("بعد", WordClass.Preposition | WordClass.Subordinator)]
    [InlineData("وزير", WordClass.None)]
    [InlineData("الرئيس", WordClass.None)]
    public void Classes_through_readings(string word, WordClass expected) => Assert.Equal(expected, LanguageResources.Compiled.FunctionWords.ClassOf(Word(word)));

    [Fact]
    public void A_word_list_matches_through_clitics_but_not_the_article_unless_asked()
    {
        var list = new WordList(["وزير"]);
        Assert.True(list.Contains(Word("ووزير")));
        Assert.False(list.Contains(Word("الوزير")));
        Assert.True(list.Contains(Word("والوزير"), throughArticle: true));
    }
}

public class LexiconFileTests
{
    private static List<LexiconLine> Parse(string content, int columns) =>
        LexiconFile.Rows(LexiconFile.Read("data/x/t.tsv", new StringReader(content)), columns).ToList();

    [Fact]
    public void Comments_blank_lines_sections_and_trimmed_cells()
    {
        var rows = Parse("# comment\n\n  # indented comment\na\t b \n@verbs\nc\td\n", 2);
        Assert.Equal([(4, (string?)null, "a", "b"), (6, "verbs", "c", "d")],
            rows.Select(r => (r.Number, r.Section, r.Fields[0], r.Fields[1])).ToList());
    }

    [Fact]
    public void A_short_row_is_an_error_with_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse("# c\na\tb\nc\n", 2));
        Assert.Equal("data/x/t.tsv:3: expected 2 tab-separated columns", e.Message);
    }

    [Fact]
    public void Every_text_table_loads() =>
        Assert.All(new[] { "affixes.tsv", "function_words.tsv", "protected_words.tsv", "months.tsv" },
            f => Assert.NotEmpty(LexiconFile.Read("text", f)));
}

public class TitleTableTests
{
    [Fact]
    public void One_table_serves_ner_names_and_relations()
    {
        var president = Assert.Single(LanguageResources.Compiled.Titles.Titles, t => t.Form == "رئيس");
        Assert.Equal(TitleUse.Ner | TitleUse.Name | TitleUse.Relation, president.Uses);
        Assert.Equal(("role", "president"), (president.RelationKind, president.Label));
        Assert.Contains(LanguageResources.Compiled.Titles.For(TitleUse.Name), t => t.Form == "لواء ركن");
        Assert.DoesNotContain(LanguageResources.Compiled.Titles.For(TitleUse.Relation), t => t.RelationKind is null);
    }

    [Fact]
    public void A_relation_row_without_a_kind_is_an_error_with_its_line()
    {
        var rows = LexiconFile.Rows(LexiconFile.Read("data/text/titles.tsv", new StringReader("# h\nوزير\trelation\t-\t-\n")), 4);
        var e = Assert.Throws<InvalidDataException>(() => new TitleTable(rows));
        Assert.StartsWith("data/text/titles.tsv:2:", e.Message);
    }

    [Fact]
    public void Nisba_endings_in_table_order() =>
        Assert.Equal(["ة", "ون", "ين", "ات", "ان", "تان", "تين"], LanguageResources.Compiled.Words.Affixes.NisbaEndings());

    [Fact]
    public void The_affix_table_names_the_letters_and_endings_other_stages_ask_for()
    {
        var a = LanguageResources.Compiled.Affixes;
        Assert.Equal('ب', a.LetterOf(Clitic.Bi));
        Assert.Equal('و', a.LetterOf(Clitic.Wa));
        Assert.Equal("يه", a.FeminineNisba);
        // longest first; among endings of one length at most one can end a word, so their order is free
        Assert.Equal(["يين", "يون", "يات", "يه", "ين", "ون", "ات", "ه", "ي", "ا"], a.LightStemEndings);
    }

    [Fact]
    public void The_affix_table_names_the_nisba_plurals() =>
        Assert.Equal(["يون", "يين"], LanguageResources.Compiled.Affixes.NisbaPlural.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("امنيه", true)]
    [InlineData("عسكري", true)]
    [InlineData("استخباراتيين", true)]
    [InlineData("مصريون", true)]
    [InlineData("عسكريتين", true)]
    [InlineData("عمليات", false)]
    [InlineData("بيان", false)]
    [InlineData("وزير", false)]
    [InlineData("علي", false)]
    public void A_relation_adjective_is_a_root_and_a_nisba_ending_nouns_do_not_share(string stem, bool expected) =>
        Assert.Equal(expected, LanguageResources.Compiled.Affixes.IsRelationAdjective(stem));

    [Fact]
    public void Partitive_min_is_a_function_word_class_as_written()
    {
        var fw = LanguageResources.Compiled.FunctionWords;
        Assert.Equal(WordClass.Preposition | WordClass.Partitive | WordClass.Argument, fw.ClassOf("من"));
        Assert.Equal(WordClass.Preposition | WordClass.Argument | WordClass.Topic | WordClass.Locative, fw.ClassOf("في"));
    }

    [Fact]
    public void Locative_fi_and_nominal_anna_are_classes_of_their_own()
    {
        var fw = LanguageResources.Compiled.FunctionWords;
        Assert.Equal(["في"], fw.WordsOf(WordClass.Locative));
        Assert.Equal(["ان"], fw.WordsOf(WordClass.Nominal));
        Assert.Equal(WordClass.Preposition | WordClass.Argument | WordClass.Topic, fw.ClassOf("حول"));
    }

    [Fact]
    public void Hedges_and_bounds_may_stand_before_a_count_but_are_no_number_words()
    {
        var n = LanguageResources.Compiled.Numbers;
        IReadOnlySet<string> before = n.Words.BeforeCount;
        foreach (var w in new[] { "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "ما", "لا", "يقل", "عن", "الي" })
            Assert.Contains(w, before);
        Assert.DoesNotContain("خمسه", before);
        var doc = new Document("d", "قتل ما لا يقل عن");
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        Assert.Empty(n.Find(doc));
    }

    [Fact]
    public void The_compound_prepositions_of_the_agent_are_two_words_in_table_order()
    {
        var fw = LanguageResources.Compiled.FunctionWords;
        Assert.Equal(["من قبل", "علي يد", "نسب الي", "نسبت الي", "نسبا الي", "نسبتا الي", "نسبوا الي"], fw.WordsOf(WordClass.Agent));
        // a token is one word: neither part is an agent preposition on its own
        Assert.Equal(WordClass.None, fw.ClassOf("يد") & WordClass.Agent);
        Assert.Equal(WordClass.Preposition | WordClass.Subordinator, fw.ClassOf("قبل"));
    }

    [Fact]
    public void A_word_list_may_be_one_section_of_its_table()
    {
        var all = LanguageResources.Compiled.WordList("anaphors.tsv");
        var states = LanguageResources.Compiled.WordList("anaphors.tsv", "states");
        Assert.True(all.Contains("طرفين") && all.Contains("بلدان"));
        Assert.True(states.Contains("دولتين") && !states.Contains("طرفين"));
        Assert.True(states.Words.All(w => all.Contains(w)));
    }
}

public class NameParticlesTests
{
    private static readonly NameParticles P = LanguageResources.Compiled.NameParticles;

    [Fact]
    public void Particles_are_normalised_and_sorted_by_what_they_do()
    {
        Assert.Equal(["ابو", "ابي", "ام", "بو", "ذو", "ذي", "عبد"], P.JoinsNext.Order(StringComparer.Ordinal));
        Assert.Equal(["الاسلام", "الدين", "الله"], P.JoinsPrevious.Order(StringComparer.Ordinal));
        Assert.Equal(["ابو", "عبد"], P.CompoundHeads.Order(StringComparer.Ordinal));
        Assert.Equal(["عبد"], P.SplitHeads);
        Assert.Equal(("Abdel", "Abu"), (P.Latin["عبد"], P.Latin["ابو"]));
        Assert.Equal(("بن", "بكر"), (P.CanonicalOf("ابن"), P.CanonicalOf("بكر")));
        Assert.Contains("آل", P.NerCues);
    }
}
