using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Model;
using Marsad.Tests.Shared;

namespace Marsad.Linking.Tests.Context;

/// <summary>Linking with the document's context: its states, its publication date, evidence for homographs.</summary>
public class ContextLinkingTests
{
    private static KbEntry State(string id, string ar, string iso, params string[] nisba) => new()
    {
        Id = id, Kind = KbKind.State, Type = EntityType.GPE, NameAr = ar, Iso2 = iso, Aliases = [ar], NisbaForms = nisba, Source = "test", Prior = 100,
    };

    private static KbEntry Actor(string id, KbKind kind, string ar, string state, string alias, PartialDate? from = null, PartialDate? to = null) => new()
    {
        Id = id, Kind = kind, Type = EntityType.ORG, NameAr = ar, StateId = state, Aliases = [ar, alias], Source = "test", Prior = 90, From = from, To = to,
    };

    private static KbEntry Place(string id, KbKind kind, string ar, string state, int prior) => new()
    {
        Id = id, Kind = kind, Type = EntityType.LOC, NameAr = ar, StateId = state, Aliases = [ar], Source = "test", Prior = prior,
    };

    private static readonly KnowledgeBase s_kb = new([
        State("Q79", "مصر", "EG", "المصري", "المصرية"),
        State("Q1016", "ليبيا", "LY", "الليبي", "الليبية"),
        State("Q805", "اليمن", "YE", "اليمني", "اليمنية"),
        State("Q222", "ألبانيا", "AL", "الألباني"),
        State("Q858", "سوريا", "SY", "السوري"),
        Actor("M:egypt-house", KbKind.Legislature, "مجلس النواب المصري", "Q79", "مجلس النواب"),
        Actor("M:hor", KbKind.Legislature, "مجلس النواب الليبي", "Q1016", "مجلس النواب", from: new PartialDate(2014, 8)),
        Actor("M:lna", KbKind.Military, "الجيش الوطني الليبي", "Q1016", "الجيش الوطني"),
        Actor("M:army-ye", KbKind.Military, "الجيش اليمني", "Q805", "الجيش الوطني"),
        Actor("M:gna", KbKind.Government, "حكومة الوفاق الوطني", "Q1016", "حكومة طرابلس", new PartialDate(2016, 3), new PartialDate(2021, 3)),
        Actor("M:nsg-ly", KbKind.Government, "حكومة الإنقاذ الوطني الليبية", "Q1016", "حكومة طرابلس", new PartialDate(2014, 8), new PartialDate(2015, 12)),
        Place("Q19689", KbKind.Capital, "تيرانا", "Q222", 80),
        Place("M:dummar", KbKind.City, "دمر", "Q858", 30),
        Place("Q1492", KbKind.City, "برشلونة", "Q29", 60),
        State("Q851", "السعودية", "SA", "السعودي"),
        Place("Q3692", KbKind.Capital, "الرياض", "Q851", 80),
        State("Q29", "إسبانيا", "ES", "الإسباني"),
    ]);

    private static Document Link(string text, PartialDate? published, params (EntityType Type, string Name)[] mentions)
    {
        var doc = Docs.Make(text);
        doc.Published = published;
        foreach (var (type, name) in mentions) doc.With(type, name);
        new LinkingStage(s_kb, TestPipeline.Resources.Linking).Process(doc);
        return doc;
    }

    private static string? KbOf(Document doc, string name) =>
        doc.Mentions.SingleOrDefault(m => doc.TextOf(m.Span) == name)?.Entity?.Kb;

    [Theory]
    [InlineData("قال المتحدث المصري إن مجلس النواب سيناقش القانون، وأكد مسؤول مصري أن الحكومة المصرية مستعدة.", "M:egypt-house")]
    [InlineData("قال المتحدث الليبي إن مجلس النواب سيناقش القانون في ليبيا، بحضور سفير مصري.", "M:hor")]
    [InlineData("قال المتحدث إن مجلس النواب سيناقش القانون.", null)]
    public void A_shared_institution_name_goes_to_the_state_the_story_is_about(string text, string? kb)
    {
        var doc = Link(text, new PartialDate(2019, 5), (EntityType.GPE, "المصري"), (EntityType.GPE, "مصري"), (EntityType.GPE, "المصرية"),
            (EntityType.GPE, "الليبي"), (EntityType.GPE, "ليبيا"), (EntityType.ORG, "مجلس النواب"));
        Assert.Equal(kb, KbOf(doc, "مجلس النواب"));
    }

    [Theory]
    [InlineData("تقدم الجيش الوطني نحو تعز، وقال مسؤول يمني إن القوات اليمنية تقدمت.", "M:army-ye")]
    [InlineData("تقدم الجيش الوطني نحو سرت، وقال مسؤول ليبي إن القوات الليبية تقدمت.", "M:lna")]
    public void A_national_army_is_the_army_of_the_story_state(string text, string kb)
    {
        var doc = Link(text, new PartialDate(2019, 5), (EntityType.GPE, "يمني"), (EntityType.GPE, "اليمنية"), (EntityType.GPE, "ليبي"), (EntityType.GPE, "الليبية"),
            (EntityType.ORG, "الجيش الوطني"));
        Assert.Equal(kb, KbOf(doc, "الجيش الوطني"));
    }

    [Theory]
    [InlineData(2015, 6, "M:nsg-ly")]
    [InlineData(2018, 2, "M:gna")]
    [InlineData(2024, 1, null)]
    public void A_government_is_linked_only_within_its_dates(int year, int month, string? kb)
    {
        var doc = Link("أعلنت حكومة طرابلس في ليبيا خطة جديدة.", new PartialDate(year, month), (EntityType.GPE, "ليبيا"), (EntityType.ORG, "حكومة طرابلس"));
        Assert.Equal(kb, KbOf(doc, "حكومة طرابلس"));
    }

    [Fact]
    public void Without_a_publication_date_a_dated_actor_is_still_a_candidate()
    {
        var doc = Link("أعلنت حكومة طرابلس في ليبيا خطة جديدة.", null, (EntityType.GPE, "ليبيا"), (EntityType.ORG, "حكومة طرابلس"));
        Assert.NotNull(KbOf(doc, "حكومة طرابلس"));
    }

    [Theory]
    [InlineData("أكدت مصر سيادتها على جزيرة تيران في البحر الأحمر.", null)]
    [InlineData("وصل الوفد إلى تيران عاصمة ألبانيا.", "Q19689")]
    public void A_place_reached_only_by_a_spelling_variant_needs_its_state_in_the_story(string text, string? kb)
    {
        var doc = Link(text, null, (EntityType.GPE, "مصر"), (EntityType.GPE, "ألبانيا"), (EntityType.LOC, "تيران"));
        Assert.Equal(kb, KbOf(doc, "تيران"));
    }

    [Theory]
    [InlineData("قال حفتر إن الجيش الليبي دمر مواقع في ليبيا.", null)]
    [InlineData("قصفت الطائرات حي دمر في دمشق، سوريا.", "M:dummar")]
    public void A_bulk_gazetteer_town_needs_its_state_in_the_story(string text, string? kb)
    {
        var doc = Link(text, null, (EntityType.GPE, "ليبيا"), (EntityType.GPE, "سوريا"), (EntityType.LOC, "دمر"));
        Assert.Equal(kb, KbOf(doc, "دمر"));
    }

    [Theory]
    [InlineData(EntityType.ORG, null, EntityType.ORG)]
    [InlineData(EntityType.LOC, "Q1492", EntityType.LOC)]
    public void An_organisation_named_after_its_town_is_not_the_town(EntityType mentioned, string? kb, EntityType type)
    {
        var doc = Link("قال مدرب برشلونة إن الفريق سيلعب في إسبانيا.", null, (EntityType.GPE, "إسبانيا"), (mentioned, "برشلونة"));
        Assert.Equal(kb, KbOf(doc, "برشلونة"));
        Assert.Equal(type, doc.Mentions.Single(m => doc.TextOf(m.Span) == "برشلونة").Entity!.Type);
    }

    [Theory]
    // the paper named after the capital is neither the city nor the state the capital stands for
    [InlineData(EntityType.ORG, null, EntityType.ORG)]
    // the capital itself, acting (قالت), is its state
    [InlineData(EntityType.LOC, "Q851", EntityType.GPE)]
    public void A_paper_named_after_a_capital_is_not_its_state(EntityType mentioned, string? kb, EntityType type)
    {
        var doc = Link("وقالت الرياض إن المملكة ترحب بالاتفاق.", null, (mentioned, "الرياض"));
        Assert.Equal(kb, KbOf(doc, "الرياض"));
        Assert.Equal(type, doc.Mentions.Single(m => doc.TextOf(m.Span) == "الرياض").Entity!.Type);
    }
}
