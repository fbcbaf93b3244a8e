using Marsad.Core.Model;

namespace Marsad.Linking.Tests;

/// <summary>Generic actors through the real mention and linking stages, in sentences written for these tests.</summary>
public class GenericActorLinkingTests
{
    private static Document Run(string text) => Docs.Linked(text);

    private static Entity Generic(Document doc, string name) =>
        doc.Entities.Single(e => e.IsGeneric && e.Mentions.Any(m => doc.TextOf(m.Span) == name));

    [Fact]
    public void One_generic_actor_is_one_entity_within_a_document()
    {
        var doc = Run("عبر جنود مصريون الحدود صباحا. وقال الجنود المصريون إنهم عادوا. واشتبك الجنود مع مهربين.");
        var egyptian = Generic(doc, "جنود مصريون");
        Assert.Same(egyptian, Generic(doc, "الجنود المصريون"));
        Assert.Equal((EntityKind.Generic, EntityType.PER, "MIL"), (egyptian.Kind, egyptian.Type, egyptian.Sector));
        Assert.Equal("Q79", egyptian.Affiliation?.Kb);
        Assert.Contains(egyptian.Affiliation, doc.Entities);
        // without an affiliation the same head is another actor: the text does not say they are Egyptian
        var bare = Generic(doc, "الجنود");
        Assert.NotSame(egyptian, bare);
        Assert.Null(bare.Affiliation);
    }

    [Fact]
    public void A_generic_actor_is_never_a_knowledge_base_entity_nor_merged_with_a_name()
    {
        var doc = Run("أعلن الجيش التركي انسحابه، وقال الجيش إن جنودا أتراكا بقوا قرب الحدود.");
        var named = doc.Entities.Single(e => e.Kb == "M:army-tr");
        Assert.Equal(EntityKind.Named, named.Kind);
        var army = Generic(doc, "الجيش");
        Assert.Null(army.Kb);
        Assert.NotSame(named, army);
        Assert.All(doc.Entities.Where(e => e.IsGeneric), e => Assert.Null(e.Kb));
    }

    [Fact]
    public void The_genitive_owner_is_the_affiliation_and_names_the_actor()
    {
        var doc = Run("اعتقلت الشرطة عناصر حزب الله قرب الميناء.");
        var members = Generic(doc, "عناصر");
        Assert.Equal("عناصر حزب الله", members.Name);
        Assert.Equal("M:hezbollah", members.Affiliation?.Kb);
        Assert.Equal("COP", Generic(doc, "الشرطة").Sector);
    }

    [Fact]
    public void Entities_are_numbered_in_order_of_first_mention_and_every_mention_has_its_entity()
    {
        var doc = Run("قال مسؤولون ليبيون إن مسلحين مجهولين خطفوا موظفا في طرابلس، وإن الشرطة الليبية تبحث عنهم.");
        for (int i = 0; i < doc.Entities.Count; i++)
        {
            Assert.Equal("e" + (i + 1), doc.Entities[i].Id);
            if (i > 0) Assert.True(doc.Entities[i - 1].Mentions.Min(m => m.Span.Start) <= doc.Entities[i].Mentions.Min(m => m.Span.Start));
        }
        Assert.All(doc.Mentions, m => Assert.NotNull(m.Entity));
        Assert.All(doc.Entities, e => Assert.All(e.Mentions, m => Assert.Contains(m, doc.Mentions)));
        var libya = doc.Entities.Single(e => e.Kb == "Q1016");
        Assert.Same(libya, Generic(doc, "مسؤولون ليبيون").Affiliation);
        Assert.Same(libya, Generic(doc, "الشرطة الليبية").Affiliation);
        Assert.Equal("UAF", Generic(doc, "مسلحين مجهولين").Sector);
    }
}
