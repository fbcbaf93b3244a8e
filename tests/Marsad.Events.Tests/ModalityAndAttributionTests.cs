using Marsad.Core.Model;

namespace Marsad.Events.Tests;

/// <summary>Modality cues and reporting constructions, one row per cue.</summary>
public class ModalityAndAttributionTests
{
    [Theory]
    [InlineData("التقى السيسي ماكرون في القاهرة.", Modality.Asserted)]
    [InlineData("سيزور ماكرون القاهرة.", Modality.Planned)]
    [InlineData("سوف يزور ماكرون القاهرة.", Modality.Planned)]
    [InlineData("ومن المنتظر أن يزور ماكرون القاهرة.", Modality.Planned)]
    [InlineData("تعتزم مصر توسيع التعاون مع فرنسا.", Modality.Planned)]
    [InlineData("يستعد ماكرون لزيارة إلى القاهرة الشهر المقبل.", Modality.Planned)]
    [InlineData("لم يلتق السيسي ماكرون.", Modality.Denied)]
    [InlineData("لن يزور ماكرون القاهرة.", Modality.Denied)]
    [InlineData("ونفت مصر أن تكون قد أرسلت أسلحة إلى حفتر.", Modality.Denied)]
    [InlineData("وربما يزور ماكرون القاهرة.", Modality.Hypothetical)]
    [InlineData("قد يلتقي السيسي ماكرون.", Modality.Hypothetical)]
    [InlineData("وإذا هاجمت تركيا حفتر فإن مصر سترد.", Modality.Hypothetical)]
    [InlineData("وقال مسؤول إن مصر تدعم حفتر.", Modality.Reported)]
    public void Reads_modality(string sentence, Modality expected)
    {
        var doc = TestDocuments.Run(sentence, "2018-04-25");
        var ev = Assert.Single(doc.Events);
        Assert.Equal(expected, ev.Modality);
    }

    [Fact]
    public void Perfect_after_qad_is_not_hypothetical()
    {
        var ev = Assert.Single(TestDocuments.Run("وكان السيسي قد زار باريس.").Events);
        Assert.Equal(Modality.Asserted, ev.Modality);
    }

    [Fact]
    public void An_event_asked_for_is_requested()
    {
        var doc = TestDocuments.Run("وطلب حفتر من روسيا إرسال طائرات مقاتلة إلى ليبيا.");
        Assert.Contains(doc.Events, e => e.Type == EventType.REQUEST && e.Modality == Modality.Asserted);
        Assert.Contains(doc.Events, e => e.Type == EventType.AID && e.Modality == Modality.Requested && e.Sources[0].NameEn == "russia");
    }

    [Fact]
    public void An_act_named_in_an_accusation_is_the_accusers_claim()
    {
        // the accuser claims the act, the من-phrase of giving names its agent and the accused receive
        var doc = RealPipeline.Run("واتهم حفتر المرتزقة بتمويلهم من قطر.");
        Assert.Contains(doc.Events, e => e.Type == EventType.ACCUSE && e.Modality == Modality.Asserted && e.Attribution is null);
        var aid = Assert.Single(doc.Events, e => e.Type == EventType.AID);
        Assert.Equal(Modality.Reported, aid.Modality);
        Assert.Equal("خليفة حفتر", aid.Attribution?.Entity?.Name);
        Assert.Equal(["قطر"], aid.Sources.Select(e => e.Name));
        Assert.Equal(["المرتزقة"], aid.Targets.Select(e => e.Name));
    }

    [Theory]
    [InlineData("وكشفت مصادر أمنية مصرية أن مصر تدعم حفتر.", null, "مصادر أمنية مصرية")]
    [InlineData("وقال مسؤول فرنسي رفيع إن فرنسا تدعم حفتر.", null, "مسؤول فرنسي رفيع")]
    [InlineData("وقال ماكرون إن فرنسا تدعم حفتر.", "macron", null)]
    [InlineData("وأكد السيسي أن مصر تدعم حفتر.", "sisi", null)]
    [InlineData("وتدعم مصر حفتر، بحسب رويترز.", "reuters", null)]
    [InlineData("ووفق رويترز، تدعم مصر حفتر.", "reuters", null)]
    [InlineData("وتدعم مصر حفتر، نقلاً عن مصادر دبلوماسية.", null, "مصادر دبلوماسية")]
    public void Attributes_the_claim(string sentence, string? entity, string? text)
    {
        var ev = Assert.Single(TestDocuments.Run(sentence).Events);
        Assert.NotNull(ev.Attribution);
        Assert.Equal(entity, ev.Attribution!.Entity?.NameEn);
        if (text is not null) Assert.Equal(text, ev.Attribution.Text);
        Assert.Equal(Modality.Reported, ev.Modality);
    }

    [Theory]
    [InlineData("وقال كيري إن الولايات المتحدة تدعم الحكومة المصرية.", "كيري")]          // ك is the name's own letter
    [InlineData("وأكد بوتين أن روسيا ستدعم الحكومة السورية.", "بوتين")]                    // so is ب
    [InlineData("وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحكومة السورية.", "وزير الخارجية الروسي سيرغي لافروف")]
    public void A_named_source_keeps_the_first_letters_of_its_name(string sentence, string text)
    {
        var ev = Assert.Single(RealPipeline.Run(sentence).Events, e => e.Attribution is not null);
        Assert.Equal(text, ev.Attribution!.Text);
    }

    [Fact]
    public void A_continued_report_keeps_its_source()
    {
        var doc = TestDocuments.Run("وكشفت مصادر أمنية مصرية أن مصر تدعم حفتر. وأضافت المصادر أن فرنسا تدعم حفتر أيضاً.");
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e => Assert.Equal("مصادر أمنية مصرية", e.Attribution?.Text));
    }

    [Fact]
    public void The_author_asserts_what_nobody_is_said_to_claim()
    {
        var ev = Assert.Single(TestDocuments.Run("تدعم مصر حفتر منذ سنوات.").Events);
        Assert.Null(ev.Attribution);
        Assert.Equal(Modality.Asserted, ev.Modality);
    }
}
