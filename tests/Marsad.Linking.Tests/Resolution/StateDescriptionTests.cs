using Marsad.Core.Model;

namespace Marsad.Linking.Tests.Resolution;

/// <summary>A definite description standing for a state already named (المملكة، السلطنة), through the real
/// mention and linking stages, in sentences written for these tests.</summary>
public class StateDescriptionTests
{
    private static Document Run(string text) => Docs.Linked(text);

    /// <summary>Sentence, the description as written in it, the state it stands for (null: not linked).</summary>
    public static TheoryData<string, string, string?> Cases => new()
    {
        // the nearest state named before whose name begins with the word
        { "زار الوزير المملكة العربية السعودية أمس، وأكد أن بلاده تدعم المملكة في مواجهة التهديدات.", "المملكة", "Q851" },
        { "تحدث الملك عن المملكة المغربية، وقال إن المملكة ماضية في إصلاحاتها.", "المملكة", "Q1028" },
        { "أعلنت سلطنة عمان استعدادها للوساطة، وقالت إن السلطنة ستستضيف المحادثات.", "السلطنة", "Q842" },
        // with proclitics before the article: the mention starts at the article
        { "وصل وزير الخارجية الأمريكي إلى المملكة العربية السعودية، وأشاد بالمملكة ودورها في المنطقة.", "المملكة", "Q851" },
        { "وقّعت الولايات المتحدة اتفاقا مع المملكة العربية السعودية، وقال الوزير إن الولايات المتحدة والمملكة تعملان معا.", "المملكة", "Q851" },
        // the state the article names most often, unless another is named earlier in the same sentence
        { "قال ولي العهد السعودي إن السعودية ستزيد إنتاجها، وإن السعودية لن تتخلى عن حصتها. وكان قد زار المملكة المتحدة. وأكد أن المملكة ماضية في خططها.", "المملكة", "Q851" },
        { "أشادت الصحف بدور السعودية في القمة. وتلقى الملك تهنئة ملك كمبوديا بتوليه مقاليد الحكم بالمملكة.", "المملكة", "Q424" },
        // no state named before whose name begins with the word: nothing to stand for
        { "قال الوزير إن المملكة ستواصل دعم الحل السياسي في ليبيا.", "المملكة", null },
        { "استقبل السلطان قابوس في مسقط وزير الخارجية البريطاني، وقال إن السلطنة تدعم الحوار.", "السلطنة", null },
    };

    [Theory, MemberData(nameof(Cases))]
    public void A_description_stands_for_the_nearest_state_whose_name_begins_with_it(string text, string word, string? kb)
    {
        var doc = Run(text);
        int at = text.LastIndexOf(word, StringComparison.Ordinal);
        var mention = doc.Mentions.SingleOrDefault(m => m.Span == new TextSpan(at, at + word.Length));
        Assert.Equal(kb, mention?.KbId);
        if (kb is null) return;
        var state = doc.Entities.Single(e => e.Kb == kb);
        Assert.Same(state, mention!.Entity);
        Assert.Contains(mention, state.Mentions);
        Assert.Equal(Enumerable.Range(1, doc.Entities.Count).Select(i => "e" + i), doc.Entities.Select(e => e.Id));
    }

    [Fact]
    public void A_longer_name_that_begins_with_the_word_stays_its_own_state()
    {
        var doc = Run("زار الرئيس المملكة العربية السعودية ثم المملكة المتحدة.");
        int at = doc.Text.IndexOf("المملكة المتحدة", StringComparison.Ordinal);
        Assert.Contains(doc.Mentions, m => m.Span.Start == at && m.KbId == "Q145");
        Assert.DoesNotContain(doc.Mentions, m => m.Span.Start == at && m.KbId == "Q851");
    }
}
