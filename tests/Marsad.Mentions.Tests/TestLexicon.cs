using Marsad.Mentions.Tagging;

namespace Marsad.Mentions.Tests;

/// <summary>A small hand-made lexicon for feature tests.</summary>
internal static class TestLexicon
{
    public static NerLexicon Create() => new(
        new Dictionary<string, CueClass>
        {
            [NerLexicon.Key("الرئيس")] = CueClass.Title,
            [NerLexicon.Key("وزارة")] = CueClass.OrgHead,
            [NerLexicon.Key("مدينة")] = CueClass.LocHead,
        },
        new Dictionary<string, GazetteerType>
        {
            [NerLexicon.Key("مصر")] = GazetteerType.Country,
            [NerLexicon.Key("الإمارات") + " " + NerLexicon.Key("العربية") + " " + NerLexicon.Key("المتحدة")] = GazetteerType.Country,
            [NerLexicon.Key("الإمارات")] = GazetteerType.Country,
            [NerLexicon.Key("طرابلس")] = GazetteerType.City,
            [NerLexicon.Key("ياسر") + " " + NerLexicon.Key("عرفات")] = GazetteerType.Person,
            [NerLexicon.Key("محمد") + " " + NerLexicon.Key("حسني") + " " + NerLexicon.Key("مبارك")] = GazetteerType.Person,
        },
        [NerLexicon.Key("مصري"), NerLexicon.Key("فرنسي")],
        []);

    public static TokenView[] Words(string sentence) =>
        sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TokenView.FromWord).ToArray();
}
