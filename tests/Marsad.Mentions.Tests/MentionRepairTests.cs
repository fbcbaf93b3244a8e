using Marsad.Core.Model;
using Marsad.Mentions.Repair;
using Marsad.Text;
using Marsad.Tests.Shared;

namespace Marsad.Mentions.Tests;

/// <summary>The mention stage's last step over hand-placed mentions and the committed knowledge base.</summary>
public class MentionRepairTests
{
    private static readonly MentionRepair s_repair = new(TestPipeline.Resources.KnowledgeBase, TestPipeline.Resources.NameParts,
        TestPipeline.Resources.Language.NameTitles, TestPipeline.Resources.Language.Words);

    private static List<string> Repair(string text, EntityType type, params string[] spans)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var mentions = spans.Select(s => Place(doc, s, type)).ToList();
        return [.. s_repair.Apply(doc, mentions).Select(m => doc.TextOf(m.Span))];
    }

    private static Mention Place(Document doc, string span, EntityType type, string source = "test")
    {
        int at = doc.Text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(at >= 0, span);
        return new Mention(new TextSpan(at, at + span.Length), type, source);
    }

    [Theory]
    [InlineData("وقال بشار الأسد إن…", "شار الأسد", "بشار الأسد")]          // known given name
    [InlineData("التقى سيرجي لافروف نظيره.", "يرجي لافروف", "سيرجي لافروف")]   // س never precedes a name
    [InlineData("وقال فلاديمير بوتين ذلك.", "لاديمير بوتين", "فلاديمير بوتين")]
    [InlineData("التقى وبشار الأسد", "شار الأسد", "بشار الأسد")]                   // a conjunction stays out
    [InlineData("ولحفتر دور.", "حفتر", "حفتر")]                              // a real preposition stays out
    public void A_name_cut_by_a_segmenter_gets_its_letters_back(string text, string cut, string expected) =>
        Assert.Equal([expected], Repair(text, EntityType.PER, cut));

    [Fact]
    public void A_person_span_over_a_coordination_is_two_people() =>
        Assert.Equal(["حفتر", "بشار", "السيسي"], Repair("مذكرات تفاهم بين حفتر وبشار والسيسي لتشكيل حلف.", EntityType.PER, "حفتر", "بشار والسيسي"));

    [Fact]
    public void A_place_span_over_two_known_names_is_split() =>
        Assert.Equal(["طرابلس", "القاهرة"], Repair("الحكومة المعترف بها في طرابلس والقاهرة.", EntityType.LOC, "طرابلس والقاهرة"));

    [Theory]
    [InlineData("قال محمد وليد إن الأمر انتهى.", EntityType.PER, "محمد وليد")]             // وليد is a name
    [InlineData("قال حزب العدالة والتنمية ذلك.", EntityType.ORG, "حزب العدالة والتنمية")]   // و inside an organisation's name
    public void Names_with_و_inside_stay_whole(string text, EntityType type, string name) =>
        Assert.Equal([name], Repair(text, type, name));

    [Fact]
    public void Duplicates_become_one_mention_the_knowledge_base_one_and_a_nisba_inside_a_name_stays()
    {
        var doc = new Document("t", "وقال الجيش المصري إن القاهرة آمنة.");
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var tagged = Place(doc, "القاهرة", EntityType.LOC, "ner");
        var known = Place(doc, "القاهرة", EntityType.LOC, "kb");
        known.KbId = "Q85";
        var army = Place(doc, "الجيش المصري", EntityType.ORG);
        var nisba = Place(doc, "المصري", EntityType.GPE);
        nisba.Nisba = true;
        var inner = Place(doc, "الجيش", EntityType.ORG);
        var repaired = s_repair.Apply(doc, [tagged, army, inner, nisba, known]);
        Assert.Equal([army, nisba, known], repaired);
    }

    [Fact]
    public void Generic_actors_are_left_as_they_are_and_merged_in_by_start()
    {
        var doc = new Document("t", "وقال مسلحون إن بشار الأسد غادر.");
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var generic = Place(doc, "مسلحون", EntityType.PER);
        generic.Generic = new GenericRole("مسلح", null, "gunmen", null);
        var cut = Place(doc, "شار الأسد", EntityType.PER);
        var repaired = s_repair.Apply(doc, [cut, generic]);
        Assert.Equal(["مسلحون", "بشار الأسد"], repaired.Select(m => doc.TextOf(m.Span)));
        Assert.Same(generic, repaired[0]);
    }

    [Theory]
    // a word with tanween is an indefinite noun, adjective or adverb, not a name
    [InlineData("الناس تفكر تفكيراً سليماً الآن.", EntityType.LOC, "سليماً", "")]
    [InlineData("يبدو أنه يتغيّر رويدًا رويدًا.", EntityType.PER, "رويدًا رويدًا", "")]
    [InlineData("ويحضر دوماً اجتماعات المجلس.", EntityType.LOC, "دوماً", "")]
    // without it the name stays; a nationality adjective with tanween names its state
    [InlineData("وصل الوفد إلى دوما أمس.", EntityType.LOC, "دوما", "دوما")]
    [InlineData("وتلقى دعماً أمريكياً كبيراً.", EntityType.GPE, "أمريكياً", "أمريكياً")]
    public void A_span_written_with_tanween_is_no_name(string text, EntityType type, string span, string kept)
    {
        var doc = new Document("t", text);
        new TextStage(TestPipeline.Resources.Words).Process(doc);
        var m = Place(doc, span, type);
        m.Nisba = type == EntityType.GPE;
        Assert.Equal(kept, string.Join("|", s_repair.Apply(doc, [m]).Select(r => doc.TextOf(r.Span))));
    }
}
