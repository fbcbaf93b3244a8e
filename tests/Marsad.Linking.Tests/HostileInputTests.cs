using Marsad.Core.Model;
using Marsad.Text.Names;
using Marsad.Tests.Shared;

namespace Marsad.Linking.Tests;

/// <summary>Random and hostile input: nothing crashes, and the stage's output keeps its invariants.</summary>
public class HostileInputTests
{
    private static readonly string Alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ًٌٍَُِّْـ\u200c\u200f،.؟!\"«»()-–0123456789٠١٢ abcXYZ\n\t";

    private static string RandomText(Random rng, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = Alphabet[rng.Next(Alphabet.Length)];
        return new string(chars);
    }

    [Fact]
    public void Name_functions_accept_any_string()
    {
        var rng = new Random(7);
        for (int i = 0; i < 500; i++)
        {
            var a = RandomText(rng, rng.Next(0, 30));
            var b = RandomText(rng, rng.Next(0, 30));
            _ = NameKeys.Key(EntityType.PER, a);
            _ = NameKeys.Loose(a);
            Assert.InRange(NameSimilarity.Score(a, b), 0, 1);
            _ = EntityResolver.SameEntity(new EntityRef(null, EntityType.PER, a), new EntityRef(null, EntityType.PER, b));
            var en = TestPipeline.Resources.Linking.Transliterator.Transliterate(a);
            Assert.DoesNotContain('\n', en);
        }
    }

    [Fact]
    public void Random_mentions_over_random_text_keep_the_invariants()
    {
        var rng = new Random(11);
        var stage = new LinkingStage(TestKb.Kb, TestPipeline.Resources.Linking);
        for (int round = 0; round < 200; round++)
        {
            var doc = Docs.Make(RandomText(rng, rng.Next(0, 200)));
            for (int k = rng.Next(0, 8); k > 0 && doc.Text.Length > 0; k--)
            {
                int s = rng.Next(doc.Text.Length), e = Math.Min(doc.Text.Length, s + 1 + rng.Next(20));
                doc.Mentions.Add(new Mention(new TextSpan(s, e), (EntityType)rng.Next(5), "test")
                {
                    Nisba = rng.Next(4) == 0,
                    KbId = rng.Next(3) == 0 ? "Q79" : null,
                    Confidence = rng.NextDouble(),
                });
            }
            stage.Process(doc);
            Assert.All(doc.Mentions, m =>
            {
                Assert.InRange(m.Span.Start, 0, doc.Text.Length);
                Assert.InRange(m.Span.End, m.Span.Start, doc.Text.Length);
                Assert.NotNull(m.Entity);
                Assert.Contains(m, m.Entity!.Mentions);
            });
            Assert.Equal(doc.Entities.Select((e, i) => "e" + (i + 1)), doc.Entities.Select(e => e.Id));
            Assert.All(doc.Entities, e => Assert.NotEmpty(e.Mentions));
        }
    }
}
