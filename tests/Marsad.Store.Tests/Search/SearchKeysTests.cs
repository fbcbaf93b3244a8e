using Marsad.Store.Search;

namespace Marsad.Store.Tests.Search;

/// <summary>The light stemming that the index and the query share (its endings: data/text/affixes.tsv, light_stem).</summary>
public class SearchKeysTests
{
    [Theory]
    [InlineData("اماراتيين", "امار")]
    [InlineData("اماراتي", "امار")]
    [InlineData("امارات", "امار")]
    [InlineData("روسيا", "روس")]
    [InlineData("مصريه", "مصر")]
    [InlineData("متظاهرون", "متظاهر")]
    [InlineData("حفتر", "حفتر")]
    [InlineData("وزير", "وزير")]
    [InlineData("سيا", "سيا")]
    public void Nisba_plural_and_feminine_endings_are_stripped_down_to_three_letters(string stem, string key) =>
        Assert.Equal(key, SearchKeys.LightStem(stem));
}
