using Marsad.Core.Model;
using Marsad.Knowledge.Build;
using Marsad.Knowledge.Model;

namespace Marsad.Knowledge.Tests;

/// <summary>The committed index (data/kb/marsad-kb.tsv): valid, and answering the lookups others rely on.</summary>
public class KnowledgeBaseTests
{
    private static KnowledgeBase Kb => CommittedKb.Kb;

    [Fact]
    public void Committed_index_is_valid()
    {
        var problems = KbValidator.Validate(Kb.Entries);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Every_entry_has_a_source_and_every_alias_a_key()
    {
        Assert.All(Kb.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Id);
            Assert.All(e.Aliases.Concat(e.NisbaForms), a => Assert.NotEqual("", KbKey.Of(a)));
        });
        Assert.Equal(Kb.Entries.Count, Kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Committed_keys_match_the_current_normaliser() =>
        // The index stores normalised keys; a change to normalisation or tokenisation needs 'marsad build-kb'.
        Assert.All(Kb.Entries, e =>
        {
            Assert.Equal(KnowledgeBase.KeysOf(e.Aliases), e.AliasKeys);
            Assert.Equal(KnowledgeBase.KeysOf(e.NisbaForms), e.NisbaKeys);
        });

    [Theory]
    [InlineData("EG", "Q79", "Egypt", "مصر")]
    [InlineData("LY", "Q1016", "Libya", "ليبيا")]
    [InlineData("TR", "Q43", "Turkey", "تركيا")]
    [InlineData("RU", "Q159", "Russia", "روسيا")]
    [InlineData("AE", "Q878", "United Arab Emirates", "الإمارات")]
    [InlineData("FR", "Q142", "France", "فرنسا")]
    [InlineData("IT", "Q38", "Italy", "إيطاليا")]
    [InlineData("US", "Q30", "United States", "الولايات المتحدة")]
    public void States_carry_wikidata_ids_and_english_names(string iso2, string qid, string en, string ar)
    {
        var s = Kb.StateByIso2(iso2);
        Assert.NotNull(s);
        Assert.Equal(qid, s.Id);
        Assert.Equal(en, s.NameEn);
        Assert.Equal(GPE, s.Type);
        Assert.Contains(Kb.LookupText(ar), h => h.Entry == s && !h.Nisba);
    }

    private const EntityType GPE = EntityType.GPE;

    [Theory]
    [InlineData("الإمارات العربية المتحدة", "Q878")]
    [InlineData("دولة الإمارات", "Q878")]
    [InlineData("أمريكا", "Q30")]
    [InlineData("أميركا", "Q30")]
    [InlineData("روسيا الاتحادية", "Q159")]
    [InlineData("سورية", "Q858")]
    [InlineData("ايطاليا", "Q38")]
    public void State_variants_find_the_state(string alias, string qid) =>
        Assert.Equal(qid, Kb.LookupText(alias)[0].Entry.Id);

    [Theory]
    [InlineData("الروسية", "Q159")]
    [InlineData("الروس", "Q159")]
    [InlineData("الأتراك", "Q43")]
    [InlineData("الأميركيين", "Q30")]
    [InlineData("الأمريكان", "Q30")]
    [InlineData("المصريون", "Q79")]
    [InlineData("الإماراتية", "Q878")]
    [InlineData("الفرنسيتين", "Q142")]
    [InlineData("البريطاني", "Q145")]
    public void Nisba_forms_stand_for_their_state(string form, string qid) =>
        Assert.Equal(qid, Kb.NisbaState(form)?.Id);

    [Theory]
    [InlineData("المالية")] // "financial", not Mali
    [InlineData("المجري")]  // مجرى "course", not Hungary
    public void Common_words_are_not_nisba(string word) => Assert.Null(Kb.NisbaState(word));

    [Theory]
    [InlineData("الكرملين", KbKind.Seat, "Q159")]
    [InlineData("البيت الأبيض", KbKind.Seat, "Q30")]
    [InlineData("الإليزيه", KbKind.Seat, "Q142")]
    [InlineData("قصر الاتحادية", KbKind.Seat, "Q79")]
    [InlineData("القاهرة", KbKind.Capital, "Q79")]
    [InlineData("موسكو", KbKind.Capital, "Q159")]
    [InlineData("أنقرة", KbKind.Capital, "Q43")]
    [InlineData("أبوظبي", KbKind.Capital, "Q878")]
    [InlineData("أبو ظبي", KbKind.Capital, "Q878")]
    [InlineData("طرابلس", KbKind.Capital, "Q1016")] // Libya's before Lebanon's city
    public void Capitals_and_seats_point_to_their_state(string alias, KbKind kind, string stateId)
    {
        var best = Kb.LookupText(alias)[0].Entry;
        Assert.Equal(kind, best.Kind);
        Assert.Equal(stateId, best.StateId);
        Assert.True(KbKinds.StandsForState(best.Kind));
    }

    [Fact]
    public void Tripoli_of_lebanon_is_a_second_candidate() =>
        Assert.Contains(Kb.LookupText("طرابلس"), h => h.Entry.Iso2 == "LB" && h.Entry.Kind == KbKind.City);

    [Theory]
    [InlineData("حفتر", "M:khalifa-haftar", EntityType.PER)]
    [InlineData("فايز السراج", "M:fayez-al-sarraj", EntityType.PER)]
    [InlineData("حكومة الوفاق الوطني", "M:gna", EntityType.ORG)]
    [InlineData("الجيش الوطني الليبي", "M:lna", EntityType.ORG)]
    [InlineData("الجيش المصري", "M:army-eg", EntityType.ORG)]
    public void Actors_have_types_and_affiliations(string alias, string id, EntityType type)
    {
        var best = Kb.LookupText(alias)[0].Entry;
        Assert.Equal(id, best.Id);
        Assert.Equal(type, best.Type);
        Assert.NotNull(best.NameEn);
    }

    [Theory]
    [InlineData("بنغازي", "LY")]
    [InlineData("سرت", "LY")]
    [InlineData("طبرق", "LY")]
    [InlineData("الإسكندرية", "EG")]
    [InlineData("حلب", "SY")]
    public void Cities_are_places_in_their_country(string alias, string iso2)
    {
        var best = Kb.LookupText(alias)[0].Entry;
        Assert.Equal(EntityType.LOC, best.Type);
        Assert.Equal(iso2, best.Iso2);
        Assert.Equal(Kb.StateByIso2(iso2)!.Id, best.StateId);
    }
}
