using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Text.Words;
using Marsad.Text;
using Marsad.Text.Statistics;
using Marsad.Tests.Shared;
using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

public class NameStartTests
{
    private static KbEntry Entry(string id, KbKind kind, EntityType type, string name, int prior = 90) =>
        new() { Id = id, Kind = kind, Type = type, NameAr = name, Aliases = [name], Source = "test", Prior = prior };

    // A small knowledge base and corpus counts, so that each rule is seen alone.
    private static readonly NameStart s_small = new(
        new KnowledgeBase([
            Entry("h", KbKind.Person, EntityType.PER, "حفتر"),
            Entry("m", KbKind.Capital, EntityType.LOC, "موسكو"),
            Entry("e", KbKind.State, EntityType.GPE, "مصر"),
            Entry("k", KbKind.Person, EntityType.PER, "كمال"),
            Entry("u", KbKind.State, EntityType.GPE, "الإمارات"),
            Entry("t", KbKind.City, EntityType.LOC, "يدوا", prior: 30),
        ]),
        new WordStatistics(new Dictionary<string, WordCounts>
        {
            ["كيري"] = new(700, 0, 8), ["يري"] = new(850, 11, 3),      // a name as frequent as the verb its rest spells
            ["وليد"] = new(400, 0, 40),                                 // a name whose rest (ليد) is no word
            ["عمان"] = new(900, 0, 0), ["وعمان"] = new(60, 0, 0),       // a name and its conjunction form
            ["يدعم"] = new(500, 80, 0),                                 // a verb: ب and ك never attach to it
            ["فرانس"] = new(120, 0, 2), ["رانس"] = new(6, 0, 0),
            ["السراج"] = new(300, 0, 20),
        }),
        TestPipeline.Resources.Words);

    private static string Name(NameStart finder, string word)
    {
        var doc = new Document("t", word);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        return doc.Text[finder.Of(doc.Text, doc.Tokens[0])..doc.Tokens[0].End];
    }

    [Theory]
    // و: split when the rest is a known name, attested, or nothing is known; kept when the whole word is the common one
    [InlineData("وحفتر", "حفتر")]
    [InlineData("وعمان", "عمان")]
    [InlineData("وبيدوا", "بيدوا")]
    [InlineData("وترمايا", "ترمايا")]
    [InlineData("وليد", "وليد")]
    // ف: a name's own letter unless the rest is known
    [InlineData("فحفتر", "حفتر")]
    [InlineData("فرانس", "فرانس")]
    [InlineData("فيرونا", "فيرونا")]
    // ب: split before a known or attested name, never before a verb, kept on an unseen word
    [InlineData("بموسكو", "موسكو")]
    [InlineData("بعمان", "عمان")]
    [InlineData("بيدعم", "بيدعم")]
    [InlineData("بيدوا", "بيدوا")]
    // ك: the name كيري is as common as the verb يري; كترمايا is unknown; كمصر is ك + a known state
    [InlineData("كيري", "كيري")]
    [InlineData("كترمايا", "كترمايا")]
    [InlineData("كمصر", "مصر")]
    [InlineData("كمال", "كمال")]
    // ل, and ل + ال written لل (its alef elided: the stem starts the name)
    [InlineData("لحفتر", "حفتر")]
    [InlineData("للحكومة", "حكومة")]
    // the article stays in the name
    [InlineData("والإمارات", "الإمارات")]
    [InlineData("والسراج", "السراج")]
    [InlineData("وَالإِمارات", "الإِمارات")]
    [InlineData("بالسراج", "السراج")]
    [InlineData("مصر", "مصر")]
    public void A_proclitic_leaves_a_name_only_on_evidence(string word, string name) => Assert.Equal(name, Name(s_small, word));

    [Fact]
    public void A_weak_gazetteer_town_is_not_evidence_for_a_split() =>
        // يدوا is a bulk town name (prior 30): it collides with words, so بيدوا keeps its ب.
        Assert.Equal("بيدوا", Name(s_small, "بيدوا"));

    [Theory]
    [InlineData("كيري", "كيري")]
    [InlineData("وكيري", "كيري")]
    [InlineData("كترمايا", "كترمايا")]
    [InlineData("بيدوا", "بيدوا")]
    [InlineData("وحفتر", "حفتر")]
    [InlineData("بطرابلس", "طرابلس")]
    [InlineData("والإمارات", "الإمارات")]
    [InlineData("للحكومة", "حكومة")]
    public void With_the_shipped_knowledge_base_and_corpus_counts(string word, string name) => Assert.Equal(name, Name(TestPipeline.Resources.NameStart, word));
}

/// <summary>A person chunk of the tagger that runs over a preposition is two names.</summary>
public class PersonChunkTests
{
    private static readonly NerMentionFinder s_finder = new(TestPipeline.Resources.Tagger, TestPipeline.Resources.NameStart, TestPipeline.Resources.NameEnd);

    [Theory]
    [InlineData("ريتشارد نورلاند بخليفة حفتر", "ريتشارد نورلاند|خليفة حفتر")]
    [InlineData("التقى كيري لحفتر", "التقى كيري|حفتر")]
    [InlineData("محمد بن سلمان", "محمد بن سلمان")]
    [InlineData("عبد العزيز بوتفليقة", "عبد العزيز بوتفليقة")]
    [InlineData("جون كيري", "جون كيري")]
    // one last word after a letter that may be a preposition: a family name unless a known name follows the letter
    [InlineData("عبد الرحمن بدوي", "عبد الرحمن بدوي")]
    [InlineData("سامي بكري", "سامي بكري")]
    public void A_preposition_inside_a_person_chunk_starts_another_name(string chunk, string people)
    {
        var doc = new Document("t", chunk);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var found = s_finder.People(doc, 0, doc.Tokens.Count)
            .Select(p => doc.Text[TestPipeline.Resources.NameStart.Of(doc.Text, doc.Tokens[p.Start])..doc.Tokens[p.End - 1].End]);
        Assert.Equal(people, string.Join("|", found));
    }
}
