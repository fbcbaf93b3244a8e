using Marsad.Store.Analysis.Outlets;

namespace Marsad.Store.Tests.Analysis;

/// <summary>The outlet lens's divergences against values computed by hand.</summary>
public sealed class DivergenceTests
{
    [Fact]
    public void Jensen_shannon_is_0_for_one_mix_1_for_disjoint_ones_and_matches_a_hand_computed_value()
    {
        var half = new Dictionary<string, int> { ["asserted"] = 3, ["reported"] = 3 };
        Assert.Equal(0, Divergence.JensenShannon(half, new Dictionary<string, int> { ["asserted"] = 1, ["reported"] = 1 })!.Value, 9);
        Assert.Equal(1, Divergence.JensenShannon(new Dictionary<string, int> { ["asserted"] = 2 }, new Dictionary<string, int> { ["denied"] = 5 })!.Value, 9);
        // p = (½, ½), q = (1, 0), m = (¾, ¼): ½(½·log2(⅔) + ½·log2 2) + ½(log2 4/3) = 0.311278
        var js = Divergence.JensenShannon(half, new Dictionary<string, int> { ["asserted"] = 4 })!.Value;
        Assert.Equal(0.311278, js, 5);
        Assert.Equal(js, Divergence.JensenShannon(new Dictionary<string, int> { ["asserted"] = 4 }, half)!.Value, 12);
        Assert.Null(Divergence.JensenShannon(half, new Dictionary<string, int>()));
    }

    [Fact]
    public void Tone_is_the_event_weighted_mean_absolute_difference_over_actors_reported_elsewhere()
    {
        // (3 × |1 − 0.5| + 1 × |0 − 0.25|) / 4 = 0.4375; the actor no one else reports does not count.
        Assert.Equal(0.4375, Divergence.Tone([(3, 1.0, 0.5), (1, 0.0, 0.25), (10, 1.0, null)])!.Value, 9);
        Assert.Null(Divergence.Tone([(2, 1.0, null)]));
    }
}
