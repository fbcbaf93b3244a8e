using Marsad.Events.Lexicons;
using Marsad.Text;

namespace Marsad.Events.Tests;

/// <summary>The lexicons' notation: a plain word or phrase, or "perfect/imperfect" for a verb and its persons.</summary>
public class WordFormsTests
{
    private static readonly Text.Words.VerbForms Verbs = LanguageResources.Compiled.Affixes.Verbs;

    [Fact]
    public void A_verb_entry_is_its_perfect_and_imperfect_persons() =>
        Assert.Equal("زار زارت زاروا زارا زارتا زارن يزور تزور نزور ازور يزورون تزورون يزوران تزوران يزورن".Split(' '), WordForms.Expand("زار/يزور", Verbs));

    [Fact]
    public void A_phrase_is_normalised_and_keeps_its_joins() =>
        Assert.Equal(["نقلا_عن"], WordForms.Expand("نقلاً_عن", Verbs));
}
