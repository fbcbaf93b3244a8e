using Marsad.Core.Model;
using Marsad.Knowledge;
using Marsad.Knowledge.Model;

namespace Marsad.Linking.Tests;

/// <summary>A small hand-built knowledge base: states with nationality forms, capitals, a seat of power, people.</summary>
internal static class TestKb
{
    public static readonly KnowledgeBase Kb = new([
        State("Q79", "مصر", "Egypt", "مصري", "المصري", "المصرية", "المصريون", "المصريين"),
        State("Q159", "روسيا", "Russia", "روسي", "الروسي", "الروسية", "الروس"),
        State("Q1016", "ليبيا", "Libya", "ليبي", "الليبي", "الليبية"),
        State("Q43", "تركيا", "Turkey", "تركي", "التركي", "التركية"),
        Place("Q85", KbKind.Capital, "القاهرة", "Cairo", "Q79"),
        Place("Q649", KbKind.Capital, "موسكو", "Moscow", "Q159"),
        Place("Q3640", KbKind.Capital, "أنقرة", "Ankara", "Q43"),
        Place("Q3577", KbKind.Capital, "طرابلس", "Tripoli", "Q1016"),
        Place("Q130206", KbKind.Seat, "الكرملين", "Moscow Kremlin", "Q159"),
        Person("Q57411", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", "Q79", "السيسي", "عبدالفتاح السيسي"),
        Person("M:khalifa-haftar", "خليفة حفتر", "Khalifa Haftar", "Q1016", "حفتر"),
        Person("M:saddam-haftar", "صدام حفتر", "Saddam Haftar", "Q1016", "صدام خليفة حفتر"),
        Person("Q294418", "سيرغي شويغو", "Sergei Shoigu", "Q159", "شويغو"),
        new KbEntry { Id = "M:gna", Kind = KbKind.Government, Type = EntityType.ORG, NameAr = "حكومة الوفاق الوطني", NameEn = "Government of National Accord",
                      StateId = "Q1016", Aliases = ["حكومة الوفاق الوطني", "حكومة الوفاق"], Source = "test", Prior = 80 },
    ]);

    private static KbEntry State(string id, string ar, string en, params string[] nisba) => new()
    {
        Id = id, Kind = KbKind.State, Type = EntityType.GPE, NameAr = ar, NameEn = en, Aliases = [ar], NisbaForms = nisba, Source = "test", Prior = 100,
    };

    private static KbEntry Place(string id, KbKind kind, string ar, string en, string state) => new()
    {
        Id = id, Kind = kind, Type = EntityType.LOC, NameAr = ar, NameEn = en, StateId = state, Aliases = [ar], Source = "test", Prior = 90,
    };

    private static KbEntry Person(string id, string ar, string en, string state, params string[] aliases) => new()
    {
        Id = id, Kind = KbKind.Person, Type = EntityType.PER, NameAr = ar, NameEn = en, StateId = state, Aliases = [ar, .. aliases], Source = "test", Prior = 80,
    };
}
