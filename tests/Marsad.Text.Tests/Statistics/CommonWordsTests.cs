using Marsad.Text.Normalization;
using Marsad.Text.Statistics;
using Marsad.Text.Words;

namespace Marsad.Text.Tests.Statistics;

public class CommonWordsTests
{
    private static readonly CommonWords s_shipped = new(LanguageResources.Compiled.WordStatistics, LanguageResources.Compiled.Words);

    private static WordStatistics Counts(params (string Word, int Count, int AfterVerbal)[] rows) =>
        new(rows.Select(r => new KeyValuePair<string, WordCounts>(ArabicNormalizer.Normalize(r.Word), new WordCounts(r.Count, r.AfterVerbal, 0))));

    private static readonly CommonWords s_small = new(Counts(
        ("برلماني", 44, 0), ("البرلماني", 49, 0),             // an adjective: with and without the article
        ("مصر", 2500, 0), ("ومصر", 300, 0), ("بمصر", 80, 0),   // a name never takes the article
        ("القاهرة", 3000, 0), ("قاهرة", 10, 0),                 // nor loses it (0.3 %)
        ("دمر", 64, 7),                                        // a verb after لم، قد
        ("التصريحات", 300, 0), ("تصريحات", 1142, 0),            // تصريحاتهم is تصريحات + هم
        ("روسيا", 3000, 0), ("روسي", 200, 0), ("الروسي", 400, 0), // روسيا is not روسي + accusative alef
        ("فتاوى", 35, 0), ("الفتاوى", 51, 0),
        ("بيان", 12, 0), ("البيان", 6, 0)),                     // too rare to tell
        LanguageResources.Compiled.Words);

    [Theory]
    [InlineData("برلماني", true)]
    [InlineData("البرلماني", true)]
    [InlineData("فتاوى", true)]
    [InlineData("دمّر", true)]
    [InlineData("تصريحاتهم", true)]
    [InlineData("مصر", false)]
    [InlineData("القاهرة", false)]
    [InlineData("روسيا", false)]
    [InlineData("بيان", false)]
    [InlineData("ترمايا", false)]
    public void Common_words_are_told_by_article_use_and_verbal_particles(string word, bool common) =>
        Assert.Equal(common, s_small.IsCommon(ArabicNormalizer.Normalize(word)));

    [Theory]
    [InlineData("برلماني", true)]
    [InlineData("سمو", true)]
    [InlineData("جنيه", true)]
    [InlineData("تصريحاتهم", true)]
    [InlineData("مصر", false)]
    [InlineData("ليبيا", false)]
    [InlineData("روسيا", false)]
    [InlineData("القاهرة", false)]
    [InlineData("السيسي", false)]
    [InlineData("كيري", false)]
    public void The_shipped_corpus_counts_tell_common_words_from_names(string word, bool common) =>
        Assert.Equal(common, s_shipped.IsCommon(ArabicNormalizer.Normalize(word)));

    [Fact]
    public void The_shipped_statistics_load_with_their_counts()
    {
        var stats = LanguageResources.Compiled.WordStatistics;
        Assert.True(stats.Forms > 50_000);
        Assert.True(stats[ArabicNormalizer.Normalize("في")].Count > 100_000);
        Assert.Equal(default, stats["xyz"]);
    }
}
