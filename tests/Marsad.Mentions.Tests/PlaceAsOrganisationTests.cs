using Marsad.Core.Model;
using Marsad.Extraction;
using Marsad.Mentions.Typing;
using Marsad.Tests.Shared;
using Marsad.Text;
using Marsad.Text.Data;
using Marsad.Text.Words;

namespace Marsad.Mentions.Tests;

/// <summary>A town's name that names a club or a newspaper, through the mention stage and the committed resources.</summary>
public class PlaceAsOrganisationTests
{
    private static EntityType? TypeOf(string text, string name)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        return doc.Mentions.SingleOrDefault(m => doc.TextOf(m.Span) == name)?.Type;
    }

    [Theory]
    // the word before: the club's coach, player, team; a newspaper
    [InlineData("وقال مدرب ليفربول إن اللقاء كان صعبا .", "ليفربول", EntityType.ORG)]
    [InlineData("وانضم المهاجم إلى فريق ليفربول الموسم الماضي .", "ليفربول", EntityType.ORG)]
    [InlineData("ونقلت صحيفة الرياض عن مصدر مسؤول أن الاجتماع تأجل .", "الرياض", EntityType.ORG)]
    [InlineData("ونقلت صحيفة «الرياض» عن مصدر مسؤول أن الاجتماع تأجل .", "الرياض", EntityType.ORG)]
    [InlineData("ونقلت جريدة \"الرياض\" عن مصدر مسؤول أن الاجتماع تأجل .", "الرياض", EntityType.ORG)]
    // a masculine nationality adjective agrees with the club, a feminine one with the town
    [InlineData("وتعاقد ليفربول الإنجليزي مع مدافع جديد .", "ليفربول", EntityType.ORG)]
    [InlineData("ووصل الوفد إلى مدينة ليفربول الإنجليزية أمس .", "ليفربول", EntityType.LOC)]
    // the town itself
    [InlineData("ووصل الوزير إلى ليفربول أمس في زيارة رسمية .", "ليفربول", EntityType.LOC)]
    [InlineData("وعقد الاجتماع في الرياض بحضور الوزراء .", "الرياض", EntityType.LOC)]
    public void A_town_is_the_organisation_its_context_names(string text, string name, EntityType type)
    {
        Assert.Equal(type, TypeOf(text, name));
    }

    [Fact]
    public void The_tagger_reading_of_an_organisation_stands_only_in_a_sentence_about_sport()
    {
        var kb = TestPipeline.Resources.KnowledgeBase;
        var rule = new PlaceAsOrganisationRule(LexiconFile.Read("club-cues.tsv", new StringReader("@sports\nمباراة\n")), kb, TestPipeline.Resources.Words.Affixes);
        foreach (var (text, expected) in new[] { ("فاز ليفربول في مباراة الأمس .", EntityType.ORG), ("فاز ليفربول في انتخابات الأمس .", EntityType.LOC) })
        {
            var doc = new Document("t", text);
            new TextStage(TestPipeline.Resources.Words).Process(doc);
            var span = new TextSpan(text.IndexOf("ليفربول", StringComparison.Ordinal), text.IndexOf("ليفربول", StringComparison.Ordinal) + "ليفربول".Length);
            var place = new Mention(span, EntityType.LOC, "kb") { KbId = "Q24826" };
            rule.Apply(doc, [place], [new Mention(span, EntityType.ORG, "ner")]);
            Assert.Equal(expected, place.Type);
            Assert.Equal(expected == EntityType.ORG ? null : "Q24826", place.KbId);
        }
    }

    [Theory]
    // a definite noun of a sportsman (pronoun, article) in apposition: the name is the man, not the town
    [InlineData("ورفض النادي عرضا لضم نجمه كوكي خلال فترة الانتقالات .", "كوكي", EntityType.PER)]
    [InlineData("وسجل اللاعب كوكي هدفين في المباراة .", "كوكي", EntityType.PER)]
    // the construct state: the club he plays for
    [InlineData("وقال لاعب ليفربول إن اللقاء كان صعبا .", "ليفربول", EntityType.ORG)]
    public void A_town_after_a_definite_sportsman_is_the_man(string text, string name, EntityType type)
    {
        Assert.Equal(type, TypeOf(text, name));
    }

    [Fact]
    public void A_place_in_a_list_of_players_is_a_player()
    {
        const string text = "وحضر اللاعبين مايكل أوين و ريو فرديناند ومدينة ليفربول .";
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        TextSpan Of(string s) => new(text.IndexOf(s, StringComparison.Ordinal), text.IndexOf(s, StringComparison.Ordinal) + s.Length);
        var owen = new Mention(Of("مايكل أوين"), EntityType.PER, "ner");
        var rio = new Mention(Of("ريو فرديناند"), EntityType.LOC, "ner");
        var town = new Mention(Of("ليفربول"), EntityType.LOC, "kb") { KbId = "Q24826" };
        TestPipeline.Resources.PlaceAsOrganisation.Apply(doc, [owen, rio, town], []);
        Assert.Equal(EntityType.PER, rio.Type);
        // مدينة is no person: the list ends there
        Assert.Equal(EntityType.LOC, town.Type);
        Assert.Equal("Q24826", town.KbId);
    }

    [Fact]
    public void A_cue_outside_the_sections_is_an_error_naming_its_line()
    {
        var e = Assert.Throws<InvalidDataException>(() =>
            new PlaceAsOrganisationRule(LexiconFile.Read("club-cues.tsv", new StringReader("نادي\n")), TestPipeline.Resources.KnowledgeBase, TestPipeline.Resources.Words.Affixes));
        Assert.Contains("club-cues.tsv:1", e.Message);
    }

    [Theory]
    [InlineData("ويقام معرض الرياض للكتاب في مارس المقبل .", "MISC:معرض الرياض للكتاب")]
    [InlineData("وشارك الفنان بمهرجان جرش هذا العام .", "MISC:مهرجان جرش")]
    [InlineData("وتأهل المنتخب إلى نهائي كأس مصر أمس .", "MISC:كأس مصر")]
    [InlineData("ووصل الوزير إلى الرياض للمشاركة في الاجتماع .", "LOC:الرياض")]
    public void A_name_after_an_event_head_is_the_event(string text, string expected)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        MarsadPipeline.Mentions(TestPipeline.Resources).Process(doc);
        Assert.Contains(expected, doc.Mentions.Select(m => $"{m.Type}:{doc.TextOf(m.Span)}"));
    }
}
