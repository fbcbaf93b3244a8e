using Marsad.Core.Model;
using Marsad.Mentions.Merging;

namespace Marsad.Mentions.Tests;

public class MergingTests
{
    // Mentions written "TYPE start-end", KB ones may end in "*" for a nisba and "#id" for a KB id.
    private static Mention M(string spec, string source)
    {
        var parts = spec.Split(' ');
        EntityTypes.TryParse(parts[0], out var type);
        var range = parts[1].TrimEnd('*').Split('#')[0].Split('-');
        var m = new Mention(new TextSpan(int.Parse(range[0]), int.Parse(range[1])), type, source) { Nisba = parts[1].EndsWith('*') };
        if (parts[1].Contains('#')) m.KbId = parts[1].Split('#')[1].TrimEnd('*');
        return m;
    }

    private static string Show(IEnumerable<Mention> ms) =>
        string.Join(", ", ms.Select(m => $"{m.Type} {m.Span.Start}-{m.Span.End} {m.Source}{(m.KbId is null ? "" : "#" + m.KbId)}"));

    [Theory]
    // same span: the KB type wins (a state the tagger called LOC is a GPE)
    [InlineData("LOC 0-3", "GPE 0-3#Q79", "GPE 0-3 kb#Q79")]
    // nisba: the KB's GPE nisba wins over a tagger guess on the same word
    [InlineData("LOC 10-16", "GPE 10-16#Q79*", "GPE 10-16 kb#Q79")]
    // a full name around a known family name: the tagger's span wins and takes the KB id
    [InlineData("PER 0-20", "PER 10-20#Q1", "PER 0-20 ner#Q1")]
    // an organisation around a state name: the tagger's ORG wins, no id of another kind
    [InlineData("ORG 0-25", "GPE 15-25#Q79", "ORG 0-25 ner")]
    // a state name opening a longer LOC span: GPE (جمهورية مصر العربية would start with the head, so stays LOC)
    [InlineData("LOC 0-12", "GPE 0-3#Q79", "GPE 0-12 ner#Q79")]
    // a KB match longer than the tagger's: the KB wins
    [InlineData("LOC 5-10", "ORG 0-10#Q2", "ORG 0-10 kb#Q2")]
    // crossing spans: the longer wins
    [InlineData("PER 0-10", "LOC 8-12", "PER 0-10 ner")]
    [InlineData("PER 0-4", "LOC 2-12", "LOC 2-12 kb")]
    // disjoint: both kept, in text order
    [InlineData("PER 20-25", "GPE 0-3", "GPE 0-3 kb, PER 20-25 ner")]
    [InlineData("MISC 0-5", "", "MISC 0-5 ner")]
    public void Tagger_and_kb_mentions_merge_without_overlaps(string tagger, string kb, string expected)
    {
        var t = tagger.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(s => M(s, "ner")).ToList();
        var k = kb.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(s => M(s, "kb")).ToList();
        Assert.Equal(expected, Show(MentionMerger.Merge(t, k)));
    }

    [Fact]
    public void Two_kb_matches_inside_one_tagger_span_leave_it_unlinked()
    {
        var t = new List<Mention> { M("ORG 0-30", "ner") };
        var k = new List<Mention> { M("GPE 5-8#Q79", "kb"), M("GPE 20-25#Q142", "kb") };
        Assert.Equal("ORG 0-30 ner", Show(MentionMerger.Merge(t, k)));
    }

    [Theory]
    // two known people side by side that the tagger joined (استقبل السيسي حفتر): the two people
    [InlineData("PER 0-11", "PER 0-6#Q1, PER 7-11#Q2", "PER 0-6 kb#Q1, PER 7-11 kb#Q2")]
    // a word of the span that no KB person covers: one person's full name, as before
    [InlineData("PER 0-18", "PER 0-6#Q1, PER 14-18#Q2", "PER 0-18 ner")]
    // not people: the tagger's organisation stands
    [InlineData("ORG 0-11", "GPE 0-6#Q1, GPE 7-11#Q2", "ORG 0-11 ner")]
    public void A_person_span_of_known_people_side_by_side_is_those_people(string tagger, string kb, string expected)
    {
        var t = tagger.Split(", ").Select(s => M(s, "ner")).ToList();
        var k = kb.Split(", ").Select(s => M(s, "kb")).ToList();
        Assert.Equal(expected, Show(MentionMerger.Merge(t, k)));
    }
}
