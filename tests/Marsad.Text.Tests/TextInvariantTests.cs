using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Marsad.Core.Model;
using Marsad.Text.Dates;
using Marsad.Text.Normalization;
using Marsad.Text.Numbers;
using Marsad.Text.Words;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Tests.Shared;

namespace Marsad.Text.Tests;

/// <summary>
/// The shared invariants every text component keeps on any input, checked on random and hostile
/// strings: no exception, every span inside the text, tokens ordered and disjoint, sentences covering
/// the tokens in order, numbers and time expressions ordered and disjoint, normalised views whose map
/// points back into the text and agrees with the plain normaliser.
/// </summary>
public class TextInvariantTests
{
    private static readonly PartialDate?[] Publications =
        [null, new PartialDate(2018, 4, 25), new PartialDate(2018, 4), new PartialDate(2018), new PartialDate(9999, 12, 31),
         new PartialDate(1, 1, 1), new PartialDate(2018, 13, 40), new PartialDate(2020, 2, 29)];

    internal static void CheckAll(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        int prevEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= prevEnd && t.End > t.Start && t.End <= text.Length, $"token {t.Span} after {prevEnd} in length {text.Length}");
            Assert.InRange(t.StemStart, t.Start, t.End - 1);
            Assert.Equal(ArabicNormalizer.Normalize(text.AsSpan(t.Start, t.Span.Length)), t.Norm);
            Assert.False(char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]), "a surrogate pair was split");
            prevEnd = t.End;
        }

        var sentences = SentenceSplitter.Split(text, tokens);
        int nextToken = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(nextToken, s.FirstToken);
            Assert.True(s.EndToken > s.FirstToken);
            Assert.Equal(tokens[s.FirstToken].Start, s.Span.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.Span.End);
            nextToken = s.EndToken;
        }
        Assert.Equal(tokens.Count, nextToken);

        AssertOrderedInside(text, LanguageResources.Compiled.Numbers.Find(text, tokens).Select(n =>
        {
            Assert.True(double.IsFinite(n.Value) && n.Value >= 0, $"value {n.Value}");
            return n.Span;
        }));
        foreach (var published in Publications)
            AssertOrderedInside(text, TimeExpressionFinder.Find(text, tokens, published, LanguageResources.Compiled.Time).Select(e =>
            {
                if (e.Value is { } v) Assert.InRange(v.Year, 1, 10000);
                return e.Span;
            }));

        foreach (var steps in new[] { NormalizationSteps.Matching, NormalizationSteps.Orthographic, NormalizationSteps.Nfkc, NormalizationSteps.Diacritics })
        {
            var view = NormalizedText.Create(text, steps);
            Assert.Equal(ArabicNormalizer.Normalize(text, steps), view.Text);
            int prevStart = 0;
            for (int i = 0; i < view.Length; i++)
            {
                int a = view.OriginalStart(i), b = view.OriginalEnd(i);
                Assert.True(a >= prevStart && a < b && b <= text.Length, $"char {i} maps to [{a},{b})");
                prevStart = a;
            }
            if (view.Length > 0)
            {
                var whole = view.ToOriginal(0, view.Length);
                Assert.True(whole.Start >= 0 && whole.End <= text.Length);
            }
        }
        // a segment of every word, standalone, keeps its stem inside the word
        foreach (var t in tokens.Where(t => t.Kind == TokenKind.Word).Take(50))
        {
            var seg = LanguageResources.Compiled.Words.Segment(text, t.Span);
            Assert.InRange(seg.StemStart, t.Start, t.End - 1);
        }

        var doc = new Document("x", text) { Published = new PartialDate(2018, 4, 25) };
        new TextStage(LanguageResources.Compiled.Words).Process(doc);
        Assert.Equal(tokens.Count, doc.Tokens.Count);
    }

    private static void AssertOrderedInside(string text, IEnumerable<TextSpan> spans)
    {
        int prev = 0;
        foreach (var s in spans)
        {
            Assert.True(s.Start >= prev && s.End > s.Start && s.End <= text.Length, $"span {s} after {prev} in length {text.Length}");
            prev = s.End;
        }
    }

    private static Gen<string> Hostile() =>
        Gen.Frequency(
            (3, Gen.ArrayOf(Gen.Elements(HostileText.Alphabet.ToCharArray())).Select(cs => new string(cs))),
            (3, Gen.ArrayOf(Gen.Elements(HostileText.Words)).Select(ws => string.Join(" ", ws))),
            (1, Gen.ArrayOf(Gen.Choose(0, 0xFFFF)).Select(cs => new string(cs.Select(c => (char)c).ToArray()))));

    [Fact]
    public void Random_and_hostile_strings_keep_every_invariant() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Arb.From(Hostile()), (string s) => CheckAll(s)));

    [Theory]
    [MemberData(nameof(HostileText.Extremes), MemberType = typeof(HostileText))]
    public void Extreme_inputs_keep_every_invariant(string name, string text)
    {
        Assert.NotNull(name);
        CheckAll(text);
    }

    [Fact]
    public void Normalised_matches_map_back_to_text_that_normalises_to_them()
    {
        // For word-aligned matches, the original span normalises back to the match.
        var gen = Gen.ArrayOf(Gen.Elements(HostileText.Words)).Select(ws => string.Join(" ", ws));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(gen), (string text) =>
        {
            var view = NormalizedText.Create(text);
            foreach (var t in Tokenizer.Tokenize(text))
            {
                var key = ArabicNormalizer.Normalize(text.AsSpan(t.Start, t.Span.Length));
                if (key.Length == 0) continue;
                foreach (var span in view.FindAll(key))
                    Assert.Equal(key, ArabicNormalizer.Normalize(span.Of(text)));
            }
        }));
    }

    [Fact]
    public void Ends_and_starts_cover_expansions_and_drops()
    {
        var sb = new StringBuilder();
        for (int c = 0x600; c < 0x700; c++) sb.Append((char)c);
        CheckAll(sb.ToString());
    }
}
