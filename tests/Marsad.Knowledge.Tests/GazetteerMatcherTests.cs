using Marsad.Core.Model;
using Marsad.Knowledge.Matching;
using Marsad.Knowledge.Model;
using Marsad.Text.Tokenization;

namespace Marsad.Knowledge.Tests;

public class GazetteerMatcherTests
{
    private static readonly GazetteerMatcher s_matcher = new(CommittedKb.Kb);

    private static List<(string Text, string Id, bool Nisba)> Match(string text) =>
        s_matcher.Match(text, Tokenizer.Tokenize(text))
            .Select(m => (m.Span.Of(text), m.Best.Entry.Id, m.Best.Nisba)).ToList();

    [Theory]
    [InlineData("والقاهرة", "القاهرة", "Q85")]
    [InlineData("بموسكو", "موسكو", "Q649")]
    [InlineData("لمصر", "مصر", "Q79")]
    [InlineData("ومصر", "مصر", "Q79")]
    [InlineData("وليبيا", "ليبيا", "Q1016")]   // و + ليبيا, not و + ل + يبيا
    [InlineData("بليبيا", "ليبيا", "Q1016")]
    [InlineData("ليبيا", "ليبيا", "Q1016")]    // a name that begins with a clitic letter
    [InlineData("فرنسا", "فرنسا", "Q142")]
    [InlineData("وفرنسا", "فرنسا", "Q142")]
    [InlineData("بالقاهرة", "القاهرة", "Q85")]
    [InlineData("وبالقاهرة", "القاهرة", "Q85")]
    [InlineData("للإمارات", "إمارات", "Q878")] // لل = ل + ال: the span starts after it
    public void Proclitics_stay_outside_the_span(string text, string span, string id)
    {
        var m = Assert.Single(Match(text));
        Assert.Equal(span, m.Text);
        Assert.Equal(id, m.Id);
    }

    [Theory]
    [InlineData("الروسية", "Q159")]
    [InlineData("والروسية", "Q159")]
    [InlineData("المصريين", "Q79")]
    [InlineData("التركي", "Q43")]
    public void Nisba_matches_are_flagged(string text, string id)
    {
        var m = Assert.Single(Match(text));
        Assert.Equal(id, m.Id);
        Assert.True(m.Nisba);
    }

    [Fact]
    public void Longest_match_wins()
    {
        var text = "أعلنت الولايات المتحدة الأمريكية وحكومة الوفاق الوطني";
        Assert.Equal([("الولايات المتحدة الأمريكية", "Q30", false), ("حكومة الوفاق الوطني", "M:gna", false)], Match(text));
    }

    [Fact]
    public void A_name_with_a_nisba_beats_the_nisba_alone()
    {
        var m = Assert.Single(Match("قال الجيش المصري"));
        Assert.Equal(("الجيش المصري", "M:army-eg", false), m);
    }

    [Theory]
    [InlineData("ضربات للقاعدة الجوية في الجنوب")]   // "the air base", not al-Qaeda
    [InlineData("تعمل القاعدة العسكرية منذ سنوات")]
    public void Listed_non_names_hide_the_name(string text) =>
        Assert.DoesNotContain(Match(text), m => m.Id == "M:al-qaeda");

    [Fact]
    public void The_name_still_matches_outside_the_listed_phrase() =>
        Assert.Contains(Match("هاجم تنظيم القاعدة المدينة، وقالت القاعدة إنها"), m => m.Id == "M:al-qaeda" && m.Text == "القاعدة");

    [Theory]
    [InlineData("يملك نفوذاً كبيراً في الدائرة")]   // ك + بيرا (Beira) is not a reading of كبيرا
    [InlineData("دعم حلفائه في المنطقة")]          // حلفائه folds to the town حلفاية
    public void Bulk_gazetteer_names_match_only_as_written(string text) => Assert.Empty(Match(text));

    [Theory]
    [InlineData("الحكومة المصرية", "Q79")]
    [InlineData("السلطات الليبية", "Q1016")]
    [InlineData("النظام السوري", "Q858")]
    [InlineData("الإدارة الأميركية", "Q30")]
    [InlineData("الجانب التركي", "Q43")]
    public void Generated_phrases_name_the_state_acting(string text, string id)
    {
        var m = Assert.Single(Match(text));
        Assert.Equal((text, id, false), m);
    }

    [Theory]
    [InlineData("الجيش التركي", "M:army-tr")]
    [InlineData("القوات المسلحة الروسية", "M:army-ru")]
    [InlineData("الجيش الأميركي", "M:army-us")]
    public void Generated_phrases_name_the_army(string text, string id) => Assert.Equal(id, Assert.Single(Match(text)).Id);

    [Fact]
    public void Diacritics_and_tatweel_do_not_block_a_match()
    {
        var m = Assert.Single(Match("مِصْـر"));
        Assert.Equal("Q79", m.Id);
    }

    [Fact]
    public void Punctuation_breaks_a_multiword_name() =>
        Assert.DoesNotContain(Match("الولايات، المتحدة"), m => m.Id == "Q30");

    [Fact]
    public void Matches_on_a_small_knowledge_base()
    {
        var kb = new KnowledgeBase([
            new KbEntry { Id = "X1", Kind = KbKind.Person, Type = EntityType.PER, NameAr = "عبد الفتاح السيسي", Source = "test", Prior = 90, Aliases = ["عبد الفتاح السيسي", "السيسي"] },
        ]);
        var text = "التقى عبدالفتاح السيسي ثم قال السيسي";
        var found = new GazetteerMatcher(kb).Match(text, Tokenizer.Tokenize(text)).Select(m => m.Span.Of(text)).ToList();
        Assert.Equal(["عبدالفتاح السيسي", "السيسي"], found);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = "وصل الوفد إلى القاهرة، ثم إلى بنغازي.";
        foreach (var m in s_matcher.Match(text, Tokenizer.Tokenize(text)))
        {
            Assert.InRange(m.Span.Start, 0, text.Length);
            Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
        }
        Assert.Equal(["القاهرة", "بنغازي"], Match(text).Select(m => m.Text));
    }
}
