using Marsad.Core.Model;

namespace Marsad.Linking.Tests;

public class EntityResolverTests
{
    [Theory]
    [InlineData("Q79", "Q79", true)]
    [InlineData("Q79", "Q142", false)]
    public void Kb_ids_decide_first(string a, string b, bool same) =>
        Assert.Equal(same, EntityResolver.SameEntity(new EntityRef(a, EntityType.GPE, "مصر"), new EntityRef(b, EntityType.GPE, "مصر")));

    [Theory]
    [InlineData(EntityType.PER, "عبدالفتاح السيسي", "الرئيس عبد الفتاح السيسى", true)]
    [InlineData(EntityType.PER, "سيرغي شويجو", "سيرجي شويغو", true)]
    [InlineData(EntityType.PER, "صدام خليفة حفتر", "صدام حفتر", true)]     // fuller form of one name
    [InlineData(EntityType.PER, "خليفة حفتر", "صدام خليفة حفتر", false)]   // father and son
    [InlineData(EntityType.PER, "محمود السيسي", "عبد الفتاح السيسي", false)]
    [InlineData(EntityType.PER, "السيسي", "عبد الفتاح السيسي", false)]     // bare surnames stay within a document
    [InlineData(EntityType.ORG, "حكومة الوفاق", "حكومة الوفاق", true)]
    [InlineData(EntityType.GPE, "سوريا", "سورية", true)]
    public void Same_entity_without_kb(EntityType type, string a, string b, bool same) =>
        Assert.Equal(same, EntityResolver.SameEntity(new EntityRef(null, type, a), new EntityRef(null, type, b)));

    [Fact]
    public void Types_must_agree_without_kb() =>
        Assert.False(EntityResolver.SameEntity(new EntityRef(null, EntityType.GPE, "القاهرة"), new EntityRef(null, EntityType.LOC, "القاهرة")));

    [Fact]
    public void Kb_id_on_one_side_only_falls_back_to_names() =>
        Assert.True(EntityResolver.SameEntity(new EntityRef("Q79", EntityType.GPE, "مصر"), new EntityRef(null, EntityType.GPE, "مصر")));

    [Theory]
    [InlineData("سيرغي شويجو", "سيرجي شويغو")]
    [InlineData("فائز السراج", "فايز السرّاج")]
    public void Variants_share_a_blocking_key(string a, string b) =>
        Assert.Equal(EntityResolver.BlockingKey(EntityType.PER, a), EntityResolver.BlockingKey(EntityType.PER, b));

    [Fact]
    public void Works_on_document_entities()
    {
        var a = new Entity("e1", EntityType.PER, "جلال حرشاوي");
        var b = new Entity("e7", EntityType.PER, "جلال الحرشاوي");
        Assert.True(EntityResolver.SameEntity(a, b));
        Assert.Equal(EntityResolver.Key(a.Type, a.Name), EntityResolver.Key(b.Type, b.Name));
    }
}
